using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class StoryStreamTests
{
    [Fact]
    public void Add_ParaphrasedReportOfSameEvent_JoinsTheFirstStory()
    {
        var stream = new StoryStream();

        var first = stream.Add(TestCoverage.Wire());
        var second = stream.Add(TestCoverage.Courier());

        Assert.True(first.FoundedStory);
        Assert.False(second.FoundedStory);
        Assert.Equal("s-wire1", second.StoryId);
    }

    [Fact]
    public void Add_SecondEarthquakeElsewhere_FoundsItsOwnStory()
    {
        var stream = new StoryStream();
        stream.Add(TestCoverage.Wire());
        stream.Add(TestCoverage.Courier());

        var other = stream.Add(TestCoverage.Harbor());

        Assert.True(other.FoundedStory);
        Assert.Equal("s-harbor1", other.StoryId);
    }

    [Fact]
    public void Add_StoryPastWindowAndLateness_IsRetiredAndGetsNoMoreArticles()
    {
        var stream = new StoryStream();
        stream.Add(TestCoverage.Wire());

        // 7 days of window + 3 of lateness have passed since the story's only article.
        stream.Add(TestArticles.Analyze("later", "Harbor reopens", TestCoverage.HarborText, TestCoverage.Monday.AddDays(11)));
        var late = stream.Add(TestCoverage.Courier());

        Assert.Equal(2, stream.State.OpenStories);
        Assert.True(late.FoundedStory);
        Assert.Equal("s-courier1", late.StoryId);
    }

    [Fact]
    public void Add_LateArrivalInsideLateness_IsPlacedByItsPublicationDate()
    {
        var stream = new StoryStream();
        stream.Add(TestCoverage.Wire());
        stream.Add(TestCoverage.Harbor("h1"));
        stream.Add(TestArticles.Analyze("h2", "Harbor reopens", TestCoverage.HarborText, TestCoverage.Monday.AddDays(9)));

        // Arrives after articles of day 9, but was published on the Monday of the Veloria quake.
        var late = stream.Add(TestCoverage.Courier());

        Assert.Equal("s-wire1", late.StoryId);
    }

    [Fact]
    public void Add_SameReportPublishedBeyondTheWindow_FoundsNewStory()
    {
        var stream = new StoryStream();
        stream.Add(TestCoverage.Wire());

        var muchLater = TestArticles.Analyze("c9", "Death toll rises", TestCoverage.CourierText, TestCoverage.Monday.AddDays(8));
        muchLater.AddEntity("Veloria", Parallax.Entities.EntityType.Location);

        Assert.True(stream.Add(muchLater).FoundedStory);
    }

    [Fact]
    public void Add_TrimmedSyndicatedCopy_PointsToTheOriginal()
    {
        var stream = new StoryStream();
        var original = stream.Add(TestCoverage.Wire());
        var independent = stream.Add(TestCoverage.Courier());

        var copy = stream.Add(TestCoverage.Syndicated());

        Assert.Null(original.DuplicateOf);
        Assert.Null(independent.DuplicateOf);
        Assert.Equal("wire1", copy.DuplicateOf);
    }

    [Fact]
    public void Add_CopyOfACopy_PointsToTheFirstOriginal()
    {
        var stream = new StoryStream();
        stream.Add(TestCoverage.Wire());
        stream.Add(TestArticles.Analyze("copy1", "Quake", TestCoverage.WireText, TestCoverage.Monday));

        var second = stream.Add(TestArticles.Analyze("copy2", "Quake again", TestCoverage.WireText, TestCoverage.Monday.AddDays(1)));

        Assert.Equal("wire1", second.DuplicateOf);
    }

    [Fact]
    public void Add_CopyAfterOriginalWasRetired_IsNotMatched()
    {
        var stream = new StoryStream();
        stream.Add(TestCoverage.Wire());
        stream.Add(TestCoverage.Harbor());

        var copy = stream.Add(TestArticles.Analyze("copy", "Quake", TestCoverage.WireText, TestCoverage.Monday.AddDays(12)));

        Assert.Null(copy.DuplicateOf);
        Assert.Equal(2, stream.State.IndexedCopies);
    }
}
