using Parallax.Time;
using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class SpelledYearRulesTests
{
    [Theory]
    [InlineData("The bombing in nineteen ninety-six shocked the games.", "nineteen ninety-six", "1996")]
    [InlineData("He was convicted in nineteen eighty.", "nineteen eighty", "1980")]
    [InlineData("His promise held until the year two thousand.", "the year two thousand", "2000")]
    [InlineData("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("Prices fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    public void Recognize_SpelledYear_IsThatYear(string text, string phrase, string value)
    {
        var time = Single(text, phrase, Friday);
        Assert.Equal((TimexType.Date, value), (time.Type, time.Value));
    }

    [Fact]
    public void Recognize_SpelledNumberBeforeAScaleWord_IsNotAYear()
    {
        Assert.DoesNotContain(Times("The fund raised nineteen fifty million dollars.", Friday), t => t.Value == "1950");
    }
}
