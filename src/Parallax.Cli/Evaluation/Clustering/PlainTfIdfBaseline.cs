using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>
/// Issue 7's reference point: a plain TF-IDF cosine single-pass clusterer (every lower-cased word
/// of title and text, log term frequency, IDF over the collection, each document joins the most
/// similar centroid or founds a cluster), with no names, numbers, dates or refinement. Its one
/// threshold is tuned like Parallax's (<see cref="ThresholdTuning"/>'s folds), once for sub-events
/// and once for topics, since a single threshold cannot serve both. All cosines are computed once;
/// a centroid's similarity is then a sum over its members.
/// </summary>
internal static partial class PlainTfIdfBaseline
{
    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’\-]*")]
    private static partial Regex Word();

    private static readonly double[] Grid = [.. Enumerable.Range(2, 59).Select(i => i / 100.0)];

    /// <summary>Per level (sub-event, topic): the threshold tuned on each half, the held-out F1 of each, and the threshold tuned on all topics with its F1.</summary>
    public static IEnumerable<(string Metric, double Value)> CrossValidate(IReadOnlyList<LabelledArticle> articles) =>
        CrossValidate(articles, null, 0, "baseline");

    /// <summary>
    /// The same with each TF-IDF cosine mixed with another similarity of the same documents (in
    /// file-name order): (1 - share) · TF-IDF + share · other.
    /// </summary>
    public static IEnumerable<(string Metric, double Value)> CrossValidate(IReadOnlyList<LabelledArticle> articles, double[,]? other, double share, string name)
    {
        List<LabelledArticle> ordered = [.. Ordered(articles)];
        var cosines = Cosines(ordered);
        if (other is not null)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = 0; j < ordered.Count; j++)
                {
                    cosines[i, j] = ((1 - share) * cosines[i, j]) + (share * other[i, j]);
                }
            }
        }

        var topics = ordered.Select(a => a.Topic).Distinct(StringComparer.Ordinal)
            .OrderBy(t => int.TryParse(t, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue).ToList();
        var first = topics.Take((topics.Count + 1) / 2).ToHashSet(StringComparer.Ordinal);
        var all = Enumerable.Range(0, ordered.Count).ToList();
        var a = all.Where(i => first.Contains(ordered[i].Topic)).ToList();
        var b = all.Where(i => !first.Contains(ordered[i].Topic)).ToList();
        foreach (var (level, gold) in new (string, Func<LabelledArticle, string>)[] { ("sub-event", x => x.SubEvent), ("topic", x => x.Topic) })
        {
            double F1(List<int> items, double threshold) => ClusterAgreement.BCubed(
                [.. SinglePass(cosines, items, threshold).Select(l => l.ToString(CultureInfo.InvariantCulture))],
                [.. items.Select(i => gold(ordered[i]))]).F1;
            var onA = Grid.MaxBy(t => F1(a, t));
            var onB = Grid.MaxBy(t => F1(b, t));
            var onAll = Grid.MaxBy(t => F1(all, t));
            yield return ($"{name} {level}: threshold tuned on first half", onA);
            yield return ($"{name} {level}: held-out F1 on second half", F1(b, onA));
            yield return ($"{name} {level}: threshold tuned on second half", onB);
            yield return ($"{name} {level}: held-out F1 on first half", F1(a, onB));
            yield return ($"{name} {level}: threshold tuned on all topics", onAll);
            yield return ($"{name} {level}: one-run F1 at that threshold", F1(all, onAll));
        }
    }

    public static IEnumerable<LabelledArticle> Ordered(IReadOnlyList<LabelledArticle> articles) =>
        articles.OrderBy(a => a.FileName, StringComparer.Ordinal);

    private static int[] SinglePass(double[,] cosines, List<int> items, double threshold)
    {
        var labels = new int[items.Count];
        var members = new List<List<int>>();
        var squaredNorms = new List<double>();
        for (var k = 0; k < items.Count; k++)
        {
            var (best, bestSimilarity, bestSum) = (-1, threshold, 0.0);
            for (var c = 0; c < members.Count; c++)
            {
                var sum = members[c].Sum(m => cosines[items[k], items[m]]);
                var similarity = sum / Math.Sqrt(squaredNorms[c]);
                if (similarity >= bestSimilarity && (best < 0 || similarity > bestSimilarity))
                {
                    (best, bestSimilarity, bestSum) = (c, similarity, sum);
                }
            }

            if (best < 0)
            {
                (best, bestSum) = (members.Count, 0);
                members.Add([]);
                squaredNorms.Add(0);
            }

            // |centroid + v|² = |centroid|² + 2 v·centroid + 1 for a unit vector v.
            members[best].Add(k);
            squaredNorms[best] += (2 * bestSum) + 1;
            labels[k] = best;
        }

        return labels;
    }

    private static double[,] Cosines(List<LabelledArticle> articles)
    {
        var counts = articles.Select(a => Word().Matches(a.Analysis.Article.Title + "\n" + a.Analysis.Text)
            .GroupBy(m => m.Value.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)).ToList();
        var documentFrequency = counts.SelectMany(c => c.Keys).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var vectors = counts.Select(c =>
        {
            var weights = c.ToDictionary(p => p.Key, p => Math.Log(1 + p.Value) * (Math.Log((articles.Count + 1.0) / (documentFrequency[p.Key] + 1.0)) + 1), StringComparer.Ordinal);
            var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
            return weights.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
        }).ToList();
        var cosines = new double[articles.Count, articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                cosines[i, j] = cosines[j, i] = vectors[i].Sum(p => vectors[j].TryGetValue(p.Key, out var w) ? p.Value * w : 0);
            }
        }

        return cosines;
    }
}
