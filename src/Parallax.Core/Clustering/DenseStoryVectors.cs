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

    public DenseStoryVectors(IReadOnlyList<TermVector> vectors, IReadOnlyList<int> members)
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        _terms = new int[members.Count][];
        _weights = new double[members.Count][];
        for (var m = 0; m < members.Count; m++)
        {
            var weights = vectors[members[m]].Weights;
            _terms[m] = new int[weights.Count];
            _weights[m] = new double[weights.Count];
            var k = 0;
            foreach (var (term, weight) in weights)
            {
                if (!vocabulary.TryGetValue(term, out var id))
                {
                    vocabulary[term] = id = vocabulary.Count;
                }

                _terms[m][k] = id;
                _weights[m][k++] = weight;
            }
        }

        Dimension = vocabulary.Count;
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

    public double[] Of(int local) => Sum([local]);

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
