namespace Parallax.Entities.Ner;

/// <summary>
/// Names seen in training, by type: a set of hashed lower-cased token sequences (one to
/// <see cref="MaxLength"/> tokens) with a bit per entity type. Matching marks each token covered by
/// a listed name with its type and position, which lets the model generalize from "the name is a
/// known club" rather than from the words alone.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxLength = 6;

    private readonly Dictionary<ulong, byte> _types;

    public Gazetteer(Dictionary<ulong, byte> types) => _types = types;

    public static Gazetteer Empty { get; } = new([]);

    public int Count => _types.Count;

    public IEnumerable<KeyValuePair<ulong, byte>> Entries => _types;

    public static Gazetteer Build(IEnumerable<LabeledSentence> sentences)
    {
        var types = new Dictionary<ulong, byte>();
        foreach (var sentence in sentences)
        {
            foreach (var (start, end, type) in ChunkReader.Chunks(sentence.Tags))
            {
                if (end - start > MaxLength)
                {
                    continue;
                }

                var key = SequenceHash(sentence.Tokens, start, end);
                types[key] = (byte)(types.GetValueOrDefault(key) | (1 << type));
            }
        }

        return new Gazetteer(types);
    }

    /// <summary>
    /// Per token, a bit mask of (type × position) for every listed name covering it: bit
    /// 4·type + position, position 0 = first, 1 = inside, 2 = last, 3 = the whole name.
    /// </summary>
    public void Match(IReadOnlyList<string> tokens, ReadOnlySpan<ulong> lowerHashes, Span<ushort> marks)
    {
        marks.Clear();
        if (_types.Count == 0)
        {
            return;
        }

        for (var start = 0; start < tokens.Count; start++)
        {
            // Listed names start with a capital (or a digit: "1860 Munich"); skipping other
            // starts saves most lookups on running text.
            if (!StartsName(tokens[start]))
            {
                continue;
            }

            var hash = 0UL;
            for (var end = start + 1; end <= Math.Min(tokens.Count, start + MaxLength); end++)
            {
                hash = Extend(hash, lowerHashes[end - 1]);
                if (_types.TryGetValue(hash, out var mask))
                {
                    Mark(marks, start, end, mask);
                }
            }
        }
    }

    /// <summary>Whether some listed name is exactly this one word (any case).</summary>
    public bool ListsWord(string token) => _types.ContainsKey(Extend(0UL, FeatureHash.OfLower(token)));

    public static ulong SequenceHash(IReadOnlyList<string> tokens, int start, int end)
    {
        var hash = 0UL;
        for (var i = start; i < end; i++)
        {
            hash = Extend(hash, FeatureHash.OfLower(tokens[i]));
        }

        return hash;
    }

    private static ulong Extend(ulong hash, ulong token) => FeatureHash.Combine(hash + 0x51ED27UL, token);

    private static void Mark(Span<ushort> marks, int start, int end, byte mask)
    {
        for (var type = 0; type < 4; type++)
        {
            if ((mask & (1 << type)) == 0)
            {
                continue;
            }

            for (var i = start; i < end; i++)
            {
                var position = end - start == 1 ? 3 : i == start ? 0 : i == end - 1 ? 2 : 1;
                marks[i] |= (ushort)(1 << ((4 * type) + position));
            }
        }
    }

    private static bool StartsName(string token) => token.Length > 0 && (char.IsUpper(token[0]) || char.IsDigit(token[0]) || HasUpper(token));

    private static bool HasUpper(string token)
    {
        foreach (var c in token)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
