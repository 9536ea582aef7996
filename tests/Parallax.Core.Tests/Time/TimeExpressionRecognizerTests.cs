using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class TimeExpressionRecognizerTests
{
    [Theory]
    [InlineData("The minister will meet the delegation on Monday.", "Monday", "2021-07-26")]
    [InlineData("The council is expected to vote on Monday.", "Monday", "2021-07-26")]
    [InlineData("The mayor plans to open the bridge on Wednesday.", "Wednesday", "2021-07-28")]
    [InlineData("The committee met on Tuesday to discuss the budget.", "Tuesday", "2021-07-20")]
    [InlineData("Protesters gathered outside the court on Monday.", "Monday", "2021-07-19")]
    [InlineData("The storm reached the coast on Friday, officials said.", "Friday", "2021-07-23")]
    public void Recognize_WeekdayWithTense_ResolvesInTheRightDirection(string text, string phrase, string expected)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal(TimexType.Date, time.Type);
        Assert.Equal(expected, time.Value);
    }

    [Fact]
    public void Recognize_NextAndLastWeekday_IgnoreTense()
    {
        const string text = "The envoy arrived last Tuesday and the talks resume next Monday.";
        Assert.Equal("2021-07-20", Single(text, "last Tuesday", Friday).Value);
        Assert.Equal("2021-07-26", Single(text, "next Monday", Friday).Value);
    }

    [Fact]
    public void Recognize_NextWeekdaySameAsPublication_MeansTheFollowingWeek()
    {
        Assert.Equal("2021-07-30", Single("The vote is next Friday.", "next Friday", Friday).Value);
    }

    [Fact]
    public void Recognize_BareWeekdayWithoutTense_TakesNearest()
    {
        Assert.Equal("2021-07-24", Single("Saturday: parade through the old town", "Saturday", Friday).Value);
        Assert.Equal("2021-07-21", Single("Wednesday: markets and weather", "Wednesday", Friday).Value);
    }

    [Theory]
    [InlineData("yesterday", "2021-07-22")]
    [InlineData("today", "2021-07-23")]
    [InlineData("tomorrow", "2021-07-24")]
    public void Recognize_RelativeDays_ShiftFromPublication(string word, string expected)
    {
        var text = $"The harbour authority said {word} that the port is open.";
        Assert.Equal(expected, Single(text, word, Friday).Value);
    }

    [Fact]
    public void Recognize_Tonight_IsTimeOfPublicationDay()
    {
        var time = Single("The band plays tonight in the square.", "tonight", Friday);
        Assert.Equal(TimexType.Time, time.Type);
        Assert.Equal("2021-07-23TNI", time.Value);
    }

    [Fact]
    public void Recognize_TodayInsideATitle_IsNotADay()
    {
        Assert.Empty(Times("The story ran in Riverside Today magazine.", Friday));
    }

    [Theory]
    [InlineData("by the end of this year", "the end of this year", "2021")]
    [InlineData("by the end of 2022", "the end of 2022", "2022")]
    [InlineData("before the end of the year", "the end of the year", "2021")]
    public void Recognize_EndOfPeriod_CarriesEndModifier(string sentencePart, string phrase, string expected)
    {
        var time = Single($"The garrison will leave {sentencePart}.", phrase, Friday);
        Assert.Equal(expected, time.Value);
        Assert.Equal("END", time.Modifier);
    }

    [Fact]
    public void Recognize_EarlyNextMonth_IsNextMonthWithStart()
    {
        var time = Single("The results are due early next month.", "early next month", Friday);
        Assert.Equal("2021-08", time.Value);
        Assert.Equal("START", time.Modifier);
    }

    [Theory]
    [InlineData("The museum will reopen later this year.", "later this year", "2021")]
    [InlineData("The museum closed earlier this year.", "earlier this year", "2021")]
    [InlineData("Prices rose this week.", "this week", "2021-W29")]
    [InlineData("Prices rose last week.", "last week", "2021-W28")]
    [InlineData("Prices may rise next week.", "next week", "2021-W30")]
    [InlineData("Sales fell last month.", "last month", "2021-06")]
    [InlineData("Sales may recover next year.", "next year", "2022")]
    [InlineData("The festival returns this summer.", "this summer", "2021-SU")]
    [InlineData("Profits grew in the third quarter.", "the third quarter", "2021-Q3")]
    [InlineData("The factory opened two years ago.", "two years ago", "2019")]
    public void Recognize_RelativePeriods_NormalizeAgainstPublication(string text, string phrase, string expected)
    {
        Assert.Equal(expected, Single(text, phrase, Friday).Value);
    }

    [Theory]
    [InlineData("The ferry sank on July 26.", "July 26", "2021-07-26")]
    [InlineData("The summit opens on 26 July.", "26 July", "2021-07-26")]
    [InlineData("The treaty was signed on July 24, 2019.", "July 24, 2019", "2019-07-24")]
    [InlineData("The treaty was signed on 26 July 2018.", "26 July 2018", "2018-07-26")]
    [InlineData("Filed 2021-07-24 by the clerk.", "2021-07-24", "2021-07-24")]
    [InlineData("The ceasefire began in November 2020.", "November 2020", "2020-11")]
    [InlineData("The dam was built in the 1990s.", "the 1990s", "199")]
    public void Recognize_ExplicitDates_Resolve(string text, string phrase, string expected)
    {
        Assert.Equal(expected, Single(text, phrase, Friday).Value);
    }

    [Fact]
    public void Recognize_DayWithoutYearNearYearEnd_ChoosesTheNearestYear()
    {
        var newYear = new DateOnly(2022, 1, 4);
        Assert.Equal("2021-12-30", Single("The rebels attacked on December 30.", "December 30", newYear).Value);
        Assert.Equal("2022-01-10", Single("The court will rule on January 10.", "January 10", new DateOnly(2021, 12, 28)).Value);
    }

    [Fact]
    public void Recognize_MonthInPastTense_IsMostRecentNotAfterPublication()
    {
        Assert.Equal("2021-04", Single("In April, the two cities agreed on a truce.", "April", Friday).Value);
        Assert.Equal("2020-09", Single("In September, the port was closed.", "September", Friday).Value);
    }

    [Fact]
    public void Recognize_MonthInFutureTense_IsNextOccurrence()
    {
        Assert.Equal("2021-09", Single("The school will reopen in September.", "September", Friday).Value);
        Assert.Equal("2022-04", Single("The school will reopen in April.", "April", Friday).Value);
    }

    [Fact]
    public void Recognize_MonthRightAfterPublicationInPastFrame_IsTheComingOne()
    {
        Assert.Equal("2021-08", Single("The agency gave the firm until mid-August to reply.", "mid-August", Friday).Value);
        Assert.Equal("2021-08", Single("The regulator said it delayed the ruling to August.", "August", Friday).Value);
    }

    [Fact]
    public void Recognize_MonthAfterByOrUntil_IsADeadlineAhead()
    {
        Assert.Equal("2021-10", Single("The talks, which stalled, were supposed to end by October.", "October", Friday).Value);
        Assert.Equal("2021-05", Single("In May, the two cities agreed on a truce.", "May", Friday).Value);
    }

    [Theory]
    [InlineData("Earnings will be lower for the last half of 2021.", "the last half of 2021", "2021-H2")]
    [InlineData("Output should rise in the first half of next year.", "the first half of next year", "2022-H1")]
    [InlineData("The company reported first-half profit of $3 million.", "first-half", "2021-H1")]
    public void Recognize_HalfYears_AreTimeMlHalves(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, Friday).Value);
    }

    [Fact]
    public void Recognize_FirstHalfOfAMatch_IsNotAPeriod()
    {
        Assert.DoesNotContain(Times("The striker scored in the first half and left injured.", Friday), t => t.Value is { } v && v.Contains("-H", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The bonds convert at a premium over Thursday's closing price, which will be announced.", "Thursday", "2021-07-22")]
    [InlineData("The team planned to leave the capital on Monday.", "Monday", "2021-07-26")]
    [InlineData("The firm has scheduled a news conference Tuesday.", "Tuesday", "2021-07-27")]
    [InlineData("The relatives could arrive as soon as Wednesday.", "Wednesday", "2021-07-28")]
    [InlineData("The peace process, set to resume Monday in Belfast, faces a boycott.", "Monday", "2021-07-26")]
    public void Recognize_WeekdayCues_PickTheDirection(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, Friday).Value);
    }

    [Fact]
    public void Recognize_QuarterJustEndedInFutureClause_IsThisYears()
    {
        var october = new DateOnly(2021, 10, 30);
        Assert.Equal("2021-Q3", Single("The company said its third-quarter earnings will be low.", "third-quarter", october).Value);
        Assert.Equal("2022-Q1", Single("The company will expand in the first quarter.", "the first quarter", october).Value);
    }

    [Fact]
    public void Recognize_AsSoonAs_IsNotATimex()
    {
        Assert.DoesNotContain(Times("Reply as soon as you can.", Friday), t => t.Value == "FUTURE_REF");
    }

    [Fact]
    public void Recognize_MonthFollowedByName_IsNotADate()
    {
        Assert.Empty(Times("Reporter April Stone asked the question.", Friday));
    }

    [Fact]
    public void Recognize_ModalMay_IsNotAMonth()
    {
        Assert.Empty(Times("The river may flood the valley.", Friday));
    }

    [Fact]
    public void Recognize_Years_ResolveEvenWithoutPublication()
    {
        const string text = "The mine closed in 2011 and reopened in 2014.";
        var times = Times(text, null);
        Assert.Equal(["2011", "2014"], times.Select(t => t.Value));
    }

    [Fact]
    public void Recognize_FourDigitCount_IsNotAYear()
    {
        Assert.Empty(Times("The army sent 2000 troops to the border.", Friday));
    }

    [Theory]
    [InlineData("the 18 year campaign", "18 year", "P18Y")]
    [InlineData("the 18-year campaign", "18-year", "P18Y")]
    [InlineData("a campaign of three months", "three months", "P3M")]
    public void Recognize_Durations_UseTimeMlPeriods(string text, string phrase, string expected)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal(TimexType.Duration, time.Type);
        Assert.Equal(expected, time.Value);
    }

    [Fact]
    public void Recognize_ApproximateDuration_CarriesModifier()
    {
        var time = Single("Less than three months remain before the vote.", "Less than three months", Friday);
        Assert.Equal("P3M", time.Value);
        Assert.Equal("LESS_THAN", time.Modifier);
    }

    [Theory]
    [InlineData("now")]
    [InlineData("currently")]
    public void Recognize_PresentWords_ArePresentRef(string word)
    {
        Assert.Equal("PRESENT_REF", Single($"The bridge is {word} closed.", word, Friday).Value);
    }

    [Fact]
    public void Recognize_ClockNextToDate_IsOneTimeWithThatDate()
    {
        // TimeML annotates a clock time and the day written beside it as one TIMEX3.
        const string text = "Posted 07:12 AM, July 24, 2021";
        var time = Single(text, "07:12 AM, July 24, 2021", null);
        Assert.Equal(TimexType.Time, time.Type);
        Assert.Equal("2021-07-24T07:12", time.Value);
    }

    [Fact]
    public void Recognize_PmClock_UsesPublicationDay()
    {
        Assert.Equal("2021-07-23T17:30", Single("The polls close at 5:30 p.m. local time.", "5:30 p.m.", Friday).Value);
    }

    [Fact]
    public void Recognize_RelativeExpressionsWithoutPublication_HaveNullValue()
    {
        const string text = "The minister will travel on Monday and returned yesterday.";
        var times = Times(text, null);
        Assert.Equal(2, times.Count);
        Assert.All(times, t => Assert.Null(t.Value));
    }

    [Fact]
    public void Recognize_ExpressionsComeInTextOrderWithoutOverlap()
    {
        const string text = "On July 24, 2021 the ministers met, and they will meet again next Monday.";
        var times = Times(text, Friday);
        Assert.Equal(["July 24, 2021", "next Monday"], times.Select(t => t.Span.Of(text)));
    }
}
