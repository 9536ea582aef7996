namespace Parallax.Clustering;

/// <summary>
/// Streaming centroid clustering: each item joins the open cluster whose centroid is most similar
/// (cosine at least the threshold) or founds a new one. Candidates come from an inverted index of
/// each cluster's members' heaviest terms, so an item is compared only with clusters it shares a
/// salient term with, and the cost grows with overlap rather than with the number of clusters.
/// Used twice: articles into stories, then stories into topics.
/// </summary>
internal sealed class SinglePassClustering(double threshold, int retrievalTerms, int? windowDays = null)
{
    private readonly List<OpenCluster> _clusters = [];
    private readonly Dictionary<string, List<int>> _index = new(StringComparer.Ordinal);

    public int Count => _clusters.Count;

    public TermVector Centroid(int cluster) => _clusters[cluster].Centroid;

    /// <summary>Adds a unit-length vector; returns the cluster it joined or founded.</summary>
    public int Add(TermVector vector, DateOnly? date = null)
    {
        var retrieval = vector.TopTerms(retrievalTerms).ToList();
        var best = Best(vector, date, retrieval);
        if (best is null)
        {
            best = _clusters.Count;
            _clusters.Add(new OpenCluster());
        }

        _clusters[best.Value].Add(vector, date);
        foreach (var term in retrieval)
        {
            var postings = _index.TryGetValue(term, out var list) ? list : _index[term] = [];
            if (postings.Count == 0 || postings[^1] != best.Value)
            {
                postings.Add(best.Value);
            }
        }

        return best.Value;
    }

    private int? Best(TermVector vector, DateOnly? date, List<string> retrieval)
    {
        var candidates = new HashSet<int>();
        foreach (var term in retrieval)
        {
            if (_index.TryGetValue(term, out var postings))
            {
                candidates.UnionWith(postings);
            }
        }

        int? best = null;
        var bestSimilarity = threshold;
        foreach (var candidate in candidates.Order())
        {
            var cluster = _clusters[candidate];
            if (windowDays is { } days && !cluster.WithinWindow(date, days))
            {
                continue;
            }

            var similarity = TermVector.Cosine(vector, cluster.Centroid);
            if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    private sealed class OpenCluster
    {
        private DateOnly? _latest;

        public TermVector Centroid { get; } = new();

        public void Add(TermVector vector, DateOnly? date)
        {
            Centroid.AddScaled(vector, 1);
            if (date is { } d && (_latest is null || d > _latest))
            {
                _latest = d;
            }
        }

        /// <summary>Items arrive in date order, so only the cluster's latest date can be too far away.</summary>
        public bool WithinWindow(DateOnly? date, int days) =>
            date is null || _latest is null || Math.Abs(date.Value.DayNumber - _latest.Value.DayNumber) <= days;
    }
}
