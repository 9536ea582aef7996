using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;
using Parallax.Time;

namespace Parallax.Core.Tests.Briefing;

public class TimelineBuilderTests
{
    [Fact]
    public void Build_SameEventSameDateInTwoArticles_MergesAndSortsByDate()
    {
        var a = StoryTexts.Article("a", "The earthquake struck Veloria on Monday morning. Officials had warned of small tremors on Sunday.");
        a.AddTime("Monday", "2031-03-10");
        a.AddTime("Sunday", "2031-03-09");
        var b = StoryTexts.Article("b", "A strong earthquake struck Veloria on Monday, officials said. Rescuers will search for three days.");
        b.AddTime("Monday", "2031-03-10");
        b.AddTime("three days", "P3D", type: TimexType.Duration);

        var timeline = TimelineBuilder.Build(StoryTexts.Of(null, a, b));

        Assert.Equal(2, timeline.Count);
        Assert.Equal("2031-03-09", timeline[0].Date);
        Assert.Equal(["a"], timeline[0].ArticleIds);
        Assert.Equal("2031-03-10", timeline[1].Date);
        Assert.Equal(["a", "b"], timeline[1].ArticleIds);
        Assert.Equal("The earthquake struck Veloria on Monday morning.", timeline[1].Text);
    }

    [Fact]
    public void Build_SameDateUnrelatedSentences_StaySeparateEvents()
    {
        var a = StoryTexts.Article("a", "The earthquake struck Veloria in March 2031. Parliament approved a new budget in March 2031 after long talks.");
        a.AddTime("March 2031. Parl"[..10], "2031-03");
        a.Times.Add(new TimeExpression(new Text.Span(a.Text.LastIndexOf("March", StringComparison.Ordinal), 10), TimexType.Date, "2031-03"));

        var timeline = TimelineBuilder.Build(StoryTexts.Of(null, a));

        Assert.Equal(2, timeline.Count);
        Assert.All(timeline, t => Assert.Equal("2031-03", t.Date));
    }

    [Fact]
    public void Build_YearPrecedesItsMonthsAndDays()
    {
        var a = StoryTexts.Article("a", "The dam was finished on 4 May 2030. The town was founded in 1830. Repairs began in May 2030.");
        a.AddTime("4 May 2030", "2030-05-04");
        a.AddTime("1830", "1830");
        a.AddTime("May 2030.", "2030-05");
        a.Times[^1] = a.Times[^1] with { Span = new Text.Span(a.Text.LastIndexOf("May 2030", StringComparison.Ordinal), 8) };

        var dates = TimelineBuilder.Build(StoryTexts.Of(null, a)).Select(t => t.Date);

        Assert.Equal(["1830", "2030-05", "2030-05-04"], dates);
    }

    [Fact]
    public void Build_UnresolvedOrNonDateValues_AreIgnored()
    {
        var a = StoryTexts.Article("a", "The search continues this week and went on for hours on Friday.");
        a.AddTime("this week", "2031-W11");
        a.AddTime("Friday", null!);

        Assert.Empty(TimelineBuilder.Build(StoryTexts.Of(null, a)));
    }

    [Fact]
    public void Build_ClockTimeWithADay_IsPlacedOnThatDay()
    {
        var a = StoryTexts.Article("a", "The aftershock hit Veloria at 10 p.m. Wednesday, officials said.");
        a.AddTime("10 p.m. Wednesday", "2031-03-12T22:00", type: TimexType.Time);

        var entry = Assert.Single(TimelineBuilder.Build(StoryTexts.Of(null, a)));

        Assert.Equal("2031-03-12", entry.Date);
    }

    [Fact]
    public void Build_ClockTimeWithoutADay_IsNotAnEvent()
    {
        var a = StoryTexts.Article("a", "The aftershock hit Veloria at 10 p.m., officials said.");
        a.AddTime("10 p.m.", "T22:00", type: TimexType.Time);

        Assert.Empty(TimelineBuilder.Build(StoryTexts.Of(null, a)));
    }
}
