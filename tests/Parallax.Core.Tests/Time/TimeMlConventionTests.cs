using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

/// <summary>TimeML spans, types and values as TimeBank annotates them; publication is Friday 23 July 2021.</summary>
public class TimeMlConventionTests
{
    [Theory]
    [InlineData("Sales fell in the past three months.", "the past three months", "P3M")]
    [InlineData("Talks may go on over the next few days.", "the next few days", "PXD")]
    [InlineData("Prices rose in recent years.", "recent years", "PXY")]
    [InlineData("Output grew over the past two quarters.", "the past two quarters", "P2Q")]
    [InlineData("The index doubled in the past week.", "the past week", "P1W")]
    [InlineData("Prices fell by 2 1/2 years' worth of gains.", "2 1/2 years", "P2Y6M")]
    [InlineData("The flight lasted about 5 1/2 hours.", "about 5 1/2 hours", "PT5H30M")]
    [InlineData("The base will stay for at least 20 more years.", "at least 20 more years", "P20Y")]
    [InlineData("The company has been troubled for years.", "years", "PXY")]
    [InlineData("Troops could arrive within weeks.", "weeks", "PXW")]
    [InlineData("Rates may fall in coming months.", "coming months", "PXM")]
    [InlineData("The fund lost money in the first nine months.", "the first nine months", "P9M")]
    public void Recognize_SpanFromPublication_IsDurationWithItsDeterminer(string text, string phrase, string value)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal((TimexType.Duration, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("The index doubled in the past year.", "the past year", "2020")]
    [InlineData("Output will recover over the next year.", "the next year", "2022")]
    [InlineData("Profit rose from $2 million a year earlier.", "a year earlier", "2020")]
    [InlineData("The plant reopened three days later.", "three days later", "2021-07-26")]
    [InlineData("The deal closed a decade ago.", "a decade ago", "201")]
    public void Recognize_CountedPoint_IsDate(string text, string phrase, string value)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal((TimexType.Date, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("The lender posted a third-quarter loss.", "third-quarter", "2021-Q3")]
    [InlineData("Losses narrowed in the latest quarter.", "the latest quarter", "2021-Q2")]
    [InlineData("Sales grew in the year-ago quarter.", "the year-ago quarter", "2020-Q2")]
    [InlineData("Orders may recover in next year's first quarter.", "next year's first quarter", "2022-Q1")]
    [InlineData("Results for the 2019 second quarter were restated.", "the 2019 second quarter", "2019-Q2")]
    public void Recognize_Quarters_FollowTheReportingCalendar(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, Friday).Value);
    }

    [Fact]
    public void Recognize_YearAgoAfterAQuarter_IsThatQuarterAYearBack()
    {
        const string text = "Third-quarter profit rose to $5 million from $4 million a year ago.";
        Assert.Equal("2020-Q3", Single(text, "a year ago", Friday).Value);
    }

    [Theory]
    [InlineData("Shipments run daily.", "daily", "P1D")]
    [InlineData("The market opens each Thursday.", "each Thursday", "XXXX-WXX-4")]
    [InlineData("Orangemen march each July.", "each July", "XXXX-07")]
    [InlineData("The board meets every year.", "every year", "P1Y")]
    public void Recognize_Recurrences_AreSets(string text, string phrase, string value)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal((TimexType.Set, value), (time.Type, time.Value));
    }

    [Theory]
    [InlineData("The polls close at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2021-07-21T22:00")]
    [InlineData("The offer expires at noon Monday.", "noon Monday", "2021-07-26T12:00")]
    public void Recognize_ClockBesideADay_IsOneTime(string text, string phrase, string value)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal((TimexType.Time, value), (time.Type, time.Value));
    }

    [Fact]
    public void Recognize_WeekdayWithItsDate_IsOneDateWithTheWrittenValue()
    {
        Assert.Equal("2021-07-17", Single("The editorial ran on Saturday, July 17.", "Saturday, July 17", Friday).Value);
    }

    [Theory]
    [InlineData("The envoy said Thursday that the talks will resume.", "Thursday", "2021-07-22")]
    [InlineData("The company will report in January.", "January", "2022-01")]
    [InlineData("Rates rose in June last year.", "June last year", "2020-06")]
    [InlineData("The vote was held last April.", "last April", "2021-04")]
    public void Recognize_TenseAndRelativeYear_PickTheOccurrence(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, Friday).Value);
    }

    [Theory]
    [InlineData("Earnings for the year rose 5%.", "the year", "2021")]
    [InlineData("Officials met over the weekend.", "the weekend", "2021-W28-WE")]
    [InlineData("Sales fell in fiscal 2020.", "fiscal 2020", "2020")]
    [InlineData("Prices have risen recently.", "recently", "PAST_REF")]
    [InlineData("The current system is slow.", "current", "PRESENT_REF")]
    [InlineData("The rules change in the near future.", "the near future", "FUTURE_REF")]
    public void Recognize_ReferencePeriods_UseTimeMlValues(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, Friday).Value);
    }

    [Theory]
    [InlineData("The chairman, 52 years old, resigned.")]
    [InlineData("The airline runs four flights a week.")]
    [InlineData("The stock pays $1.76 a year.")]
    public void Recognize_AgesAndRates_AreNotDurations(string text)
    {
        Assert.DoesNotContain(Times(text, Friday), t => t.Type == TimexType.Duration);
    }

    [Fact]
    public void Recognize_YearEnd_IsThePublicationYearWithEndModifier()
    {
        var time = Single("The sale should close by year-end.", "year-end", Friday);
        Assert.Equal(("2021", "END"), (time.Value, time.Modifier));
    }

    [Fact]
    public void Recognize_HyphenatedDurationAdjective_LeavesTheDeterminerOut()
    {
        Assert.Equal("P18Y", Single("the 18-year campaign", "18-year", Friday).Value);
    }
}
