using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public sealed class StoryOverridesTests
{
    // Publication order a1..a6; the clusterer found {a1,a2,a3} and {a4,a5,a6}, in two topics.
    private static readonly string[] Order = ["a1", "a2", "a3", "a4", "a5", "a6"];

    private static readonly StoryCluster[] Clustered =
    [
        new("s-a1", ["a1", "a2", "a3"]) { TopicId = "t-a1" },
        new("s-a4", ["a4", "a5", "a6"]) { TopicId = "t-a4" },
    ];

    private static StoryOverride Merge(long sequence, string[] kept, string[] moved) => new(sequence, StoryOverrideKind.Merge, kept, moved);

    private static StoryOverride Split(long sequence, string[] kept, string[] moved) => new(sequence, StoryOverrideKind.Split, kept, moved);

    private static string[] Layout(IEnumerable<StoryCluster> stories) =>
        [.. stories.Select(s => $"{s.Id}/{s.TopicId}: {string.Join(",", s.ArticleIds)}")];

    [Fact]
    public void Apply_NoOverrides_ReturnsTheClusteringUnchanged()
    {
        Assert.Same(Clustered, StoryOverrides.Apply(Clustered, [], Order));
    }

    [Fact]
    public void Apply_Merge_MovesTheArticlesIntoTheFirstStoryWhichKeepsItsIdAndTopic()
    {
        var stories = StoryOverrides.Apply(Clustered, [Merge(1, ["a4", "a5", "a6"], ["a1", "a2", "a3"])], Order);

        var merged = Assert.Single(stories);
        Assert.Equal("s-a4", merged.Id);
        Assert.Equal("t-a4", merged.TopicId);
        Assert.Equal(Order, merged.ArticleIds);
    }

    [Fact]
    public void Apply_Split_NewStoryNamedAfterItsFirstArticleInTheSameTopic()
    {
        var stories = StoryOverrides.Apply(Clustered, [Split(1, ["a4", "a6"], ["a5"])], Order);

        Assert.Equal(["s-a1", "s-a4", "s-a5"], stories.Select(s => s.Id));
        Assert.Equal(["a4", "a6"], stories[1].ArticleIds);
        Assert.Equal(["a5"], stories[2].ArticleIds);
        Assert.Equal("t-a4", stories[2].TopicId);
    }

    [Fact]
    public void Apply_SplitOffTheFounder_RemainderRenamedAfterItsOwnFirstArticle()
    {
        var stories = StoryOverrides.Apply(Clustered, [Split(1, ["a2", "a3"], ["a1"])], Order);

        Assert.Equal(["s-a1", "s-a2", "s-a4"], stories.Select(s => s.Id));
        Assert.Equal(["a1"], stories[0].ArticleIds);
        Assert.Equal(["a2", "a3"], stories[1].ArticleIds);
        Assert.Equal(stories.Count, stories.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Apply_MergeThenSplit_LaterDecisionWins()
    {
        StoryOverride[] overrides = [Merge(1, ["a1", "a2", "a3"], ["a4", "a5", "a6"]), Split(2, ["a1", "a2", "a3", "a4", "a6"], ["a5"])];

        var stories = StoryOverrides.Apply(Clustered, overrides, Order);

        Assert.Equal(2, stories.Count);
        Assert.Equal(["a1", "a2", "a3", "a4", "a6"], stories[0].ArticleIds);
        Assert.Equal(["a5"], stories[1].ArticleIds);
    }

    [Fact]
    public void Apply_SplitAlreadyApart_ChangesNothing()
    {
        var stories = StoryOverrides.Apply(Clustered, [Split(1, ["a1", "a2"], ["a4"])], Order);

        Assert.Equal(Layout(Clustered), Layout(stories));
    }

    [Fact]
    public void Apply_OverrideNamingMissingArticles_AppliesWhatRemains()
    {
        var stories = StoryOverrides.Apply(Clustered, [Merge(1, ["gone", "a1"], ["a5", "also-gone"])], Order);

        Assert.Equal(["a1", "a2", "a3", "a5"], stories[0].ArticleIds);
        Assert.Equal(["a4", "a6"], stories[1].ArticleIds);
    }

    [Fact]
    public void Apply_MergeWhoseKeptArticlesAreAllGone_IsSkipped()
    {
        var stories = StoryOverrides.Apply(Clustered, [Merge(1, ["gone"], ["a5"])], Order);

        Assert.Equal(Layout(Clustered), Layout(stories));
    }
}
