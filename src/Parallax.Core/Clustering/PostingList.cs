namespace Parallax.Clustering;

/// <summary>
/// The clusters one term indexes, oldest first, in a ring: when a bounded list is full, dropping the
/// oldest to make room is a step of the ring rather than a shift of the whole list (as
/// <c>List.RemoveAt(0)</c> did for every busy term of every article).
/// </summary>
internal sealed class PostingList
{
    private int[] _items = new int[8];
    private int _start;

    public int Count { get; private set; }

    /// <summary>The i-th oldest cluster.</summary>
    public int this[int index] => _items[(_start + index) & (_items.Length - 1)];

    /// <summary>Appends a cluster; with <paramref name="max"/> set and reached, the oldest leaves first.</summary>
    public void Add(int cluster, int? max)
    {
        if (max is { } bound && Count >= bound)
        {
            _start = (_start + 1) & (_items.Length - 1);
            Count--;
        }
        else if (Count == _items.Length)
        {
            var items = new int[_items.Length * 2];
            for (var i = 0; i < Count; i++)
            {
                items[i] = this[i];
            }

            _items = items;
            _start = 0;
        }

        _items[(_start + Count) & (_items.Length - 1)] = cluster;
        Count++;
    }

    /// <summary>Removes a cluster, keeping the others in order; false when it was not there.</summary>
    public bool Remove(int cluster)
    {
        var mask = _items.Length - 1;
        for (var i = 0; i < Count; i++)
        {
            if (this[i] != cluster)
            {
                continue;
            }

            for (var j = i; j < Count - 1; j++)
            {
                _items[(_start + j) & mask] = _items[(_start + j + 1) & mask];
            }

            Count--;
            return true;
        }

        return false;
    }
}
