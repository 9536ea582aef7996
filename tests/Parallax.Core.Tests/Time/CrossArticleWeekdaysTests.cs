using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class CrossArticleWeekdaysTests
{
    private const string Dated = "The old stone bridge over the Varna river collapsed on 26 July 2021, killing four people.";

    [Fact]
    public void Anchor_UndatedWeekdayOfAnEventDatedElsewhere_TakesThatDate()
    {
        var dated = Analyze(Dated, new DateOnly(2021, 7, 28), "dated");
        var undated = Analyze("The old stone bridge over the Varna river collapsed on Monday, officials said.", null, "undated");

        Assert.Equal(new DateOnly(2021, 7, 26), Assert.Single(CrossArticleWeekdays.Anchor([dated, undated])).Date);
        Assert.Equal("2021-07-26", Assert.Single(undated.Times, t => t.Span.Of(undated.Text) == "Monday").Value);
    }

    [Theory]
    [InlineData("The old stone bridge over the Varna river collapsed on Tuesday, officials said.")]
    [InlineData("The city council approved its budget on Monday after a long debate.")]
    public void Anchor_OtherWeekdayOrOtherEvent_StaysUnresolved(string text)
    {
        var dated = Analyze(Dated, new DateOnly(2021, 7, 28), "dated");
        var undated = Analyze(text, null, "undated");

        Assert.Empty(CrossArticleWeekdays.Anchor([dated, undated]));
        Assert.All(undated.Times, t => Assert.Null(t.Value));
    }

    [Fact]
    public void Anchor_TwoArticlesGivingDifferentMondays_LeavesTheWeekdayOpen()
    {
        var first = Analyze(Dated, new DateOnly(2021, 7, 28), "first");
        var second = Analyze("The old stone bridge over the Varna river collapsed on 2 August 2021, killing four people.", new DateOnly(2021, 8, 3), "second");
        var undated = Analyze("The old stone bridge over the Varna river collapsed on Monday, officials said.", null, "undated");

        Assert.Empty(CrossArticleWeekdays.Anchor([first, second, undated]));
    }
}
