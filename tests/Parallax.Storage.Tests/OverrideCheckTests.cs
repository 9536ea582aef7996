using Parallax.Clustering;

namespace Parallax.Storage.Tests;

/// <summary>Overrides checked against hand-made layouts: articles a..f in stories s-1..s-3.</summary>
public sealed class OverrideCheckTests
{
    private static StoryLayout Layout(params (string Article, string Story)[] places) =>
        new(places.ToDictionary(p => p.Article, p => (p.Story, (string?)("t-" + p.Story)), StringComparer.Ordinal));

    private static StoredOverride Merge(long id, string[] kept, string[] moved) =>
        new(new StoryOverride(id, StoryOverrideKind.Merge, kept, moved), "s-" + kept[0]);

    private static StoredOverride Split(long id, string[] kept, string[] moved) =>
        new(new StoryOverride(id, StoryOverrideKind.Split, kept, moved), "s-" + kept[0]);

    [Fact]
    public void Check_MergeTogether_Holds()
    {
        var state = Assert.Single(OverrideCheck.Check([Merge(1, ["a", "b"], ["c"])], Layout(("a", "s-1"), ("b", "s-1"), ("c", "s-1"))));

        Assert.Equal(OverrideStatus.Holds, state.Status);
        Assert.False(state.IsStale);
    }

    [Fact]
    public void Check_MergeWithAnArticleGone_PartlyMissingNamingIt()
    {
        var state = Assert.Single(OverrideCheck.Check([Merge(1, ["a", "b"], ["c", "d"])], Layout(("a", "s-1"), ("c", "s-1"), ("d", "s-1"))));

        Assert.Equal(OverrideStatus.PartlyMissing, state.Status);
        Assert.Equal(["b"], state.MissingArticleIds);
        Assert.Contains("b", state.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SplitWhoseMovedArticlesAreAllGone_Void()
    {
        var state = Assert.Single(OverrideCheck.Check([Split(1, ["a", "b"], ["c"])], Layout(("a", "s-1"), ("b", "s-1"))));

        Assert.Equal(OverrideStatus.Void, state.Status);
        Assert.True(state.IsStale);
    }

    [Fact]
    public void Check_SplitUndoneByALaterMerge_OverruledNamingTheLaterOne()
    {
        var states = OverrideCheck.Check(
            [Split(1, ["a", "b"], ["c"]), Merge(2, ["a", "b"], ["c"])],
            Layout(("a", "s-1"), ("b", "s-1"), ("c", "s-1")));

        Assert.Equal(OverrideStatus.Overruled, states[0].Status);
        Assert.Equal(2, states[0].OverruledBy);
        Assert.Contains("override 2", states[0].Warning, StringComparison.Ordinal);
        Assert.Contains("story overrides remove 1", states[0].Warning, StringComparison.Ordinal);
        Assert.Equal(OverrideStatus.Holds, states[1].Status);
    }

    [Fact]
    public void Check_MergeThenSplitOfOneOfItsArticles_BothHold()
    {
        var states = OverrideCheck.Check(
            [Merge(1, ["a", "b"], ["c", "d"]), Split(2, ["a", "c", "d"], ["b"])],
            Layout(("a", "s-1"), ("b", "s-2"), ("c", "s-1"), ("d", "s-1")));

        Assert.All(states, s => Assert.Equal(OverrideStatus.Holds, s.Status));
    }

    [Fact]
    public void Check_MergeWhoseArticlesWereSplitApartByTheClusterer_Overruled()
    {
        var state = Assert.Single(OverrideCheck.Check([Merge(1, ["a"], ["b"])], Layout(("a", "s-1"), ("b", "s-2"))));

        Assert.Equal(OverrideStatus.Overruled, state.Status);
        Assert.Null(state.OverruledBy);
    }
}
