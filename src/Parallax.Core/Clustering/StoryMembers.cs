namespace Parallax.Clustering;

/// <summary>A member of an open story as the stream placed it: its id, unit vector and window date.</summary>
internal readonly record struct StreamMember(string Id, ClusteringItem Item, DateOnly Date);

/// <summary>
/// The latest members of one open story, in arrival order, kept so that the stream can test the
/// story for a split (<see cref="StorySplitting.FindSplit"/>). At most <c>capacity</c> are held,
/// and none dated before the stream's retirement horizon: a long-running story's check looks at
/// its recent reports, and memory follows the articles inside the window, not the stories' length.
/// </summary>
internal sealed class StoryMembers(int capacity)
{
    // Oldest arrival first; at most capacity (≤ 64 by default), so dropping from the front is cheap.
    private readonly List<StreamMember> _latest = [];

    /// <summary>All the story's members, held or not (those moved out by a split no longer count).</summary>
    public int Count { get; private set; }

    public int Held => _latest.Count;

    public void Add(StreamMember member, DateOnly horizon)
    {
        Count++;
        _latest.Add(member);
        var drop = 0;
        while (drop < _latest.Count - 1 && (_latest.Count - drop > capacity || _latest[drop].Date < horizon))
        {
            drop++;
        }

        _latest.RemoveRange(0, drop);
    }

    /// <summary>The held members, oldest arrival first.</summary>
    public List<StreamMember> InArrivalOrder() => [.. _latest];

    /// <summary>After a split: the held members become <paramref name="kept"/>, and the moved ones leave the count.</summary>
    public void KeepOnly(List<StreamMember> kept, int moved)
    {
        _latest.Clear();
        _latest.AddRange(kept);
        Count -= moved;
    }
}
