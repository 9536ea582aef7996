namespace Parallax.Entities.Ner;

/// <summary>
/// Word clusters learned from unlabelled text (see <see cref="ClusterBuilder"/>): each known
/// lower-cased word has a cluster id at three granularities, coarse to fine, and a capitalization
/// profile, packed 16 bits each. Clusters let a name the training data never showed borrow the weights of words used alike.
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
            packed |= (ulong)(ushort)ids[level] << (16 * level);
        }

        return packed;
    }

    public int AddFeatures(IReadOnlyList<string> tokens, int[] rows, int count, int i, ulong[] lowerHashes, int rowBits)
    {
        if (_packed.Count == 0)
        {
            return count;
        }

        if (_packed.TryGetValue(lowerHashes[i], out var own))
        {
            for (var level = 0; level < Levels - 1; level++)
            {
                rows[count++] = FeatureHash.Row(40 + level, (own >> (16 * level)) & 0xFFFF, rowBits);
            }

            // The capitalization profile matters in conjunction with how the word is written here.
            var profile = own >> (16 * (Levels - 1));
            rows[count++] = FeatureHash.Row(43, FeatureHash.Combine(profile, WordShape.IsCapitalized(tokens[i]) ? 1UL : 0UL), rowBits);
        }
        else
        {
            rows[count++] = FeatureHash.Row(44, WordShape.IsCapitalized(tokens[i]) ? 1UL : 0UL, rowBits);
        }

        // The neighbours' mid-level clusters: "said" and "told" after a name mark a speaker.
        rows[count++] = FeatureHash.Row(45, i > 0 ? Level(lowerHashes[i - 1], 1) : 0xFFFFF, rowBits);
        rows[count++] = FeatureHash.Row(46, i + 1 < tokens.Count ? Level(lowerHashes[i + 1], 1) : 0xFFFFF, rowBits);
        return count;
    }

    private ulong Level(ulong word, int level) =>
        _packed.TryGetValue(word, out var packed) ? (packed >> (16 * level)) & 0xFFFF : 0xFFFF0;
}
