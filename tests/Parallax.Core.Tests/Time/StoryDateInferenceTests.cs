using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class StoryDateInferenceTests
{
    private static Dictionary<string, DateOnly> Infer(params ArticleAnalysis[] story) =>
        new StoryDateInference().InferMissing(story).ToDictionary(p => p.Key, p => p.Value.Date);

    [Fact]
    public void InferMissing_YesterdayMonday_PicksTuesdayNearestTheStory()
    {
        var dated = Analyze("The governors will meet on Monday in the capital.", new DateOnly(2021, 7, 24), "dated");
        var undated = Analyze("Yesterday, Monday, the governors met in the capital.", null, "undated");
        var result = Infer(dated, undated);
        Assert.Equal(new DateOnly(2021, 7, 27), result["undated"]);
        Assert.Equal(DayOfWeek.Tuesday, result["undated"].DayOfWeek);
        Assert.False(result.ContainsKey("dated"));
    }

    [Theory]
    [InlineData("Today, Friday, the market reopened.", DayOfWeek.Friday)]
    [InlineData("The market reopened on Friday (today).", DayOfWeek.Friday)]
    [InlineData("Tomorrow, Sunday, the market reopens.", DayOfWeek.Saturday)]
    public void InferMissing_WeekdaySelfReference_FixesWeekday(string text, DayOfWeek expected)
    {
        var dated = Analyze("The market was closed.", new DateOnly(2021, 7, 21), "dated");
        var result = Infer(dated, Analyze(text, null, "undated"));
        Assert.Equal(expected, result["undated"].DayOfWeek);
        Assert.True(Math.Abs(result["undated"].DayNumber - new DateOnly(2021, 7, 21).DayNumber) <= 3);
    }

    [Fact]
    public void InferMissing_WithoutSelfReference_LeavesArticleOut()
    {
        var dated = Analyze("The market was closed.", new DateOnly(2021, 7, 21), "dated");
        var undated = Analyze("The market reopened on Monday.", null, "undated");
        Assert.Empty(Infer(dated, undated));
    }

    [Fact]
    public void InferMissing_ConflictingSelfReferences_LeavesArticleOut()
    {
        var dated = Analyze("The market was closed.", new DateOnly(2021, 7, 21), "dated");
        var undated = Analyze("Yesterday, Monday, it rained. Today, Friday, it snowed.", null, "undated");
        Assert.Empty(Infer(dated, undated));
    }

    [Fact]
    public void InferMissing_OnlyMentionedDates_NeedTwoAgreeingAnchors()
    {
        var first = Analyze("The flood peaked on 20 July 2021 and receded on July 22, 2021.", null, "first");
        var undated = Analyze("Yesterday, Monday, the water returned.", null, "undated");
        Assert.Equal(new DateOnly(2021, 7, 20), Infer(first, undated)["undated"]);

        var lonely = Analyze("The dam was finished on 3 March 1998.", null, "lonely");
        Assert.False(Infer(lonely, undated).ContainsKey("undated"));
    }

    [Fact]
    public void InferMissing_BylineTimestamp_GivesPublicationDate()
    {
        var undated = Analyze("Staff reporter\n09:40 AM, March 3, 2022\nThe council met yesterday.", null, "byline");
        Assert.Equal(new DateOnly(2022, 3, 3), Infer(undated)["byline"]);
    }

    [Fact]
    public void InferMissing_NoAnchors_InfersNothing()
    {
        Assert.Empty(Infer(Analyze("Yesterday, Monday, the council met.", null, "alone")));
    }

    [Fact]
    public void InferMissing_EachMethod_RecordsItsSource()
    {
        var dated = Analyze("The governors will meet on Monday in the capital.", new DateOnly(2021, 7, 24), "dated");
        var selfReferenced = Analyze("Yesterday, Monday, the governors met in the capital.", null, "self");
        var stamped = Analyze("By Staff Writer\n07:12 AM, July 27, 2021\nThe governors met.", null, "stamped");

        var result = new StoryDateInference().InferMissing([dated, selfReferenced, stamped]);

        Assert.Equal(MetadataSource.SelfReference, result["self"].Source);
        Assert.Equal(MetadataSource.OpeningTimestamp, result["stamped"].Source);
    }
}
