using Parallax.Entities.Lexicons;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// The lower-case words right before a capitalized run, read for what they say about it: a role
/// ("State Department spokesman", "the head of the region") makes it a person, a kind of place
/// ("the settlement", "the city of") a location.
/// </summary>
internal sealed class NameContext(IReadOnlyList<NamePiece> pieces)
{
    /// <summary>Lower-case words that are titles only when written with a capital.</summary>
    private static readonly HashSet<string> AmbiguousLowercaseTitles = new(StringComparer.Ordinal)
    {
        "general", "major", "private", "head", "chief", "justice", "father", "chair", "speaker", "lady", "lord",
        "leader", "rep", "sen", "gen", "maj", "col", "lt", "capt", "sgt", "adm", "rev", "prof", "king", "queen",
    };

    /// <summary>
    /// A lower-case title right before the name ("State Department spokesman Tomas Reyes", "militia
    /// commander X"), extended left over up to three modifier words.
    /// </summary>
    public Span? LowercaseRoleBefore(int first, int nameWords)
    {
        for (var length = 3; length >= 1; length--)
        {
            var start = first - length;
            if (start < 0 || !Enumerable.Range(start, length).All(k => pieces[k].IsWord && char.IsLower(pieces[k].Text[0])))
            {
                continue;
            }

            var words = Enumerable.Range(start, length).Select(k => pieces[k].Text).ToList();
            if (PersonTitles.MatchAt(words, 0) != length || (length == 1 && AmbiguousLowercaseTitles.Contains(words[0])))
            {
                continue;
            }

            var roleStart = start;
            for (var extra = 0; extra < 3 && roleStart > 0 && IsRoleModifier(pieces[roleStart - 1]); extra++)
            {
                roleStart--;
            }

            return NameRun.SpanOf(pieces, roleStart, first - 1);
        }

        return LowercaseTitleOfBefore(first, nameWords);
    }

    /// <summary>
    /// "the head of the region Petra Novakova", "the minister of health X": a lower-case title with its
    /// "of" phrase. After a kind of place a one-word name is more likely the place ("the mayor of the city Ardena").
    /// </summary>
    private Span? LowercaseTitleOfBefore(int first, int nameWords)
    {
        var noun = first - 1;
        var of = noun - 1 >= 0 && pieces[noun - 1].Text == "the" ? noun - 2 : noun - 1;
        if (of < 1 || pieces[of].Text != "of" || !pieces[noun].IsWord || !char.IsLower(pieces[noun].Text[0]) || !ContextNouns.EndsPortfolio(pieces[noun].Text)
            || (nameWords < 2 && ContextNouns.IsPlaceKind(pieces[noun].Text)))
        {
            return null;
        }

        var title = of - 1;
        return pieces[title].IsWord && char.IsLower(pieces[title].Text[0]) && PersonTitles.MatchAt([pieces[title].Text], 0) == 1
            ? NameRun.SpanOf(pieces, title, first - 1)
            : null;
    }

    /// <summary>"the settlement Novo Pole", "the city of Ardena": a lower-case kind of place right before the name.</summary>
    public bool AfterPlaceKind(int first)
    {
        var before = first - 1;
        if (before > 0 && pieces[before].Text == "of")
        {
            before--;
        }

        return before >= 0 && pieces[before].IsWord && ContextNouns.IsPlaceKind(pieces[before].Text);
    }

    private static bool IsRoleModifier(NamePiece piece) =>
        piece.IsWord && !CommonCapitalizedWords.IsCommon(piece.Text) && !CommonCapitalizedWords.IsReportingVerb(piece.Text)
        && !CommonCapitalizedWords.IsCalendarWord(piece.Text) && !piece.HasDigit;
}
