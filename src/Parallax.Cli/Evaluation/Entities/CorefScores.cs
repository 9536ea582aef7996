using Parallax.Cli.Evaluation.Clustering;

namespace Parallax.Cli.Evaluation.Entities;

/// <summary>The standard coreference metrics over one mention set, and CoNLL F1 (their mean F1).</summary>
internal sealed record CorefScores(PrecisionRecall Muc, PrecisionRecall BCubed, PrecisionRecall CeafE)
{
    public double ConllF1 => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;

    /// <summary>
    /// Scores a predicted partition against a gold one. Both take one chain label per mention,
    /// index-aligned, so both partitions cover the same mentions (callers add the mentions only one
    /// side found as singletons on the other).
    /// </summary>
    public static CorefScores Of(IReadOnlyList<string> predicted, IReadOnlyList<string> gold) =>
        new(CorefMetrics.Muc(predicted, gold), ClusterAgreement.BCubed(predicted, gold), CorefMetrics.CeafE(predicted, gold));
}

/// <summary>
/// MUC (Vilain et al. 1995) counts the links needed to rebuild each chain from the other side's
/// pieces, so singletons weigh nothing. CEAF-e (Luo 2005) aligns gold and predicted chains one to
/// one, maximising the summed entity similarity φ4 = 2|K∩R| / (|K|+|R|); the alignment is solved per
/// connected component of the chains that share a mention, which keeps the assignment problems small.
/// </summary>
internal static class CorefMetrics
{
    public static PrecisionRecall Muc(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        Check(predicted, gold);
        return new PrecisionRecall(MucRecall(gold: predicted, response: gold), MucRecall(gold, predicted));
    }

    public static PrecisionRecall CeafE(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        Check(predicted, gold);
        if (predicted.Count == 0)
        {
            return new PrecisionRecall(0, 0);
        }

        var goldChains = Chains(gold);
        var predictedChains = Chains(predicted);
        var shared = new Dictionary<(string Gold, string Predicted), int>();
        for (var i = 0; i < gold.Count; i++)
        {
            shared[(gold[i], predicted[i])] = shared.GetValueOrDefault((gold[i], predicted[i])) + 1;
        }

        var total = 0.0;
        foreach (var component in Components(shared.Keys))
        {
            var rows = component.Select(p => p.Gold).Distinct(StringComparer.Ordinal).ToList();
            var columns = component.Select(p => p.Predicted).Distinct(StringComparer.Ordinal).ToList();
            var similarity = new double[rows.Count, columns.Count];
            foreach (var (g, p) in component)
            {
                var overlap = shared[(g, p)];
                similarity[rows.IndexOf(g), columns.IndexOf(p)] = 2.0 * overlap / (goldChains[g] + predictedChains[p]);
            }

            total += MaximumWeightAssignment.Solve(similarity);
        }

        return new PrecisionRecall(total / predictedChains.Count, total / goldChains.Count);
    }

    /// <summary>Σ(|K| − pieces of K under the response) / Σ(|K| − 1) over the chains K of <paramref name="gold"/>.</summary>
    private static double MucRecall(IReadOnlyList<string> gold, IReadOnlyList<string> response)
    {
        double links = 0, kept = 0;
        foreach (var chain in Enumerable.Range(0, gold.Count).GroupBy(i => gold[i], StringComparer.Ordinal))
        {
            var members = chain.ToList();
            links += members.Count - 1;
            kept += members.Count - members.Select(i => response[i]).Distinct(StringComparer.Ordinal).Count();
        }

        return links == 0 ? 0 : kept / links;
    }

    private static Dictionary<string, int> Chains(IReadOnlyList<string> labels) =>
        labels.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Groups the (gold, predicted) chain pairs that share a mention into connected components.</summary>
    private static IEnumerable<List<(string Gold, string Predicted)>> Components(IEnumerable<(string Gold, string Predicted)> pairs)
    {
        var list = pairs.ToList();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var (g, p) in list)
        {
            parent.TryAdd("g:" + g, "g:" + g);
            parent.TryAdd("p:" + p, "p:" + p);
            parent[Find("g:" + g)] = Find("p:" + p);
        }

        return list.GroupBy(pair => Find("g:" + pair.Gold), StringComparer.Ordinal).Select(g => g.ToList());
    }

    private static void Check(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException($"{predicted.Count} predicted labels but {gold.Count} gold labels; they must be index-aligned.", nameof(gold));
        }
    }
}
