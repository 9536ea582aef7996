using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class AbsoluteDateRulesTests
{
    private static readonly DateOnly LateOctober = new(1989, 10, 27);

    [Theory]
    [InlineData("In the fiscal year ended Jan. 31, sales were $59 million.", "Jan. 31", "1989-01-31")]
    [InlineData("The second quarter ended Oct. 31 brought a loss.", "Oct. 31", "1988-10-31")]
    public void Recognize_DayAfterEnded_IsOnOrBeforePublication(string text, string phrase, string value)
    {
        Assert.Equal(value, Single(text, phrase, LateOctober).Value);
    }

    [Fact]
    public void Recognize_NearDayWithoutEnded_KeepsTheNearestOccurrence()
    {
        Assert.Equal("1989-10-31", Single("The offer expires Oct. 31.", "Oct. 31", LateOctober).Value);
    }
}
