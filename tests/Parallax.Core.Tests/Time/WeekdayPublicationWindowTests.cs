using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class WeekdayPublicationWindowTests
{
    /// <summary>26 July 2021 is a Monday.</summary>
    private const string Dated = "The old stone bridge over the Varna river collapsed on 26 July 2021, killing four people.";

    private static WeekdayEstimate? Infer(string undatedText)
    {
        var dated = Analyze(Dated, new DateOnly(2021, 7, 28), "dated");
        var undated = Analyze(undatedText, null, "undated");
        return WeekdayPublicationWindow.Infer(undated, CrossArticleWeekdays.Anchor([dated, undated]));
    }

    [Fact]
    public void Infer_PastWeekday_EstimatesTheEventDay() =>
        Assert.Equal(new WeekdayEstimate(new DateOnly(2021, 7, 26), Exact: false), Infer("The old stone bridge over the Varna river collapsed on Monday, officials said."));

    [Fact]
    public void Infer_FutureWeekday_EstimatesTheDayBefore() =>
        Assert.Equal(new WeekdayEstimate(new DateOnly(2021, 7, 25), Exact: false), Infer("The old stone bridge over the Varna river will be inspected by experts on Monday, officials said."));

    [Fact]
    public void Infer_PastWeekdayAndYesterdayMonday_PicksTheTuesdayInTheWindow() =>
        Assert.Equal(
            new WeekdayEstimate(new DateOnly(2021, 7, 27), Exact: true),
            Infer("Yesterday, Monday, the old stone bridge over the Varna river collapsed on Monday, officials said."));

    [Fact]
    public void Infer_TomorrowSunday_PicksTheSaturdayAfterTheEvent() =>
        // A past Monday event allows 26 July to 1 August; "tomorrow, Sunday" names the Saturday in it.
        Assert.Equal(new WeekdayEstimate(new DateOnly(2021, 7, 31), Exact: true), Infer("Tomorrow, Sunday, the old stone bridge over the Varna river collapsed on Monday, officials said."));

    [Fact]
    public void Infer_NothingAnchored_IsNull() =>
        Assert.Null(Infer("The city council approved its budget on Monday after a long debate."));
}
