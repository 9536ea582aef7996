using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parallax.Entities.Ner;

/// <summary>
/// Learns word clusters from unlabelled tokenized text, cheaply: each frequent word is described
/// by its left and right neighbours (PPMI-weighted counts over the most frequent context words),
/// randomly projected to a dense vector, and the vectors are grouped by spherical k-means into
/// 1024 fine clusters, whose centroids are grouped again into 256 and then 64. Each word also gets
/// a capitalization profile: how often it is written lower-case away from a sentence start, which
/// tells a capitalized common word from a name. Everything is seeded, so the result is reproducible.
/// </summary>
internal static class ClusterBuilder
{
    private const int Dimensions = 96;
    private const int ContextWords = 1000;
    private const int MaxVocabulary = 40_000;
    private const int MinCount = 3;
    private static readonly int[] LevelSizes = [64, 256, 1024];

    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, NerTrainingOptions options, Action<string>? progress)
    {
        var corpus = new ClusterCorpus(sentences);
        var vocabulary = corpus.Counts.Where(p => p.Value >= MinCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(MaxVocabulary).Select(p => p.Key).ToArray();
        progress?.Invoke($"clusters: {corpus.TokenCount} tokens, {vocabulary.Length} words to cluster");
        if (vocabulary.Length < LevelSizes[^1] * 2)
        {
            return WordClusters.Empty;
        }

        var vectors = Project(corpus, vocabulary, options.Seed);
        var random = new Random(options.Seed);
        var fine = KMeans.Cluster(vectors, vocabulary.Length, LevelSizes[^1], random, out var centroids);
        var levels = new int[LevelSizes.Length][];
        levels[^1] = fine;
        for (var level = LevelSizes.Length - 2; level >= 0; level--)
        {
            // Coarser levels group the finer level's centroids, so the three levels nest.
            var parent = KMeans.Cluster(centroids, LevelSizes[level + 1], LevelSizes[level], random, out centroids);
            levels[level] = [.. levels[level + 1].Select(c => parent[c])];
        }

        var packed = new Dictionary<ulong, ulong>();
        Span<int> ids = stackalloc int[WordClusters.Levels];
        for (var w = 0; w < vocabulary.Length; w++)
        {
            for (var level = 0; level < LevelSizes.Length; level++)
            {
                ids[level] = levels[level][w];
            }

            ids[^1] = corpus.CapitalizationProfile(vocabulary[w]);
            packed[vocabulary[w]] = WordClusters.Pack(ids);
        }

        return new WordClusters(packed);
    }

    /// <summary>PPMI-weighted neighbour counts of each word, randomly projected and L2-normalized.</summary>
    private static float[] Project(ClusterCorpus corpus, ulong[] vocabulary, int seed)
    {
        var contexts = corpus.Counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(ContextWords)
            .Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i);
        var random = new Random(seed);
        var projection = new float[2 * ContextWords * Dimensions];
        for (var i = 0; i < projection.Length; i++)
        {
            projection[i] = random.Next(2) == 0 ? -1f : 1f;
        }

        var pairs = corpus.NeighbourCounts(index, contexts);
        var contextTotals = new double[2 * ContextWords];
        foreach (var ((_, context), count) in pairs)
        {
            contextTotals[context] += count;
        }

        var total = contextTotals.Sum();
        var vectors = new float[vocabulary.Length * Dimensions];
        foreach (var ((word, context), count) in pairs)
        {
            var wordTotal = (double)corpus.Counts[vocabulary[word]];
            var pmi = Math.Log(count * total / (wordTotal * contextTotals[context]));
            if (pmi <= 0)
            {
                continue;
            }

            var target = vectors.AsSpan(word * Dimensions, Dimensions);
            var signs = projection.AsSpan(context * Dimensions, Dimensions);
            for (var d = 0; d < Dimensions; d++)
            {
                target[d] += (float)pmi * signs[d];
            }
        }

        for (var w = 0; w < vocabulary.Length; w++)
        {
            KMeans.Normalize(vectors.AsSpan(w * Dimensions, Dimensions));
        }

        return vectors;
    }

    /// <summary>Spherical k-means on L2-normalized rows of <see cref="Dimensions"/> floats.</summary>
    private static class KMeans
    {
        private const int Iterations = 8;

        public static int[] Cluster(float[] vectors, int count, int k, Random random, out float[] centroids)
        {
            centroids = new float[k * Dimensions];
            var seeds = Enumerable.Range(0, count).OrderBy(_ => random.Next()).Take(k).ToArray();
            for (var c = 0; c < k; c++)
            {
                vectors.AsSpan(seeds[c] * Dimensions, Dimensions).CopyTo(centroids.AsSpan(c * Dimensions, Dimensions));
            }

            var assignment = new int[count];
            for (var iteration = 0; iteration < Iterations; iteration++)
            {
                for (var v = 0; v < count; v++)
                {
                    assignment[v] = Nearest(vectors.AsSpan(v * Dimensions, Dimensions), centroids, k);
                }

                Array.Clear(centroids);
                for (var v = 0; v < count; v++)
                {
                    var target = centroids.AsSpan(assignment[v] * Dimensions, Dimensions);
                    var source = vectors.AsSpan(v * Dimensions, Dimensions);
                    for (var d = 0; d < Dimensions; d++)
                    {
                        target[d] += source[d];
                    }
                }

                for (var c = 0; c < k; c++)
                {
                    Normalize(centroids.AsSpan(c * Dimensions, Dimensions));
                }
            }

            return assignment;
        }

        public static void Normalize(Span<float> vector)
        {
            var norm = MathF.Sqrt(Dot(vector, vector));
            if (norm > 0)
            {
                foreach (ref var x in vector)
                {
                    x /= norm;
                }
            }
        }

        private static int Nearest(ReadOnlySpan<float> vector, float[] centroids, int k)
        {
            var best = 0;
            var bestScore = float.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                var score = Dot(vector, centroids.AsSpan(c * Dimensions, Dimensions));
                if (score > bestScore)
                {
                    (best, bestScore) = (c, score);
                }
            }

            return best;
        }

        private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
        {
            var va = MemoryMarshal.Cast<float, Vector256<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector256<float>>(b);
            var sum = Vector256<float>.Zero;
            for (var i = 0; i < va.Length; i++)
            {
                sum += va[i] * vb[i];
            }

            return Vector256.Sum(sum);
        }
    }
}
