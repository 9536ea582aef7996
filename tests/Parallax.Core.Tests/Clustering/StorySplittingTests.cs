using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class StorySplittingTests
{
    private static TermVector Unit(params (string Term, double Weight)[] weights) => UnitVectors.Of(weights);

    // Reports of a title defence: the champion and the kind's words are shared by both fights,
    // the opponent and the arena by one fight's reports only. Each report adds a word of its own.
    private static TermVector Report(string opponent, string arena, int n) =>
        Unit(("champion", 2), ("title", 1), ("round", 1), (opponent, 2), (arena, 1), ("word" + n, 1));

    [Fact]
    public void Split_StoryHoldingTwoEventsOfOneKind_SeparatesThem()
    {
        TermVector[] vectors = [.. Enumerable.Range(0, 5).Select(n => Report("opponent-a", "arena-a", n)), .. Enumerable.Range(5, 5).Select(n => Report("opponent-b", "arena-b", n))];

        var split = StorySplitting.Split(vectors, new int[10], 0.65, 4);

        Assert.All(split[..5], s => Assert.Equal(split[0], s));
        Assert.All(split[5..], s => Assert.Equal(split[5], s));
        Assert.NotEqual(split[0], split[5]);
    }

    [Fact]
    public void Split_HalfHoldingTheEarliestArticle_KeepsTheStoryIndex()
    {
        TermVector[] vectors = [.. Enumerable.Range(0, 5).Select(n => Report("opponent-b", "arena-b", n)), .. Enumerable.Range(5, 5).Select(n => Report("opponent-a", "arena-a", n))];

        var split = StorySplitting.Split(vectors, [.. Enumerable.Repeat(7, 10)], 0.65, 4);

        Assert.Equal(7, split[0]);
        Assert.Equal(8, split[9]);
    }

    [Fact]
    public void Split_OneEventWordedDifferently_StaysWhole()
    {
        // Every report names the same opponent and arena; only their own words differ.
        TermVector[] vectors = [.. Enumerable.Range(0, 10).Select(n => Report("opponent-a", "arena-a", n))];

        var split = StorySplitting.Split(vectors, new int[10], 0.65, 4);

        Assert.All(split, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Split_HalfSmallerThanMinimum_StaysWhole()
    {
        // Three reports of another fight: too few to be told from a handful of odd reports.
        TermVector[] vectors = [.. Enumerable.Range(0, 7).Select(n => Report("opponent-a", "arena-a", n)), .. Enumerable.Range(7, 3).Select(n => Report("opponent-b", "arena-b", n))];

        var split = StorySplitting.Split(vectors, new int[10], 0.65, 4);

        Assert.All(split, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Split_StoryBeyondTheMemberBound_StaysWhole()
    {
        // Two clearly separate events, but more articles than a bisection holds cosines for.
        TermVector[] vectors = [.. Enumerable.Range(0, 600).Select(n => Report("opponent-a", "arena-a", n)), .. Enumerable.Range(600, 600).Select(n => Report("opponent-b", "arena-b", n))];

        var split = StorySplitting.Split(vectors, new int[1200], 0.65, 4);

        Assert.All(split, s => Assert.Equal(0, s));
    }

    [Fact]
    public void Separation_HalvesAsAlikeAsTheirMembers_IsOne()
    {
        TermVector[] vectors = [Unit(("a", 1)), Unit(("a", 1)), Unit(("a", 1)), Unit(("a", 1))];

        Assert.Equal(1.0, StorySplitting.Separation(StoryCosines.Of(vectors, [0, 1, 2, 3]), [0, 1], [2, 3]), 6);
    }

    [Fact]
    public void Separation_HalvesSharingNothing_IsZero()
    {
        TermVector[] vectors = [Unit(("a", 1)), Unit(("a", 1)), Unit(("b", 1)), Unit(("b", 1))];

        Assert.Equal(0.0, StorySplitting.Separation(StoryCosines.Of(vectors, [0, 1, 2, 3]), [0, 1], [2, 3]), 6);
    }
}
