using static Parallax.Core.Tests.Time.TimeTestPipeline;

namespace Parallax.Core.Tests.Time;

public class DurationAndClockRulesTests
{
    private static readonly DateOnly Friday = new(2021, 7, 16);

    [Theory]
    [InlineData("The plant will soon move to Ohio.")]
    [InlineData("Officials plan to strike again soon.")]
    public void Recognize_SoonInFutureClause_IsFutureRef(string text)
    {
        Assert.Equal("FUTURE_REF", Single(text, "soon", Friday).Value);
    }

    [Theory]
    [InlineData("He was soon released from the hospital.")]
    [InlineData("A trickle of cash soon became a flood.")]
    [InlineData("He had probably been killed soon after being captured.")]
    public void Recognize_SoonInPastNarrationOrBeforeAfter_IsNoTimex(string text)
    {
        Assert.DoesNotContain(Times(text, Friday), t => t.Value == "FUTURE_REF");
    }

    [Fact]
    public void Recognize_ACoupleOfUnits_IsTwoWithApproxModifier()
    {
        var time = Single("The plant will take a couple of years to build.", "a couple of years", Friday);
        Assert.Equal(("P2Y", "APPROX"), (time.Value, time.Modifier));
    }
}
