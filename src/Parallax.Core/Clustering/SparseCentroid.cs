namespace Parallax.Clustering;

/// <summary>
/// A story centroid: summed weights by term id, in an open-addressing table (linear probing, at most
/// half full). Scoring a candidate looks up every term of the article in it, most of them absent:
/// here a lookup is one or two probes in two flat arrays, where a <see cref="Dictionary{TKey, TValue}"/>
/// goes through a bucket array to an entry array. Sums run in the article's term order, as before,
/// so similarities are the same to the last bit.
/// </summary>
internal sealed class SparseCentroid
{
    private const int InitialCapacity = 64;

    // Term id + 1 (0 marks an empty slot) and the summed weight, in step.
    private int[] _keys = new int[InitialCapacity];
    private double[] _weights = new double[InitialCapacity];
    private int _shift = 32 - 6;

    public int Count { get; private set; }

    /// <summary>The dot product with a sparse vector (ids and weights in step).</summary>
    public double Dot(int[] ids, double[] weights)
    {
        var sum = 0.0;
        for (var i = 0; i < ids.Length; i++)
        {
            var slot = Find(ids[i]);
            if (_keys[slot] != 0)
            {
                sum += weights[i] * _weights[slot];
            }
        }

        return sum;
    }

    /// <summary>The summed weight of a term, added at zero when absent.</summary>
    public ref double WeightOf(int id)
    {
        var slot = Find(id);
        if (_keys[slot] == 0)
        {
            if ((Count + 1) * 2 > _keys.Length)
            {
                Grow();
                slot = Find(id);
            }

            _keys[slot] = id + 1;
            Count++;
        }

        return ref _weights[slot];
    }

    /// <summary>The slot holding the id, or the empty slot where it would go.</summary>
    private int Find(int id)
    {
        var key = id + 1;
        var mask = _keys.Length - 1;
        var slot = (int)((uint)(key * -1640531527) >> _shift);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var keys = _keys;
        var weights = _weights;
        _keys = new int[keys.Length * 2];
        _weights = new double[keys.Length * 2];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                var slot = Find(keys[i] - 1);
                _keys[slot] = keys[i];
                _weights[slot] = weights[i];
            }
        }
    }
}
