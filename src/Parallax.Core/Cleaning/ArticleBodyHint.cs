using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// Uses the articleBody a page declares in its JSON-LD as a hint, never as the output: it is often
/// flattened (no paragraphs), truncated or stale, so the text still comes from the DOM. When the scored
/// selection clearly disagrees with the declared body and one element of the page matches it well, that
/// element is taken instead, keeping its paragraph structure.
/// </summary>
internal static partial class ArticleBodyHint
{
    // A shorter articleBody is a teaser or description, not the article.
    private const int MinHintLength = 500;

    // The selection is replaced only when it matches the hint poorly and a candidate matches it well.
    private const double PoorMatch = 0.7;
    private const double GoodMatch = 0.85;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static List<IElement> Apply(IElement body, List<IElement> selected, string? articleBody, Dictionary<IElement, TextStats> stats)
    {
        if (articleBody is null || articleBody.Length < MinHintLength || articleBody.EndsWith("...", StringComparison.Ordinal) || articleBody.EndsWith('\u2026'))
        {
            return selected;
        }

        var hint = Bag(articleBody);
        var hintSize = hint.Values.Sum();
        if (Match(Bag(string.Concat(selected.Select(e => e.TextContent + " "))), hint, hintSize) >= PoorMatch)
        {
            return selected;
        }

        // Only elements of about the hint's length can match it; this keeps the search to a few candidates.
        IElement? best = null;
        var bestScore = GoodMatch;
        foreach (var element in BlockStatistics.PreOrder(body))
        {
            var length = stats[element].Length;
            if (length < articleBody.Length * 0.7 || length > articleBody.Length * 1.5)
            {
                continue;
            }

            var score = Match(Bag(element.TextContent), hint, hintSize);
            if (score > bestScore)
            {
                (best, bestScore) = (element, score);
            }
        }

        return best is null ? selected : [best];
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (Match word in Word().Matches(text))
        {
            bag[word.Value] = bag.GetValueOrDefault(word.Value) + 1;
        }

        return bag;
    }

    // F1 of shared words (with multiplicity) between a candidate and the hint.
    private static double Match(Dictionary<string, int> candidate, Dictionary<string, int> hint, int hintSize)
    {
        var size = candidate.Values.Sum();
        if (size == 0 || hintSize == 0)
        {
            return 0;
        }

        var shared = candidate.Sum(w => Math.Min(w.Value, hint.GetValueOrDefault(w.Key)));
        return 2.0 * shared / (size + hintSize);
    }
}
