using System.Runtime.Intrinsics;
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

    private static readonly Vector512<ulong>[] SeedLanes = Lanes(Seeds);

    // Per-thread buffers: signatures are made on several threads at once, each reusing its own.
    [ThreadStatic]
    private static List<ulong>? _wordBuffer;

    [ThreadStatic]
    private static ShingleBuffers? _shingleBuffers;

    private static readonly Vector512<ulong>[] MultiplierLanes = Lanes(Multipliers);

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

    public static MinHashSignature Of(string text) => Of(text, Vector512.IsHardwareAccelerated);

    /// <summary>
    /// <paramref name="vectorized"/> picks 512-bit lanes (eight slots per multiply) or one slot at a
    /// time; both compute the same integers, so the signature does not depend on the processor.
    /// </summary>
    internal static MinHashSignature Of(string text, bool vectorized)
    {
        var words = NormalizedWordHashes(text);
        var shingles = Shingles(words);
        Span<ulong> slots = stackalloc ulong[Seeds.Length];
        slots.Fill(ulong.MaxValue);
        if (vectorized)
        {
            MinimaByLanes(shingles, slots);
        }
        else
        {
            MinimaBySlot(shingles, slots);
        }

        var high = new uint[slots.Length];
        for (var k = 0; k < slots.Length; k++)
        {
            high[k] = (uint)(slots[k] >> 32);
        }

        return new MinHashSignature(shingles.Length, high);
    }

    /// <summary>
    /// The distinct shingle hashes in first-seen order (the minima do not depend on the order), in
    /// a buffer of this thread's that the next call overwrites. Duplicates are dropped through a
    /// small open-addressing set whose slots are marked with a per-call stamp, so it is never cleared.
    /// </summary>
    private static ReadOnlySpan<ulong> Shingles(List<ulong> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        var count = words.Count < ShingleWords ? 1 : words.Count - ShingleWords + 1;
        var buffers = _shingleBuffers ??= new ShingleBuffers();
        buffers.Prepare(count);
        if (words.Count < ShingleWords)
        {
            // Very short texts are one shingle: they can only match an exact copy.
            buffers.Distinct[0] = ShingleHash(words, 0, words.Count);
            return buffers.Distinct.AsSpan(0, 1);
        }

        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var shingle = ShingleHash(words, i, ShingleWords);
            if (buffers.AddNew(shingle))
            {
                buffers.Distinct[distinct++] = shingle;
            }
        }

        return buffers.Distinct.AsSpan(0, distinct);
    }

    // The shingle hashes are already well mixed, so one multiply-add per slot (an odd multiplier and
    // an offset per slot) orders them independently enough for MinHash, at a fraction of the cost of
    // mixing each shingle again per slot.
    private static void MinimaBySlot(ReadOnlySpan<ulong> shingles, Span<ulong> slots)
    {
        foreach (var shingle in shingles)
        {
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
    }

    /// <summary>The same multiply-add and minimum as <see cref="MinimaBySlot"/>, eight slots at a time.</summary>
    private static void MinimaByLanes(ReadOnlySpan<ulong> shingles, Span<ulong> slots)
    {
        var lanes = Vector512<ulong>.Count;
        Span<Vector512<ulong>> minima = stackalloc Vector512<ulong>[Seeds.Length / lanes];
        minima.Fill(Vector512<ulong>.AllBitsSet);
        foreach (var shingle in shingles)
        {
            var x = Vector512.Create(Mix(shingle));
            for (var v = 0; v < minima.Length; v++)
            {
                minima[v] = Vector512.Min(minima[v], (x * MultiplierLanes[v]) + SeedLanes[v]);
            }
        }

        for (var v = 0; v < minima.Length; v++)
        {
            minima[v].CopyTo(slots[(v * lanes)..]);
        }
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
        var words = _wordBuffer ??= [];
        words.Clear();
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

    private static Vector512<ulong>[] Lanes(ulong[] values)
    {
        var lanes = new Vector512<ulong>[values.Length / Vector512<ulong>.Count];
        for (var v = 0; v < lanes.Length; v++)
        {
            lanes[v] = Vector512.Create(values.AsSpan(v * Vector512<ulong>.Count, Vector512<ulong>.Count));
        }

        return lanes;
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
