using Parallax.Analysis;
using Parallax.Entities.Lexicons;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>Turns the tokens of one sentence into <see cref="NamePiece"/>s.</summary>
internal static class NamePieceReader
{
    public static List<NamePiece> Read(ArticleAnalysis analysis, Sentence sentence)
    {
        var text = analysis.Text;
        var pieces = new List<NamePiece>();
        foreach (var token in analysis.TokensIn(sentence.Span))
        {
            var value = token.Span.Of(text);
            if (token.Kind != TokenKind.Word)
            {
                pieces.Add(new NamePiece(token.Span, value, IsWord: false, Possessive: false));
                continue;
            }

            var span = token.Span;
            var possessive = false;
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                value = value[..^2];
                span = new Span(span.Start, span.Length - 2);
                possessive = true;
            }

            if (ShouldSplit(value))
            {
                AddParts(pieces, value, span.Start, possessive);
            }
            else
            {
                pieces.Add(new NamePiece(span, value, IsWord: true, possessive));
            }
        }

        return pieces;
    }

    /// <summary>
    /// "US-led" and "Iranian-backed" carry a name in a lower-case compound; "US-Iraq" joins two
    /// names. "Jean-Pierre", "al-Qadiri" and "COVID-19" are one name each and stay whole.
    /// </summary>
    private static bool ShouldSplit(string value)
    {
        if (!value.Contains('-') || NameParticles.HasArticlePrefix(value) || value.Any(char.IsDigit))
        {
            return false;
        }

        var parts = value.Split('-');
        if (parts.Any(p => p.Length == 0))
        {
            return false;
        }

        return parts.Any(p => char.IsLower(p[0]))
            || parts.All(p => PlaceGazetteer.Contains(p) || Demonyms.Contains(p) || OrganizationLexicon.IsKnownName(p));
    }

    private static void AddParts(List<NamePiece> pieces, string value, int start, bool possessive)
    {
        var offset = 0;
        var parts = value.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                pieces.Add(new NamePiece(new Span(start + offset, 1), "-", IsWord: false, Possessive: false));
                offset++;
            }

            var last = i == parts.Length - 1;
            pieces.Add(new NamePiece(new Span(start + offset, parts[i].Length), parts[i], IsWord: true, possessive && last));
            offset += parts[i].Length;
        }
    }
}
