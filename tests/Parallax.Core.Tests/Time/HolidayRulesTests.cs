using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class HolidayRulesTests
{
    private static readonly DateOnly January = new(2000, 1, 6);

    [Theory]
    [InlineData("The boy was found on Thanksgiving Day off the coast.", "Thanksgiving Day", "1999-11-25")]
    [InlineData("He was rescued last Thanksgiving.", "last Thanksgiving", "1999-11-25")]
    [InlineData("The family celebrated Christmas in Miami.", "Christmas", "1999-12-25")]
    [InlineData("The family spent Christmas Eve at home.", "Christmas Eve", "1999-12-24")]
    [InlineData("Crowds gathered on New Year's Day.", "New Year's Day", "2000-01-01")]
    public void Recognize_Holiday_IsItsDayInTheNearestYear(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, January).Value);
    }
}
