using System.Text;

namespace Parallax.Clustering;

/// <summary>
/// The shingles of a text (word 5-grams of the normalized text) and their MinHash signature. The
/// fraction of equal signature slots estimates the Jaccard similarity of two shingle sets.
/// </summary>
internal sealed class MinHashSignature
{
    public const int ShingleWords = 5;

    private static readonly ulong[] Seeds = CreateSeeds(128, 0x2545F4914F6CDD1DUL);

    private static readonly ulong[] Multipliers = [.. CreateSeeds(128, 0x9E3779B97F4A7C15UL).Select(m => m | 1)];

    private MinHashSignature(int shingleCount, uint[] slots)
    {
        ShingleCount = shingleCount;
        Slots = slots;
    }

    public int ShingleCount { get; }

    /// <summary>
    /// The high 32 bits of each slot's minimum: unequal minima share them with probability 2^-32,
    /// which leaves the Jaccard estimate unchanged while halving what a stream keeps per article.
    /// </summary>
    public uint[] Slots { get; }

    public static int HashCount => Seeds.Length;

    public static MinHashSignature Of(string text)
    {
        var words = NormalizedWordHashes(text);
        var shingles = new HashSet<ulong>();
        if (words.Count > 0 && words.Count < ShingleWords)
        {
            // Very short texts are one shingle: they can only match an exact copy.
            shingles.Add(ShingleHash(words, 0, words.Count));
        }

        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            shingles.Add(ShingleHash(words, i, ShingleWords));
        }

        var slots = new ulong[Seeds.Length];
        Array.Fill(slots, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            // The shingle hashes are already well mixed, so one multiply-add per slot (an odd
            // multiplier and an offset per slot) orders them independently enough for MinHash, at
            // a fraction of the cost of mixing each shingle again per slot.
            var x = Mix(shingle);
            for (var k = 0; k < Seeds.Length; k++)
            {
                var h = (x * Multipliers[k]) + Seeds[k];
                if (h < slots[k])
                {
                    slots[k] = h;
                }
            }
        }

        return new MinHashSignature(shingles.Count, [.. slots.Select(h => (uint)(h >> 32))]);
    }

    public double EstimatedJaccard(MinHashSignature other)
    {
        var equal = 0;
        for (var k = 0; k < Slots.Length; k++)
        {
            if (Slots[k] == other.Slots[k])
            {
                equal++;
            }
        }

        return (double)equal / Slots.Length;
    }

    /// <summary>
    /// How much of the smaller text lies inside the larger one, derived from the estimated Jaccard
    /// and the exact set sizes: |A∩B| = J/(1+J)·(|A|+|B|). This is what finds trimmed copies,
    /// whose Jaccard with the full text is low but whose containment is near 1.
    /// </summary>
    public double EstimatedContainment(MinHashSignature other)
    {
        var smaller = Math.Min(ShingleCount, other.ShingleCount);
        if (smaller == 0)
        {
            return 0;
        }

        var j = EstimatedJaccard(other);
        var intersection = j / (1 + j) * (ShingleCount + other.ShingleCount);
        return Math.Min(1.0, intersection / smaller);
    }

    /// <summary>
    /// Hashes of the lower-cased letter-and-digit words: punctuation, quote styles and spacing do
    /// not matter. Words are hashed as they are scanned, so a text costs no string per word.
    /// </summary>
    private static List<ulong> NormalizedWordHashes(string text)
    {
        var words = new List<ulong>();
        const ulong empty = 14695981039346656037UL;
        var hash = empty;
        var inWord = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                // FNV-1a over the word's characters.
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = empty;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        return words;
    }

    /// <summary>An order-sensitive hash of consecutive words.</summary>
    private static ulong ShingleHash(List<ulong> words, int start, int count)
    {
        var hash = (ulong)count;
        for (var i = start; i < start + count; i++)
        {
            hash = Mix(hash ^ words[i]);
        }

        return hash;
    }

    /// <summary>SplitMix64 finalizer: a cheap, well-mixed permutation, one per seed.</summary>
    internal static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] CreateSeeds(int count, ulong stride)
    {
        var seeds = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            seeds[i] = Mix((ulong)(i + 1) * stride);
        }

        return seeds;
    }
}
