namespace Parallax.Clustering;

/// <summary>
/// Near-duplicate detection for a stream: each article's MinHash signature is looked up by LSH
/// band keys among the articles published within the date window around its own date, verified
/// like <see cref="NearDuplicateDetector"/> does, and then indexed under its publication day.
/// Articles are kept in one shelf per day, so retiring old articles drops whole shelves: memory
/// follows the articles inside the window, not the length of the stream.
/// </summary>
internal sealed class StreamingDuplicateIndex(NearDuplicateOptions options, int windowDays)
{
    private readonly Dictionary<int, DayShelf> _shelves = [];

    public int IndexedArticles => _shelves.Values.Sum(s => s.Entries.Count);

    /// <summary>
    /// Returns the original the article copies (the original of its closest indexed copy), or null;
    /// then indexes the article, unless its day has already been retired.
    /// </summary>
    public string? Add(string id, DateOnly published, MinHashSignature signature, DateOnly retiredBefore)
    {
        if (signature.ShingleCount == 0)
        {
            return null;
        }

        var keys = BandKeys(signature);
        var original = Closest(published.DayNumber, keys, signature) is { } match ? match.Original ?? match.Id : null;
        if (published >= retiredBefore)
        {
            var shelf = _shelves.TryGetValue(published.DayNumber, out var s) ? s : _shelves[published.DayNumber] = new DayShelf();
            shelf.Add(new Entry(id, original, signature), keys);
        }

        return original;
    }

    /// <summary>Drops the articles of every day before <paramref name="horizon"/>.</summary>
    public void Retire(DateOnly horizon)
    {
        foreach (var day in _shelves.Keys.Where(d => d < horizon.DayNumber).ToList())
        {
            _shelves.Remove(day);
        }
    }

    private Entry? Closest(int day, ulong[] keys, MinHashSignature signature)
    {
        Entry? best = null;
        var bestJaccard = -1.0;
        for (var d = day - windowDays; d <= day + windowDays; d++)
        {
            if (!_shelves.TryGetValue(d, out var shelf))
            {
                continue;
            }

            foreach (var candidate in shelf.Candidates(keys))
            {
                // Strictly better only: among equally close copies the earliest indexed one wins.
                var jaccard = candidate.Signature.EstimatedJaccard(signature);
                if (jaccard > bestJaccard && NearDuplicateDetector.AreCopies(options, candidate.Signature, signature))
                {
                    best = candidate;
                    bestJaccard = jaccard;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// One key per band of rows: the band number and its rows hashed together. Half as many bands
    /// as batch detection uses (the first half of the slots): 32 bands of 2 rows still make a pair
    /// with Jaccard 0.3 a candidate with probability 0.95, and 0.5 (a copy trimmed to half) 0.9999,
    /// while each indexed article costs half the bucket entries.
    /// </summary>
    private static ulong[] BandKeys(MinHashSignature signature)
    {
        const int rows = NearDuplicateDetector.RowsPerBand;
        var keys = new ulong[signature.Slots.Length / rows / 2];
        for (var band = 0; band < keys.Length; band++)
        {
            var key = (ulong)band;
            for (var r = 0; r < rows; r++)
            {
                key = MinHashSignature.Mix(key ^ signature.Slots[(band * rows) + r]);
            }

            keys[band] = key;
        }

        return keys;
    }

    private sealed record Entry(string Id, string? Original, MinHashSignature Signature);

    /// <summary>
    /// The articles of one publication day. A band key points at the latest article that had it:
    /// copies are grouped under their original, so the latest member leads to the same original,
    /// and one slot per key keeps the shelf's size proportional to its articles.
    /// </summary>
    private sealed class DayShelf
    {
        private readonly Dictionary<ulong, int> _buckets = [];

        public List<Entry> Entries { get; } = [];

        public void Add(Entry entry, ulong[] keys)
        {
            foreach (var key in keys)
            {
                _buckets[key] = Entries.Count;
            }

            Entries.Add(entry);
        }

        public IEnumerable<Entry> Candidates(ulong[] keys)
        {
            var seen = new HashSet<int>();
            foreach (var key in keys)
            {
                if (_buckets.TryGetValue(key, out var at) && seen.Add(at))
                {
                    yield return Entries[at];
                }
            }
        }
    }
}
