namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>Precision, recall and their harmonic mean.</summary>
internal readonly record struct PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// How well a predicted clustering agrees with gold labels. Both take one predicted and one gold
/// label per item, index-aligned. B³ scores every item by the overlap of its predicted and gold
/// clusters, so a large merged cluster costs precision on all its members (unlike pairwise
/// counting, it does not let the largest clusters dominate). NMI is the mutual information of the
/// two labelings divided by the mean of their entropies (the arithmetic normalization).
/// </summary>
internal static class ClusterAgreement
{
    public static PrecisionRecall BCubed(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        CheckAligned(predicted, gold);
        if (predicted.Count == 0)
        {
            return new PrecisionRecall(0, 0);
        }

        var joint = JointCounts(predicted, gold);
        var predictedSizes = Counts(predicted);
        var goldSizes = Counts(gold);
        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            // Items sharing both clusters with item i (item i included).
            double shared = joint[(predicted[i], gold[i])];
            precision += shared / predictedSizes[predicted[i]];
            recall += shared / goldSizes[gold[i]];
        }

        return new PrecisionRecall(precision / predicted.Count, recall / predicted.Count);
    }

    public static double NormalizedMutualInformation(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        CheckAligned(predicted, gold);
        if (predicted.Count == 0)
        {
            return 0;
        }

        double n = predicted.Count;
        var predictedSizes = Counts(predicted);
        var goldSizes = Counts(gold);
        var mutual = 0.0;
        foreach (var ((p, g), count) in JointCounts(predicted, gold))
        {
            mutual += count / n * Math.Log(count * n / ((double)predictedSizes[p] * goldSizes[g]));
        }

        var entropies = Entropy(predictedSizes.Values, n) + Entropy(goldSizes.Values, n);

        // Two single-cluster labelings agree perfectly but carry no information: call that 1.
        return entropies == 0 ? 1 : Math.Max(0, 2 * mutual / entropies);
    }

    private static double Entropy(IEnumerable<int> sizes, double n) =>
        -sizes.Sum(size => size / n * Math.Log(size / n));

    private static Dictionary<string, int> Counts(IReadOnlyList<string> labels) =>
        labels.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static Dictionary<(string, string), int> JointCounts(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        var joint = new Dictionary<(string, string), int>();
        for (var i = 0; i < predicted.Count; i++)
        {
            joint[(predicted[i], gold[i])] = joint.GetValueOrDefault((predicted[i], gold[i])) + 1;
        }

        return joint;
    }

    private static void CheckAligned(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException($"{predicted.Count} predicted labels but {gold.Count} gold labels; they must be index-aligned.", nameof(gold));
        }
    }
}
