namespace Parallax.Clustering;

/// <summary>
/// Bounds that keep the candidate index of <see cref="SinglePassClustering"/> small on an endless
/// stream. Batch clustering leaves them unset, so its results do not depend on them.
/// </summary>
/// <param name="MaxPostingsPerTerm">A term indexes at most this many clusters, the most recent ones: a
/// term shared by that many open stories no longer tells them apart, and scanning it would make each
/// article cost as much as the busiest term.</param>
/// <param name="MaxCandidates">Only this many candidates, those sharing the most retrieval terms with the
/// item, are scored by cosine.</param>
internal sealed record CandidateIndexLimits(int MaxPostingsPerTerm, int MaxCandidates);

/// <summary>
/// Streaming centroid clustering: each item joins the open cluster whose centroid is most similar
/// (cosine at least the threshold) or founds a new one. Candidates come from an inverted index of
/// each cluster's members' heaviest terms, so an item is compared only with clusters it shares a
/// salient term with, and the cost grows with overlap rather than with the number of clusters.
/// Clusters whose latest item is older than a horizon can be retired (<see cref="Retire"/>): they
/// leave the index and their centroid is dropped, so memory follows the open clusters, not history.
/// </summary>
internal sealed class SinglePassClustering(double threshold, int retrievalTerms, int? windowDays = null, CandidateIndexLimits? limits = null)
{
    private readonly List<OpenCluster?> _clusters = [];
    private readonly Dictionary<int, PostingList> _index = [];
    private readonly PriorityQueue<int, int> _byLatestDay = new();

    // Term ids for callers that pass strings (batch clustering); a stream passes its own ids.
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

    // Reused per item: candidate counting and ordering allocate nothing once warm.
    private readonly List<int> _touched = [];
    private int[] _sharedCounts = [];
    private int[] _sharedStamps = [];
    private int _stamp;
    private long[] _best = [];
    private readonly List<int> _candidates = [];

    /// <summary>How many clusters were ever founded (retired ones included); ids run from 0 to Count - 1.</summary>
    public int Count => _clusters.Count;

    public int OpenClusters { get; private set; }

    public int IndexedTerms => _index.Count;

    public int Postings => _index.Values.Sum(p => p.Count);

    /// <summary>Adds a vector (cosine ignores its length); returns the cluster it joined or founded.</summary>
    public int Add(TermVector vector, DateOnly? date = null)
    {
        var ids = new int[vector.Weights.Count];
        var weights = new double[ids.Length];
        var i = 0;
        foreach (var (term, weight) in vector.Weights)
        {
            ids[i] = TermId(term);
            weights[i++] = weight;
        }

        return Add(new ClusteringItem(ids, weights, [.. vector.TopTerms(retrievalTerms).Select(TermId)]), date);
    }

    /// <summary>Adds an item whose terms are already interned; returns the cluster it joined or founded.</summary>
    public int Add(ClusteringItem item, DateOnly? date = null)
    {
        var best = Best(item, date);
        if (best is null)
        {
            best = _clusters.Count;
            _clusters.Add(new OpenCluster());
            OpenClusters++;
            if (date is { } founded)
            {
                _byLatestDay.Enqueue(best.Value, founded.DayNumber);
            }
        }

        _clusters[best.Value]!.Add(item, date);
        Index(best.Value, item);
        return best.Value;
    }

    /// <summary>
    /// Moves items (members of <paramref name="cluster"/>, with their dates) into a new cluster and
    /// returns its id: the old centroid loses their vectors, the new one is built from them and is
    /// indexed by their retrieval terms. Later items then choose between both clusters.
    /// </summary>
    public int SplitOff(int cluster, IReadOnlyList<(ClusteringItem Item, DateOnly? Date)> moved)
    {
        var source = _clusters[cluster]!;
        var id = _clusters.Count;
        var fresh = new OpenCluster();
        _clusters.Add(fresh);
        OpenClusters++;
        foreach (var (item, date) in moved)
        {
            source.Remove(item);
            fresh.Add(item, date);
            Index(id, item);
        }

        if (fresh.Latest is { } latest)
        {
            _byLatestDay.Enqueue(id, latest.DayNumber);
        }

        return id;
    }

