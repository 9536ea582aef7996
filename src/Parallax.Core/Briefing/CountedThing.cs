using System.Globalization;
using Parallax.Analysis;
using Parallax.Clustering;
using Parallax.Quantities;
using Parallax.Segmentation;

namespace Parallax.Briefing;

/// <summary>
/// What a figure counts, as comparable words: the stems of its counted phrase plus the first content
/// word after it ("40 people were killed" -> {people, kill}), so that dead and injured people are
/// different things while "U.S. troops" and "troops" are the same.
/// </summary>
internal sealed record CountedThing(string About, IReadOnlySet<string> Words)
{
    // Auxiliaries and hedges between a figure and the word that says what happened to it.
    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal)
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly", "reported",
        "confirmed", "officially", "now", "still", "also", "so", "far", "already",
    };

    public static CountedThing? Of(Quantity quantity, ArticleAnalysis analysis)
    {
        if (string.IsNullOrWhiteSpace(quantity.Counted))
        {
            return null;
        }

        var words = ContentWords.Of(quantity.Counted).ToHashSet(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return null;
        }

        var about = quantity.Counted.Trim();
        var countedAt = analysis.Text.IndexOf(quantity.Counted, quantity.Span.Start, StringComparison.Ordinal);
        var end = Math.Max(quantity.Span.End, countedAt >= 0 && countedAt - quantity.Span.End < 40 ? countedAt + quantity.Counted.Length : 0);
        if (Qualifier(analysis, end) is { } qualifier)
        {
            var stem = ContentWords.Stem(ContentWords.Normalize(qualifier));
            if (words.Add(stem))
            {
                about += " " + qualifier;
            }
        }

        return new CountedThing(about, words);
    }

    /// <summary>Same thing when one description contains the other or they share most words.</summary>
    public bool IsSameAs(CountedThing other)
    {
        if (Words.IsSubsetOf(other.Words) || other.Words.IsSubsetOf(Words))
        {
            return true;
        }

        var shared = Words.Count(other.Words.Contains);
        return shared * 2 >= Words.Union(other.Words).Count();
    }

    public static string ValueText(Quantity quantity)
    {
        var value = quantity.Value.ToString("0.##########", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(quantity.Unit) ? value : value + " " + quantity.Unit;
    }

    /// <summary>The figure as written ("2,5"), for values whose normalized form cannot be trusted.</summary>
    public static string WrittenNumber(Quantity quantity, ArticleAnalysis analysis)
    {
        var number = analysis.TokensIn(quantity.Span).FirstOrDefault(t => t.Kind == TokenKind.Number);
        return number.Span.IsEmpty ? quantity.Span.Of(analysis.Text).Trim() : number.Span.Of(analysis.Text);
    }

    private static string? Qualifier(ArticleAnalysis analysis, int position)
    {
        var sentence = analysis.SentenceAt(position) ?? analysis.SentenceAt(Math.Max(0, position - 1));
        if (sentence is null)
        {
            return null;
        }

        var seen = 0;
        foreach (var token in analysis.Tokens.Where(t => t.Span.Start >= position && sentence.Value.Span.Contains(t.Span)))
        {
            if (token.Kind != TokenKind.Word || seen++ >= 4)
            {
                return null;
            }

            var word = token.Span.Of(analysis.Text);
            var lower = word.ToLowerInvariant();
            if (Skippable.Contains(lower))
            {
                continue;
            }

            return ContentWords.IsStopword(word) ? null : word;
        }

        return null;
    }
}
