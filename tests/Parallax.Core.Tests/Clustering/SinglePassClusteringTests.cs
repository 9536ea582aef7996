using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class SinglePassClusteringTests
{
    private static readonly DateOnly Day1 = new(2031, 3, 1);

    [Fact]
    public void Retire_ClusterOlderThanHorizon_LeavesTheIndex()
    {
        var clustering = new SinglePassClustering(0.5, 5, windowDays: 30);
        clustering.Add(Vector(("alpha", 1)), Day1);
        clustering.Add(Vector(("beta", 1)), Day1.AddDays(4));

        var retired = clustering.Retire(Day1.AddDays(2));
        var again = clustering.Add(Vector(("alpha", 1)), Day1.AddDays(5));

        Assert.Equal([0], retired);
        Assert.Equal(2, again);
        Assert.Equal(2, clustering.OpenClusters);
    }

    [Fact]
    public void Retire_ClusterThatGrewAfterFounding_StaysOpen()
    {
        var clustering = new SinglePassClustering(0.5, 5, windowDays: 30);
        clustering.Add(Vector(("alpha", 1)), Day1);
        clustering.Add(Vector(("alpha", 1)), Day1.AddDays(4));

        Assert.Empty(clustering.Retire(Day1.AddDays(2)));
        Assert.Equal(0, clustering.Add(Vector(("alpha", 1)), Day1.AddDays(5)));
    }

    [Fact]
    public void Add_PostingBound_KeepsOnlyTheMostRecentClustersOfABusyTerm()
    {
        var clustering = new SinglePassClustering(0.9, 2, limits: new CandidateIndexLimits(MaxPostingsPerTerm: 2, MaxCandidates: 10));
        foreach (var own in new[] { "a", "b", "c" })
        {
            clustering.Add(Vector(("shared", 1), (own, 5)));
        }

        // "shared" keeps clusters 1 and 2; "a", "b", "c" one each.
        Assert.Equal(5, clustering.Postings);
        Assert.Equal(0, clustering.Add(Vector(("shared", 1), ("a", 5))));
    }

    [Fact]
    public void Add_LateItemBeforeClusterStart_IsCheckedAgainstItsOwnDate()
    {
        var clustering = new SinglePassClustering(0.5, 5, windowDays: 3);
        clustering.Add(Vector(("alpha", 1)), Day1.AddDays(10));

        Assert.Equal(0, clustering.Add(Vector(("alpha", 1)), Day1.AddDays(8)));
        Assert.Equal(1, clustering.Add(Vector(("alpha", 1)), Day1.AddDays(2)));
    }

    private static TermVector Vector(params (string Term, double Weight)[] weights)
    {
        var vector = new TermVector();
        foreach (var (term, weight) in weights)
        {
            vector.Add(term, weight);
        }

        return vector.Normalized();
    }
}
