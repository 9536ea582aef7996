namespace Parallax.Clustering;

/// <summary>An open cluster of <see cref="SinglePassClustering"/>: its centroid, dated span and indexed terms.</summary>
internal sealed class OpenCluster
{
    private DateOnly? _earliest;

    // The sum of the member vectors by term id.
    private readonly SparseCentroid _centroid = new();
    private double _squares;

    /// <summary>The centroid's length, kept current so that scoring a candidate costs one sparse dot product.</summary>
    public double Norm { get; private set; }

    public DateOnly? Latest { get; private set; }

    public HashSet<int> IndexedTerms { get; } = [];

    public double Dot(ClusteringItem item) => _centroid.Dot(item.Ids, item.Weights);

    public void Add(ClusteringItem item, DateOnly? date)
    {
        Accumulate(item, 1);
        if (date is { } d)
        {
            Latest = Latest is null || d > Latest ? d : Latest;
            _earliest = _earliest is null || d < _earliest ? d : _earliest;
        }
    }

    /// <summary>
    /// Takes a member's vector back out of the centroid, when a split moves it to another cluster.
    /// The dated span and indexed terms stay: they only widen what the cluster may be compared with.
    /// </summary>
    public void Remove(ClusteringItem item) => Accumulate(item, -1);

    private void Accumulate(ClusteringItem item, int sign)
    {
        // |c ± v|^2 = |c|^2 ± 2 c.v + |v|^2, gathered while adding: no pass over the whole centroid.
        var cross = 0.0;
        var own = 0.0;
        for (var i = 0; i < item.Ids.Length; i++)
        {
            ref var weight = ref _centroid.WeightOf(item.Ids[i]);
            cross += weight * item.Weights[i];
            own += item.Weights[i] * item.Weights[i];
            weight += sign * item.Weights[i];
        }

        _squares = Math.Max(0, _squares + (sign * 2 * cross) + own);
        Norm = Math.Sqrt(_squares);
    }

    /// <summary>
    /// Whether a date lies within the window of the cluster's dated span. In publication order
    /// only the latest date can be too far; a late-arriving item is checked against its own
    /// date, so it may also fall before the earliest.
    /// </summary>
    public bool WithinWindow(DateOnly? date, int days)
    {
        if (date is not { } d || Latest is null || _earliest is null)
        {
            return true;
        }

        var distance = d < _earliest ? _earliest.Value.DayNumber - d.DayNumber : Math.Max(0, d.DayNumber - Latest.Value.DayNumber);
        return distance <= days;
    }
}