    /// <summary>
    /// Retires every cluster whose latest dated item is before <paramref name="horizon"/> and returns
    /// their ids. Undated clusters are never retired.
    /// </summary>
    public List<int> Retire(DateOnly horizon)
    {
        var retired = new List<int>();
        while (_byLatestDay.TryPeek(out var id, out var day) && day < horizon.DayNumber)
        {
            _byLatestDay.Dequeue();
            var cluster = _clusters[id]!;
            if (cluster.Latest!.Value.DayNumber >= horizon.DayNumber)
            {
                // It grew since it was queued: look again when its real latest day falls behind.
                _byLatestDay.Enqueue(id, cluster.Latest.Value.DayNumber);
                continue;
            }

            foreach (var term in cluster.IndexedTerms)
            {
                if (_index.TryGetValue(term, out var postings) && postings.Remove(id) && postings.Count == 0)
                {
                    _index.Remove(term);
                }
            }

            _clusters[id] = null;
            OpenClusters--;
            retired.Add(id);
        }

        return retired;
    }

    private int TermId(string term)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_termIds, term, out var known);
        if (!known)
        {
            id = _termIds.Count - 1;
        }

        return id;
    }

    private void Index(int id, ClusteringItem item)
    {
        var cluster = _clusters[id]!;
        foreach (var term in item.Retrieval)
        {
            if (cluster.IndexedTerms.Add(term))
            {
                var postings = _index.TryGetValue(term, out var list) ? list : _index[term] = new PostingList();
                postings.Add(id, limits?.MaxPostingsPerTerm);
            }
        }
    }

    private int? Best(ClusteringItem item, DateOnly? date)
    {
        var norm = item.Norm();
        int? best = null;
        var bestSimilarity = threshold;
        foreach (var candidate in Candidates(item.Retrieval))
        {
            var cluster = _clusters[candidate]!;
            if (windowDays is { } days && !cluster.WithinWindow(date, days))
            {
                continue;
            }

            var norms = norm * cluster.Norm;
            var similarity = norms == 0 ? 0 : cluster.Dot(item) / norms;
            if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    /// <summary>Clusters sharing a retrieval term, in founding order (so ties go to the older story).</summary>
    private List<int> Candidates(int[] retrieval)
    {
        // Shared-term counts by cluster id in flat arrays: a slot counts only when its stamp is this
        // call's, so nothing is cleared between items.
        if (_sharedCounts.Length < _clusters.Count)
        {
            Array.Resize(ref _sharedCounts, Math.Max(1_024, _clusters.Count * 2));
            Array.Resize(ref _sharedStamps, _sharedCounts.Length);
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_sharedStamps);
            _stamp = 1;
        }

        _touched.Clear();
        foreach (var term in retrieval)
        {
            if (_index.TryGetValue(term, out var postings))
            {
                for (var i = 0; i < postings.Count; i++)
                {
                    var cluster = postings[i];
                    if (_sharedStamps[cluster] != _stamp)
                    {
                        _sharedStamps[cluster] = _stamp;
                        _sharedCounts[cluster] = 0;
                        _touched.Add(cluster);
                    }

                    _sharedCounts[cluster]++;
                }
            }
        }

        _candidates.Clear();
        if (limits is { } bounds && _touched.Count > bounds.MaxCandidates)
        {
            // Most shared terms first, then the older cluster: one integer per candidate orders both
            // ways at once (all distinct); the best few are kept by insertion into a short sorted list.
            var best = _best.Length == bounds.MaxCandidates ? _best : _best = new long[bounds.MaxCandidates];
            var kept = 0;
            foreach (var cluster in _touched)
            {
                var rank = ((long)(int.MaxValue - _sharedCounts[cluster]) << 32) | (uint)cluster;
                if (kept == best.Length && rank >= best[^1])
                {
                    continue;
                }

                var at = kept == best.Length ? kept - 1 : kept++;
                for (; at > 0 && best[at - 1] > rank; at--)
                {
                    best[at] = best[at - 1];
                }

                best[at] = rank;
            }

            foreach (var rank in best)
            {
                _candidates.Add((int)(rank & uint.MaxValue));
            }
        }
        else
        {
            _candidates.AddRange(_touched);
        }

        _candidates.Sort();
        return _candidates;
    }
}
