using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class DateLineParserTests
{
    [Theory]
    [InlineData("07:12 AM, July 24, 2021")]
    [InlineData("July 24, 2021")]
    [InlineData("24 July 2021")]
    [InlineData("2021-07-24")]
    [InlineData("2021-07-24T18:05:00+03:00")]
    [InlineData("Sat, 24th Jul 2021")]
    public void Parse_SupportedShapes_ReturnsDate(string line)
    {
        Assert.Equal(new DateOnly(2021, 7, 24), DateLineParser.Parse(line));
    }

    [Theory]
    [InlineData("07/24/2021")]
    [InlineData("February 30, 2021")]
    [InlineData("He may 24 times have said it")]
    [InlineData("")]
    public void Parse_AmbiguousOrInvalid_ReturnsNull(string line)
    {
        Assert.Null(DateLineParser.Parse(line));
    }

    [Theory]
    [InlineData("https://skies.example/2021/07/26/valdren/")]
    [InlineData("https://skies.example/news/2021-07-26-valdren")]
    [InlineData("/world/2021/07/26")]
    public void ParseUrl_DateInPath_ReturnsDate(string url)
    {
        Assert.Equal(new DateOnly(2021, 7, 26), DateLineParser.ParseUrl(url));
    }

    [Theory]
    [InlineData("https://skies.example/2021/13/26/valdren/")]
    [InlineData("https://skies.example/story/20210726123")]
    [InlineData(null)]
    public void ParseUrl_NoValidDate_ReturnsNull(string? url)
    {
        Assert.Null(DateLineParser.ParseUrl(url));
    }

    [Fact]
    public void ParseInstant_IsoWithOffset_ReturnsInstant()
    {
        Assert.Equal(new DateTimeOffset(2021, 7, 26, 14, 5, 0, TimeSpan.FromHours(2)), DateLineParser.ParseInstant("2021-07-26T14:05:00+02:00"));
    }

    [Theory]
    [InlineData("2021-07-26")]
    [InlineData("2021-07-26T14:05:00")]
    [InlineData("July 26, 2021 2:05 PM")]
    public void ParseInstant_NoTimeOrNoOffset_ReturnsNull(string value)
    {
        Assert.Null(DateLineParser.ParseInstant(value));
    }

    [Theory]
    [InlineData("PARIS, July 26, 2021 - The minister said")]
    [InlineData("NEW YORK (AP) 26 July 2021 \u2014 The minister said")]
    public void ParseDateline_DatelineWithYear_ReturnsDate(string paragraph)
    {
        Assert.Equal(new DateOnly(2021, 7, 26), DateLineParser.ParseDateline(System.Text.RegularExpressions.Regex.Unescape(paragraph)));
    }

    [Fact]
    public void ParseDateline_SentenceMentioningDate_ReturnsNull()
    {
        Assert.Null(DateLineParser.ParseDateline("The minister said on July 26, 2021 - in a speech - that prices would rise."));
    }
}
