namespace Parallax.Clustering;

/// <summary>
/// Near-duplicate detection for a stream: each article's MinHash signature is looked up by LSH
/// band keys among the articles published within the date window around its own date, verified
/// like <see cref="NearDuplicateDetector"/> does, and then indexed under its publication day.
/// One table maps each band key to a short chain of day stamps (for each day, the latest article of
/// that day with the key), so a lookup costs one probe per band rather than one per band and day.
/// Retiring a day unlinks its articles' keys and drops its articles: memory follows the articles
/// inside the window, not the length of the stream.
/// </summary>
internal sealed class StreamingDuplicateIndex(NearDuplicateOptions options, int windowDays)
{
    private const int NoLink = -1;

    private readonly Dictionary<int, List<Entry>> _days = [];
    private readonly Dictionary<ulong, int> _chains = [];
    private Link[] _links = new Link[1_024];
    private int _usedLinks;
    private int _freeLink = NoLink;

    // Reused per lookup: the candidates met through the bands, then put in the order days and bands give.
    private readonly List<(int Day, int Band, int Index)> _met = [];
    private readonly HashSet<(int Day, int Index)> _seen = [];

    public int IndexedArticles => _days.Values.Sum(entries => entries.Count);

    /// <summary>
    /// Returns the original the article copies (the original of its closest indexed copy), or null;
    /// then indexes the article, unless its day has already been retired.
    /// </summary>
    public string? Add(string id, DateOnly published, MinHashSignature signature, ulong[] keys, DateOnly retiredBefore)
    {
        if (signature.ShingleCount == 0)
        {
            return null;
        }

        var original = Closest(published.DayNumber, keys, signature) is { } match ? match.Original ?? match.Id : null;
        if (published >= retiredBefore)
        {
            var day = published.DayNumber;
            var entries = _days.TryGetValue(day, out var list) ? list : _days[day] = [];
            foreach (var key in keys)
            {
                // A key points at the latest article of the day that had it: copies are grouped under
                // their original, so the latest member leads to the same original.
                LinkOf(key, day) = entries.Count;
            }

            entries.Add(new Entry(id, original, signature));
        }

        return original;
    }

    /// <summary>Drops the articles of every day before <paramref name="horizon"/>.</summary>
    public void Retire(DateOnly horizon)
    {
        foreach (var day in _days.Keys.Where(d => d < horizon.DayNumber).ToList())
        {
            foreach (var entry in _days[day])
            {
                foreach (var key in BandKeys(entry.Signature))
                {
                    Unlink(key, day);
                }
            }

            _days.Remove(day);
        }
    }

    /// <summary>
    /// One key per band of rows: the band number and its rows hashed together. Half as many bands
    /// as batch detection uses (the first half of the slots): 32 bands of 2 rows still make a pair
    /// with Jaccard 0.3 a candidate with probability 0.95, and 0.5 (a copy trimmed to half) 0.9999,
    /// while each indexed article costs half the bucket entries.
    /// </summary>
    internal static ulong[] BandKeys(MinHashSignature signature)
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

    /// <summary>Candidates by day, then by the first band that met them; the strictly closest copy wins.</summary>
    private Entry? Closest(int day, ulong[] keys, MinHashSignature signature)
    {
        _met.Clear();
        for (var band = 0; band < keys.Length; band++)
        {
            if (!_chains.TryGetValue(keys[band], out var link))
            {
                continue;
            }

            for (; link != NoLink; link = _links[link].Next)
            {
                if (Math.Abs(_links[link].Day - day) <= windowDays)
                {
                    _met.Add((_links[link].Day, band, _links[link].Index));
                }
            }
        }

        if (_met.Count == 0)
        {
            return null;
        }

        _met.Sort(static (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Band.CompareTo(b.Band));
        _seen.Clear();
        Entry? best = null;
        var bestJaccard = -1.0;
        foreach (var (metDay, _, index) in _met)
        {
            if (!_seen.Add((metDay, index)))
            {
                continue;
            }

            // Strictly better only: among equally close copies the earliest met one wins.
            var candidate = _days[metDay][index];
            var jaccard = candidate.Signature.EstimatedJaccard(signature);
            if (jaccard > bestJaccard && NearDuplicateDetector.AreCopies(options, candidate.Signature, signature))
            {
                best = candidate;
                bestJaccard = jaccard;
            }
        }

        return best;
    }

    /// <summary>The article index stored for a key and day, linked in at the chain's head when new.</summary>
    private ref int LinkOf(ulong key, int day)
    {
        ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_chains, key, out var known);
        if (known)
        {
            for (var link = head; link != NoLink; link = _links[link].Next)
            {
                if (_links[link].Day == day)
                {
                    return ref _links[link].Index;
                }
            }
        }

        var chain = known ? head : NoLink;
        var added = NewLink();
        _links[added] = new Link { Day = day, Next = chain };

        // NewLink may grow the link array, but not the dictionary: head still refers to its slot.
        head = added;
        return ref _links[added].Index;
    }

    private void Unlink(ulong key, int day)
    {
        ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(_chains, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref head))
        {
            return;
        }

        for (ref var link = ref head; link != NoLink; link = ref _links[link].Next)
        {
            if (_links[link].Day == day)
            {
                var freed = link;
                link = _links[freed].Next;
                _links[freed].Next = _freeLink;
                _freeLink = freed;
                break;
            }
        }

        if (head == NoLink)
        {
            _chains.Remove(key);
        }
    }

    private int NewLink()
    {
        if (_freeLink != NoLink)
        {
            var reused = _freeLink;
            _freeLink = _links[reused].Next;
            return reused;
        }

        if (_usedLinks == _links.Length)
        {
            Array.Resize(ref _links, _links.Length * 2);
        }

        return _usedLinks++;
    }

    private sealed record Entry(string Id, string? Original, MinHashSignature Signature);

    /// <summary>One day of one band key's chain: that day's latest article with the key.</summary>
    private struct Link
    {
        public int Day;
        public int Index;
        public int Next;
    }
}
