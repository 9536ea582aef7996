using Parallax.Entities.Lexicons;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// A maximal sequence of capitalized pieces of a sentence, inclusive of the connectors allowed
/// inside names ("bin", "von", "&amp;", "of" after an organization head word, the dot of an initial).
/// </summary>
internal readonly record struct NameRun(int First, int Last)
{
    public static List<NameRun> FindAll(IReadOnlyList<NamePiece> pieces)
    {
        var runs = new List<NameRun>();
        var i = 0;
        while (i < pieces.Count)
        {
            if (!StartsName(pieces, i))
            {
                i++;
                continue;
            }

            var last = i;
            while (!pieces[last].Possessive)
            {
                var next = Extend(pieces, i, last);
                if (next == last)
                {
                    break;
                }

                last = next;
            }

            runs.Add(new NameRun(i, last));
            i = last + 1;
        }

        return runs;
    }

    /// <summary>The word texts of pieces [from, to] joined by single spaces (dots of initials dropped).</summary>
    public static string WordsText(IReadOnlyList<NamePiece> pieces, int from, int to) =>
        string.Join(' ', Words(pieces, from, to));

    public static List<string> Words(IReadOnlyList<NamePiece> pieces, int from, int to)
    {
        var words = new List<string>();
        for (var k = from; k <= to; k++)
        {
            if (pieces[k].IsWord || pieces[k].Text == "&")
            {
                words.Add(pieces[k].Text);
            }
        }

        return words;
    }

    public static Span SpanOf(IReadOnlyList<NamePiece> pieces, int from, int to) =>
        Span.FromBounds(pieces[from].Span.Start, pieces[to].Span.End);

    public static bool StartsName(IReadOnlyList<NamePiece> pieces, int i) =>
        i < pieces.Count && pieces[i].IsNameLike && !CommonCapitalizedWords.IsCalendarWord(pieces[i].Text);

    private static int Extend(IReadOnlyList<NamePiece> pieces, int first, int last)
    {
        var j = last + 1;
        if (j >= pieces.Count)
        {
            return last;
        }

        var piece = pieces[j];
        if (piece.Text == "." && IsInitialOrAbbreviation(pieces[last]) && StartsName(pieces, j + 1))
        {
            return j + 1;
        }

        if (StartsName(pieces, j))
        {
            return j;
        }

        // One or more particles ("van der") or an ampersand, then a name word.
        var after = j;
        while (after < pieces.Count && after - j < 3 && (NameParticles.IsParticle(pieces[after].Text) || (after == j && piece.Text == "&")))
        {
            after++;
        }

        if (after > j && StartsName(pieces, after))
        {
            return after;
        }

        if (piece.Text == "of" && AllowsOf(pieces, first, last))
        {
            if (StartsName(pieces, j + 1))
            {
                return j + 1;
            }

            if (j + 2 < pieces.Count && pieces[j + 1].Text == "the" && StartsName(pieces, j + 2))
            {
                return j + 2;
            }
        }

        return last;
    }

    private static bool IsInitialOrAbbreviation(NamePiece piece) =>
        piece.IsWord && ((piece.Text.Length == 1 && char.IsUpper(piece.Text[0])) || PersonTitles.IsTitleWord(piece.Text));

    /// <summary>"Bank of England", "Secretary of State", "Voice of America" but not "Iraq of today".</summary>
    private static bool AllowsOf(IReadOnlyList<NamePiece> pieces, int first, int last)
    {
        var head = pieces[last].Text;
        if (OrganizationLexicon.IsKeyword(head) || PersonTitles.IsTitleWord(head))
        {
            return true;
        }

        var sofar = WordsText(pieces, first, last) + " of";
        return PlaceGazetteer.HasLongerNameStartingWith(sofar) || OrganizationLexicon.HasLongerNameStartingWith(sofar)
            || PlaceGazetteer.HasLongerNameStartingWith(head + " of") || OrganizationLexicon.HasLongerNameStartingWith(head + " of");
    }
}
