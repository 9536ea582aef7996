namespace Parallax.Clustering;

/// <summary>
/// What <see cref="SinglePassClustering"/> places: a sparse vector over interned term ids (ids and
/// weights in step) and the ids of its heaviest terms, which find candidate clusters and index the
/// cluster it joins. Integer ids keep hashing cheap and leave the long-lived centroids free of
/// string references the garbage collector would have to trace.
/// </summary>
internal readonly record struct ClusteringItem(int[] Ids, double[] Weights, int[] Retrieval)
{
    public double Norm()
    {
        var squares = 0.0;
        foreach (var weight in Weights)
        {
            squares += weight * weight;
        }

        return Math.Sqrt(squares);
    }
}
