namespace Parallax.Clustering;

/// <summary>
/// One story's article vectors over the story's own vocabulary: terms become indexes into dense
/// arrays, so sums (centroids) and dot products with them cost array reads instead of string
/// hashing. Bisecting a story sums its halves many times over; with string-keyed vectors that was
/// most of the clustering time.
/// </summary>
internal sealed class DenseStoryVectors
{
    private readonly int[][] _terms;
    private readonly double[][] _weights;

    private DenseStoryVectors(int[][] terms, double[][] weights, int dimension)
    {
        _terms = terms;
        _weights = weights;
        Dimension = dimension;
    }

    /// <summary>Batch clustering's members: string-keyed vectors picked by index.</summary>
    public static DenseStoryVectors Of(IReadOnlyList<TermVector> vectors, IReadOnlyList<int> members) =>
        Intern(members.Count, m => vectors[members[m]].Weights.Select(p => (p.Key, p.Value)), StringComparer.Ordinal);

    /// <summary>A stream's members: vectors over the stream's interned term ids (ids and weights in step).</summary>
    public static DenseStoryVectors Of(IReadOnlyList<ClusteringItem> items) =>
        Intern(items.Count, m => items[m].Ids.Zip(items[m].Weights), EqualityComparer<int>.Default);

    /// <summary>One interning path for both kinds of term key: each new term takes the next dense index.</summary>
    private static DenseStoryVectors Intern<TKey>(int count, Func<int, IEnumerable<(TKey Term, double Weight)>> weightsOf, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var vocabulary = new Dictionary<TKey, int>(comparer);
        var terms = new int[count][];
        var weights = new double[count][];
        for (var m = 0; m < count; m++)
        {
            var pairs = weightsOf(m).ToList();
            terms[m] = new int[pairs.Count];
            weights[m] = new double[pairs.Count];
            for (var k = 0; k < pairs.Count; k++)
            {
                ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, pairs[k].Term, out var known);
                if (!known)
                {
                    id = vocabulary.Count - 1;
                }

                terms[m][k] = id;
                weights[m][k] = pairs[k].Weight;
            }
        }

        return new DenseStoryVectors(terms, weights, vocabulary.Count);
    }

    public int Count => _terms.Length;

    public int Dimension { get; }

    /// <summary>The sum of the given members' vectors (by local index), as a dense array.</summary>
    public double[] Sum(IEnumerable<int> locals)
    {
        var sum = new double[Dimension];
        foreach (var m in locals)
        {
            Accumulate(m, sum);
        }

        return sum;
    }

    public double[] Single(int local) => Sum([local]);

    public double Dot(int local, double[] dense)
    {
        var (terms, weights) = (_terms[local], _weights[local]);
        var dot = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            dot += weights[k] * dense[terms[k]];
        }

        return dot;
    }

    public static double Dot(double[] a, double[] b)
    {
        var dot = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    private void Accumulate(int local, double[] sum)
    {
        var (terms, weights) = (_terms[local], _weights[local]);
        for (var k = 0; k < terms.Length; k++)
        {
            sum[terms[k]] += weights[k];
        }
    }
}
