using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Parallax.Entities.Ner;

/// <summary>
/// Best tag sequence under emission plus first-order transition scores, with IOB2 constraints
/// enforced by the lattice itself: an I-X can only follow B-X or I-X, never start a sentence.
/// </summary>
internal static class ViterbiDecoder
{
    private const int T = NerTags.Count;

    /// <summary>
    /// <paramref name="emissions"/> holds n × 9 scores; <paramref name="transitions"/> holds 10 × 9
    /// scores, row 9 being the sentence start, already <see cref="Constrain"/>ed. Writes the best
    /// tags into <paramref name="tags"/>.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> tags)
    {
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        Span<float> score = stackalloc float[T];
        Span<float> next = stackalloc float[T];
        var back = n * T <= 4096 ? stackalloc byte[n * T] : new byte[n * T];
        for (var t = 0; t < T; t++)
        {
            score[t] = emissions[t] + transitions[(T * T) + t];
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < T; p++)
                {
                    var candidate = score[p] + transitions[(p * T) + t];
                    if (candidate > best)
                    {
                        best = candidate;
                        bestPrevious = p;
                    }
                }

                next[t] = best + emissions[(i * T) + t];
                back[(i * T) + t] = (byte)bestPrevious;
            }

            next.CopyTo(score);
        }

        var last = 0;
        for (var t = 1; t < T; t++)
        {
            if (score[t] > score[last])
            {
                last = t;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = last;
            last = back[(i * T) + last];
        }
    }

    /// <summary>Emission scores of every token for every tag: the sum of its features' weight rows.</summary>
    public static void Score(ReadOnlySpan<int> rows, ReadOnlySpan<int> offsets, int tokenCount, float[] weights, Span<float> emissions)
    {
        // The weight table is tens of MB, so each row is a cache miss: the loop is written so the
        // JIT emits one 8-wide vector add plus one scalar add per feature and no bounds checks.
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var output = ref MemoryMarshal.GetReference(emissions);
        for (var i = 0; i < tokenCount; i++)
        {
            var vector = Vector256<float>.Zero;
            var last = 0f;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                ref var row = ref Unsafe.Add(ref table, rows[k] * T);
                vector += Vector256.LoadUnsafe(ref row);
                last += Unsafe.Add(ref row, 8);
            }

            vector.StoreUnsafe(ref Unsafe.Add(ref output, i * T));
            Unsafe.Add(ref output, (i * T) + 8) = last;
        }
    }

    /// <summary>
    /// Emission scores from 16-bit weights: each feature's row is summed exactly as integers
    /// (a sentence's token has at most 64 features, far from overflowing), then scaled once.
    /// </summary>
    public static void Score(ReadOnlySpan<int> rows, ReadOnlySpan<int> offsets, int tokenCount, short[] weights, float scale, Span<float> emissions)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var output = ref MemoryMarshal.GetReference(emissions);
        for (var i = 0; i < tokenCount; i++)
        {
            var vector = Vector256<int>.Zero;
            var last = 0;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                ref var row = ref Unsafe.Add(ref table, rows[k] * T);
                var shorts = Vector128.LoadUnsafe(ref row);
                vector += Avx2.IsSupported ? Avx2.ConvertToVector256Int32(shorts) : Vector256.Create(Vector128.WidenLower(shorts), Vector128.WidenUpper(shorts));
                last += Unsafe.Add(ref row, 8);
            }

            (Vector256.ConvertToSingle(vector) * scale).StoreUnsafe(ref Unsafe.Add(ref output, i * T));
            Unsafe.Add(ref output, (i * T) + 8) = last * scale;
        }
    }

    /// <summary>
    /// The transition table with forbidden IOB2 transitions set to −∞, built once per model so the
    /// decoder's inner loop needs no test.
    /// </summary>
    public static float[] Constrain(float[] transitions)
    {
        var constrained = (float[])transitions.Clone();
        for (var previous = 0; previous <= T; previous++)
        {
            for (var tag = 0; tag < T; tag++)
            {
                if (!NerTags.CanFollow(previous == T ? -1 : previous, tag))
                {
                    constrained[(previous * T) + tag] = float.NegativeInfinity;
                }
            }
        }

        return constrained;
    }
}
