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
}
