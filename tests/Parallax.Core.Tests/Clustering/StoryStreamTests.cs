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

    private static readonly DateOnly FightNight = new(2026, 3, 14);

    // Reports of a title defence, as in StorySplittingTests: the champion and the kind's words are
    // shared by both fights, the opponent and the arena by one fight's reports only, and each
    // report adds a word of its own.
    private static StreamedArticle Report(bool second, int n)
    {
        var (opponent, arena, city) = second ? ("Valdivia", "Kalev", "Tallinn") : ("Okonkwo", "Gabba", "Brisbane");
        return new("r" + n, FightNight, "Champion defends title",
            $"The champion retained the heavyweight title against {opponent} at the {arena} arena in {city}. " +
            $"The champion said the title fight against {opponent} in {city} was hard. Witness{n} praised the champion.");
    }

    [Fact]
    public void Add_TwoEventsOfOneKindInterleaved_SplitsTheStoryAndReportsTheMovedArticles()
    {
        var stream = new StoryStream();
        var placements = Enumerable.Range(0, 8)
            .Select(n => stream.Add(Report(n % 2 == 1, n)))
            .ToList();

        var split = placements[^1].Split;

        Assert.All(placements[..7], p => Assert.Equal("s-r0", p.StoryId));
        Assert.NotNull(split);
        Assert.Equal(["r1", "r3", "r5"], split.MovedArticles);
        Assert.Equal("s-r1", split.StoryId);
        Assert.Equal("s-r1", placements[^1].StoryId);
        Assert.Equal(2, stream.State.OpenStories);
    }

    [Fact]
    public void Add_AfterASplit_LaterReportsJoinTheirOwnEvent()
    {
        var stream = new StoryStream();
        for (var n = 0; n < 8; n++)
        {
            stream.Add(Report(n % 2 == 1, n));
        }

        Assert.Equal("s-r0", stream.Add(Report(false, 8)).StoryId);
        Assert.Equal("s-r1", stream.Add(Report(true, 9)).StoryId);
    }

    [Fact]
    public void Add_OneEventWordedDifferently_IsNeverSplit()
    {
        var stream = new StoryStream();

        var placements = Enumerable.Range(0, 32).Select(n => stream.Add(Report(false, n))).ToList();

        Assert.All(placements, p => Assert.Null(p.Split));
        Assert.All(placements, p => Assert.Equal("s-r0", p.StoryId));
    }

    [Fact]
    public void Add_StoryRetired_DropsItsMemberVectors()
    {
        var stream = new StoryStream();
        for (var n = 0; n < 5; n++)
        {
            stream.Add(Report(false, n));
        }

        var held = stream.State.HeldMembers;
        stream.Add(TestArticles.Analyze("later", "Harbor reopens", TestCoverage.HarborText, FightNight.AddDays(11)));

        Assert.Equal(5, held);
        Assert.Equal(1, stream.State.HeldMembers);
    }

    [Fact]
    public void Add_StoryContinuingPastTheHorizon_HoldsOnlyMembersInsideIt()
    {
        var stream = new StoryStream();
        stream.Add(Report(false, 0));

        // Eleven days later (past the 7-day window and 3 days of lateness) the story goes on:
        // each report is within the window of the one before, so the story stays open.
        for (var day = 1; day <= 11; day++)
        {
            stream.Add(Report(false, day) with { Published = FightNight.AddDays(day) });
        }

        Assert.Equal(1, stream.State.OpenStories);
        Assert.Equal(11, stream.State.HeldMembers);
    }

    [Fact]
    public void Add_SplittingTurnedOff_HoldsNoMemberVectors()
    {
        var stream = new StoryStream(new StoryStreamOptions { Stories = new StoryClustererOptions { SplitThreshold = 0 } });

        var placements = Enumerable.Range(0, 8)
            .Select(n => stream.Add(Report(n % 2 == 1, n)))
            .ToList();

        Assert.All(placements, p => Assert.Null(p.Split));
        Assert.Equal(0, stream.State.HeldMembers);
    }
}
