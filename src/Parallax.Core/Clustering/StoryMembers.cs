namespace Parallax.Clustering;

/// <summary>A member of an open story as the stream placed it: its id, unit vector and window date.</summary>
internal readonly record struct StreamMember(string Id, ClusteringItem Item, DateOnly Date);

/// <summary>
/// The latest members of one open story, in arrival order, kept so that the stream can test the
/// story for a split (<see cref="StorySplitting.FindSplit"/>). Only the latest
/// <c>capacity</c> are held, in a ring: a long-running story's check looks at its recent reports,
/// and memory stays bounded by the open stories times the capacity.
/// </summary>
internal sealed class StoryMembers(int capacity)
{
    private readonly List<StreamMember> _latest = [];

    // Where the next member goes once the ring is full (and so where the oldest held member is).
    private int _next;

    /// <summary>All the story's members, held or not (those moved out by a split no longer count).</summary>
    public int Count { get; private set; }

    public int Held => _latest.Count;

    public void Add(StreamMember member)
    {
        Count++;
        if (_latest.Count < capacity)
        {
            _latest.Add(member);
            return;
        }

        _latest[_next] = member;
        _next = (_next + 1) % capacity;
    }

    /// <summary>The held members, oldest arrival first.</summary>
    public List<StreamMember> InArrivalOrder() => [.. _latest.Skip(_next), .. _latest.Take(_next)];

    /// <summary>After a split: the held members become <paramref name="kept"/>, and the moved ones leave the count.</summary>
    public void KeepOnly(List<StreamMember> kept, int moved)
    {
        _latest.Clear();
        _latest.AddRange(kept);
        _next = 0;
        Count -= moved;
    }
}
