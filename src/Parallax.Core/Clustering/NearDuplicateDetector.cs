using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>Thresholds for <see cref="NearDuplicateDetector"/>.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>Estimated Jaccard of 5-shingle sets above which two texts are copies (light edits, a changed dateline).</summary>
    public double JaccardThreshold { get; init; } = 0.8;

    /// <summary>Share of the shorter text found in the longer one above which the shorter is a trimmed copy.</summary>
    public double ContainmentThreshold { get; init; } = 0.85;

    /// <summary>Texts with fewer shingles than this are only matched by Jaccard: a few words inside a long article are not a copy.</summary>
    public int MinShinglesForContainment { get; init; } = 12;
}

/// <summary>
/// Finds syndicated and re-published copies: MinHash signatures over word 5-shingles of the body
/// (the headline is ignored, since syndication often rewrites it), LSH banding to find candidate
/// pairs without comparing all pairs, then verification by estimated Jaccard or containment.
/// Copies are grouped, and every member maps to the group's original: the earliest published, ties
/// broken by id.
/// </summary>
public sealed class NearDuplicateDetector(NearDuplicateOptions? options = null)
{
    // 64 bands of 2 rows: pairs with Jaccard 0.3 collide in some band with probability > 0.99, so
    // trimmed copies (low Jaccard, high containment) still become candidates.
    internal const int RowsPerBand = 2;

    private readonly NearDuplicateOptions _options = options ?? new NearDuplicateOptions();

    /// <summary>Maps each duplicate article id to the id of the article it copies.</summary>
    public IReadOnlyDictionary<string, string> Find(IReadOnlyList<ArticleAnalysis> articles)
    {
        var ordered = PublicationOrder.Sort(articles);
        var signatures = ordered.Select(a => MinHashSignature.Of(a.Text)).ToList();
        var groups = new DisjointSets(ordered.Count);
        foreach (var (a, b) in CandidatePairs(signatures))
        {
            if (ordered[a].Article.Id != ordered[b].Article.Id && AreCopies(_options, signatures[a], signatures[b]))
            {
                groups.Union(a, b);
            }
        }

        var duplicates = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            // The union keeps the smallest index as root, and indexes follow publication order.
            var original = ordered[groups.Find(i)].Article.Id;
            var id = ordered[i].Article.Id;
            if (id != original)
            {
                duplicates.TryAdd(id, original);
            }
        }

        return duplicates;
    }

    /// <summary>The verification shared with <see cref="StreamingDuplicateIndex"/>: a candidate pair is a copy by Jaccard or, for trimmed copies, by containment.</summary>
    internal static bool AreCopies(NearDuplicateOptions options, MinHashSignature a, MinHashSignature b)
    {
        if (a.EstimatedJaccard(b) >= options.JaccardThreshold)
        {
            return true;
        }

        return Math.Min(a.ShingleCount, b.ShingleCount) >= options.MinShinglesForContainment
            && a.EstimatedContainment(b) >= options.ContainmentThreshold;
    }

    private static HashSet<(int, int)> CandidatePairs(List<MinHashSignature> signatures)
    {
        var pairs = new HashSet<(int, int)>();
        for (var band = 0; band * RowsPerBand < MinHashSignature.HashCount; band++)
        {
            var buckets = new Dictionary<(ulong, ulong), List<int>>();
            for (var i = 0; i < signatures.Count; i++)
            {
                if (signatures[i].ShingleCount == 0)
                {
                    continue;
                }

                var slots = signatures[i].Slots;
                var key = (slots[band * RowsPerBand], slots[(band * RowsPerBand) + 1]);
                var bucket = buckets.TryGetValue(key, out var list) ? list : buckets[key] = [];
                foreach (var j in bucket)
                {
                    pairs.Add((j, i));
                }

                bucket.Add(i);
            }
        }

        return pairs;
    }

    private sealed class DisjointSets
    {
        private readonly int[] _parent;

        public DisjointSets(int count) => _parent = [.. Enumerable.Range(0, count)];

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
