using System.Globalization;
using System.Text;

namespace Parallax.Cli.Evaluation.Extraction;

/// <summary>One page's shingle counts, normalized so that every page weighs the same.</summary>
internal readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative);

/// <summary>Averaged figures over a set of pages, as the benchmark's evaluate.py reports them.</summary>
internal sealed record ExtractionScore(double F1, double Precision, double Recall, double Accuracy);

/// <summary>
/// The article-extraction benchmark's metric, replicated from its evaluate.py: tokens are runs of
/// Python's Unicode <c>\w</c> (letters, numbers, underscore), pages are compared as multisets of
/// 4-token shingles, per-page counts are normalized to sum to one, precision and recall are averaged
/// over the pages where they are defined, and F1 is their harmonic mean (not the mean of per-page F1).
/// Accuracy is the share of pages whose token sequence matches the gold exactly.
/// </summary>
internal static class ShingleScorer
{
    private const int ShingleSize = 4;

    public static ShingleMatch Match(string gold, string predicted)
    {
        var goldShingles = Shingles(gold);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in goldShingles.Keys.Union(predictedShingles.Keys))
        {
            var goldCount = goldShingles.GetValueOrDefault(key);
            var predictedCount = predictedShingles.GetValueOrDefault(key);
            tp += Math.Min(goldCount, predictedCount);
            fp += Math.Max(0, predictedCount - goldCount);
            fn += Math.Max(0, goldCount - predictedCount);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    public static bool ExactMatch(string gold, string predicted) => Tokenize(gold).SequenceEqual(Tokenize(predicted));

    public static ExtractionScore Score(IReadOnlyList<ShingleMatch> matches, IReadOnlyList<bool> exact)
    {
        var precisions = matches.Where(m => m.TruePositive + m.FalsePositive > 0).Select(Precision).ToList();
        var recalls = matches.Where(m => m.TruePositive + m.FalseNegative > 0).Select(Recall).ToList();
        var precision = precisions.Count > 0 ? precisions.Average() : 0;
        var recall = recalls.Count > 0 ? recalls.Average() : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = exact.Count > 0 ? exact.Count(e => e) / (double)exact.Count : 0;
        return new ExtractionScore(f1, precision, recall, accuracy);
    }

    /// <summary>Python's <c>re.findall(r'\w+', text)</c>: maximal runs of letters, numbers and '_'.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static double Precision(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1 : m.TruePositive / (m.TruePositive + m.FalsePositive);

    private static double Recall(ShingleMatch m) =>
        m.FalsePositive == 0 && m.FalseNegative == 0 ? 1 : m.TruePositive / (m.TruePositive + m.FalseNegative);

    // Python's str.isalnum() (letters and anything numeric) plus the underscore; combining marks are not word characters there.
    private static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    // A short text still yields one (shorter) shingle, as in evaluate.py's range(max(1, n - 3)).
    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Max(1, tokens.Count - ShingleSize + 1); i++)
        {
            var length = Math.Min(ShingleSize, tokens.Count - i);
            if (length <= 0)
            {
                break;
            }

            var key = string.Join('\u0001', tokens.GetRange(i, length));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
