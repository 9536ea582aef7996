namespace Parallax.Clustering;

/// <summary>
/// Agglomerative average-link clustering of groups of unit vectors (stories into topics). Each
/// group is kept as the sum of its members' vectors, because the mean cosine over all member pairs
/// of two groups is then one dot product: (ΣA · ΣB) / (|A|·|B|). Average link does not let a big
/// group's smooth centroid swallow its neighbours, which is what single-pass centroid clustering
/// does at the loose thresholds topics need. Only pairs sharing one of their heaviest terms (an
/// inverted index) are ever compared, and merges are taken best-first from a priority queue,
/// re-scoring a pair when one side has changed since it was queued.
/// </summary>
internal static class AverageLinkGrouping
{
    /// <summary>Returns, per input group, the index of the group that heads its merged cluster (the smallest index).</summary>
    public static int[] Group(IReadOnlyList<(TermVector Sum, int Count)> groups, double threshold, int retrievalTerms)
    {
        var sums = groups.Select(g => g.Sum).ToList();
        var counts = groups.Select(g => g.Count).ToArray();
        var head = Enumerable.Range(0, groups.Count).ToArray();
        var version = new int[groups.Count];
        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB), double>();
        foreach (var (a, b) in CandidatePairs(sums, retrievalTerms))
        {
            Enqueue(queue, sums, counts, version, a, b, threshold);
        }

        var neighbours = new Dictionary<int, HashSet<int>>();
        foreach (var (a, b) in CandidatePairs(sums, retrievalTerms))
        {
            (neighbours.TryGetValue(a, out var na) ? na : neighbours[a] = []).Add(b);
            (neighbours.TryGetValue(b, out var nb) ? nb : neighbours[b] = []).Add(a);
        }

        while (queue.TryDequeue(out var pair, out _))
        {
            var (a, b) = (pair.A, pair.B);
            if (head[a] != a || head[b] != b || version[a] != pair.VersionA || version[b] != pair.VersionB)
            {
                continue;
            }

            // Merge b into a (a < b keeps the earlier story as the topic's head).
            sums[a].AddScaled(sums[b], 1);
            counts[a] += counts[b];
            head[b] = a;
            version[a]++;
            var merged = neighbours.GetValueOrDefault(a, []);
            merged.UnionWith(neighbours.GetValueOrDefault(b, []));
            neighbours[a] = merged;
            neighbours.Remove(b);
            foreach (var n in merged.Select(n => Find(head, n)).Where(n => n != a).Distinct().ToList())
            {
                Enqueue(queue, sums, counts, version, Math.Min(a, n), Math.Max(a, n), threshold);
            }
        }

        return [.. Enumerable.Range(0, groups.Count).Select(i => Find(head, i))];
    }

    private static void Enqueue(PriorityQueue<(int, int, int, int), double> queue, List<TermVector> sums, int[] counts, int[] version, int a, int b, double threshold)
    {
        var similarity = sums[a].Dot(sums[b]) / (counts[a] * (double)counts[b]);
        if (similarity >= threshold)
        {
            // Highest similarity first; ties by index so that runs are reproducible.
            queue.Enqueue((a, b, version[a], version[b]), -similarity);
        }
    }

    private static int Find(int[] head, int i)
    {
        while (head[i] != i)
        {
            i = head[i];
        }

        return i;
    }

    private static HashSet<(int, int)> CandidatePairs(List<TermVector> sums, int retrievalTerms)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < sums.Count; i++)
        {
            foreach (var term in sums[i].TopTerms(retrievalTerms))
            {
                var postings = index.TryGetValue(term, out var list) ? list : index[term] = [];
                foreach (var j in postings)
                {
                    pairs.Add((j, i));
                }

                postings.Add(i);
            }
        }

        return pairs;
    }
}
