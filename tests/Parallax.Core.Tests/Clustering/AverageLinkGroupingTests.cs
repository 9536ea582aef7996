using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class AverageLinkGroupingTests
{
    private static (TermVector Sum, int Count) Group(params (string Term, double Weight)[][] members)
    {
        var sum = new TermVector();
        foreach (var member in members)
        {
            var vector = new TermVector();
            foreach (var (term, weight) in member)
            {
                vector.Add(term, weight);
            }

            sum.AddScaled(vector.Normalized(), 1);
        }

        return (sum, members.Length);
    }

    [Fact]
    public void Group_SimilarGroups_MergeUnderTheEarliest()
    {
        var heads = AverageLinkGrouping.Group(
            [Group([("quake", 1), ("veloria", 1)]), Group([("storm", 1)]), Group([("quake", 1), ("rubble", 1)])],
            threshold: 0.3,
            retrievalTerms: 10);

        Assert.Equal([0, 1, 0], heads);
    }

    [Fact]
    public void Group_OneCloseMemberAmongUnrelatedOnes_StaysApartUnderAverageLink()
    {
        // Group 0's first member equals group 1, but its other three members share nothing with it:
        // the mean cosine over member pairs is 1/4, below the threshold, although the best pair is 1.
        var mixed = Group([("quake", 1)], [("vote", 1)], [("vote", 1), ("ballot", 1)], [("ballot", 1)]);
        var heads = AverageLinkGrouping.Group([mixed, Group([("quake", 1)])], threshold: 0.3, retrievalTerms: 10);

        Assert.Equal([0, 1], heads);
    }

    [Fact]
    public void Group_NoSharedTerms_NeverCompared() =>
        Assert.Equal([0, 1], AverageLinkGrouping.Group([Group([("a", 1)]), Group([("b", 1)])], threshold: 0.0, retrievalTerms: 10));
}
