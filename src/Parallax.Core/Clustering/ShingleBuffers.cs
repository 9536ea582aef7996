namespace Parallax.Clustering;

/// <summary>
/// A thread's buffers for <see cref="MinHashSignature"/>: the distinct shingle hashes of one text
/// and the set that finds repeats, whose slots are marked with a per-text stamp so that it is never cleared.
/// </summary>
internal sealed class ShingleBuffers
{
    private ulong[] _set = [];
    private int[] _stamps = [];
    private int _stamp;
    private int _shift;

    public ulong[] Distinct { get; private set; } = [];

    /// <summary>Room for <paramref name="count"/> shingles, and an empty set (at most half full).</summary>
    public void Prepare(int count)
    {
        if (Distinct.Length < count)
        {
            Distinct = new ulong[count];
        }

        if (_set.Length < 2 * count || _stamp == int.MaxValue)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(2 * count, 512));
            _set = new ulong[size];
            _stamps = new int[size];
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
            _stamp = 0;
        }

        _stamp++;
    }

    /// <summary>Adds a (well mixed) shingle hash; false when this call has already seen it.</summary>
    public bool AddNew(ulong shingle)
    {
        var mask = _set.Length - 1;
        for (var slot = (int)(shingle >> _shift); ; slot = (slot + 1) & mask)
        {
            if (_stamps[slot] != _stamp)
            {
                _stamps[slot] = _stamp;
                _set[slot] = shingle;
                return true;
            }

            if (_set[slot] == shingle)
            {
                return false;
            }
        }
    }
}
