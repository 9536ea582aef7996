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
    /// scores, row 9 being the sentence start. Writes the best tags into <paramref name="tags"/>.
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
            score[t] = NerTags.CanFollow(-1, t) ? emissions[t] + transitions[(T * T) + t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestPrevious = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!NerTags.CanFollow(p, t))
                    {
                        continue;
                    }

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
    public static void Score(SentenceFeatures features, ReadOnlySpan<float> weights, Span<float> emissions)
    {
        for (var i = 0; i < features.TokenCount; i++)
        {
            var row = emissions.Slice(i * T, T);
            row.Clear();
            foreach (var feature in features.Of(i))
            {
                var w = weights.Slice(feature * T, T);
                for (var t = 0; t < T; t++)
                {
                    row[t] += w[t];
                }
            }
        }
    }
}
