namespace Parallax.Entities.Ner;

/// <summary>
/// Word clusters learned from unlabelled text (see <see cref="ClusterBuilder"/>): each known
/// lower-cased word has a cluster id at up to four granularities, coarse to fine, packed 16 bits
/// each. Clusters let a name the training data never showed borrow the weights of words used alike.
/// </summary>
internal sealed class WordClusters
{
    public const int Levels = 4;

    private readonly Dictionary<ulong, ulong> _packed;

    public WordClusters(Dictionary<ulong, ulong> packed) => _packed = packed;

    public static WordClusters Empty { get; } = new([]);

    public int Count => _packed.Count;

    public IEnumerable<KeyValuePair<ulong, ulong>> Entries => _packed;

    public static ulong Pack(ReadOnlySpan<int> ids)
    {
        var packed = 0UL;
        for (var level = 0; level < Math.Min(ids.Length, Levels); level++)
        {
            // Stored plus one so that 0 means "no cluster at this level".
            packed |= (ulong)(ushort)(ids[level] + 1) << (16 * level);
        }

        return packed;
    }

    public int AddFeatures(int[] rows, int count, int i, int n, ulong[] lowerHashes, int rowBits)
    {
        if (_packed.Count == 0)
        {
            return count;
        }

        if (_packed.TryGetValue(lowerHashes[i], out var own))
        {
            for (var level = 0; level < Levels; level++)
            {
                var id = (own >> (16 * level)) & 0xFFFF;
                if (id != 0)
                {
                    rows[count++] = FeatureHash.Row(40 + level, id, rowBits);
                }
            }
        }
        else
        {
            rows[count++] = FeatureHash.Row(44, 0, rowBits);
        }

        // The neighbours' mid-level clusters: "said" and "told" after a name mark a speaker.
        rows[count++] = FeatureHash.Row(45, i > 0 ? Level(lowerHashes[i - 1], 2) : 0xFFFFF, rowBits);
        rows[count++] = FeatureHash.Row(46, i + 1 < n ? Level(lowerHashes[i + 1], 2) : 0xFFFFF, rowBits);
        return count;
    }

    private ulong Level(ulong word, int level) =>
        _packed.TryGetValue(word, out var packed) ? (packed >> (16 * level)) & 0xFFFF : 0;
}
