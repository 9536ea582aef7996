namespace Parallax.Clustering;

/// <summary>
/// The cosines between every pair of one story's articles (its members' unit vectors), for
/// bisecting the story. Two-means over unit vectors needs only these: a member's dot product with a
/// half's summed vector is the sum of its cosines to the half's members, and the sums' own dot
/// products are sums of cosines too. Computing the n² cosines once (over dense indexes into the
/// story's own vocabulary) and then working on them costs n² per two-means round instead of the
/// members' total length times a few for sums and dot products over the vocabulary; for the stories
/// a stream checks (8-64 members of ~150 terms) that is 10-20 times less.
/// </summary>
internal sealed class StoryCosines
{
    private readonly double[] _cosines;

    private StoryCosines(int[][] terms, double[][] weights, int dimension)
    {
        Count = terms.Length;
        _cosines = new double[Count * Count];
        var dense = new double[dimension];
        for (var a = 0; a < Count; a++)
        {
            for (var k = 0; k < terms[a].Length; k++)
            {
                dense[terms[a][k]] = weights[a][k];
            }

            for (var b = a; b < Count; b++)
            {
                var dot = 0.0;
                for (var k = 0; k < terms[b].Length; k++)
                {
                    dot += weights[b][k] * dense[terms[b][k]];
                }

                _cosines[(a * Count) + b] = _cosines[(b * Count) + a] = dot;
            }

            foreach (var term in terms[a])
            {
                dense[term] = 0;
            }
        }
    }

    /// <summary>Batch clustering's members: string-keyed vectors picked by index.</summary>
    public static StoryCosines Of(IReadOnlyList<TermVector> vectors, IReadOnlyList<int> members) =>
        Intern(members.Count, m => vectors[members[m]].Weights.Select(p => (p.Key, p.Value)), StringComparer.Ordinal);

    /// <summary>A stream's members: vectors over the stream's interned term ids (ids and weights in step).</summary>
    public static StoryCosines Of(IReadOnlyList<ClusteringItem> items) =>
        Intern(items.Count, m => items[m].Ids.Zip(items[m].Weights), EqualityComparer<int>.Default);

    /// <summary>One interning path for both kinds of term key: each new term takes the next dense index.</summary>
    private static StoryCosines Intern<TKey>(int count, Func<int, IEnumerable<(TKey Term, double Weight)>> weightsOf, IEqualityComparer<TKey> comparer)
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

        return new StoryCosines(terms, weights, vocabulary.Count);
    }

    public int Count { get; }

    public double Cosine(int a, int b) => _cosines[(a * Count) + b];

    /// <summary>A member's dot product with the sum of the given members' vectors.</summary>
    public double Dot(int local, List<int> sum)
    {
        var dot = 0.0;
        var row = local * Count;
        foreach (var m in sum)
        {
            dot += _cosines[row + m];
        }

        return dot;
    }

    /// <summary>The dot product of two sums of members' vectors.</summary>
    public double Dot(List<int> first, List<int> second)
    {
        var dot = 0.0;
        foreach (var m in first)
        {
            dot += Dot(m, second);
        }

        return dot;
    }
}
