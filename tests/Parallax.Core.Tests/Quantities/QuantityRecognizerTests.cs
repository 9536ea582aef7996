using Parallax.Articles;
using Parallax.Pipeline;
using Parallax.Quantities;
using Parallax.Segmentation;
using Parallax.Time;

namespace Parallax.Core.Tests.Quantities;

public class QuantityRecognizerTests
{
    private static readonly AnalysisPipeline Pipeline =
        new AnalysisPipelineBuilder().UseSegmentation().UseTimeExpressions().UseQuantities().Build();

    private static List<Quantity> Recognize(string text) =>
        Pipeline.Analyze(new Article { Id = "q", Title = "T", Language = "en", Text = text, Published = new DateOnly(2021, 7, 23) }).Quantities;

    [Fact]
    public void Recognize_ApproximateTroops_KeepsApproximationAndCountedNoun()
    {
        const string text = "The plan covers the approximately 2,500 U.S. troops in the region.";
        var q = Assert.Single(Recognize(text));
        Assert.Equal(2500m, q.Value);
        Assert.Equal("U.S. troops", q.Counted);
        Assert.Equal("approximately", q.Approximation);
        Assert.Equal("approximately 2,500 U.S. troops", q.Span.Of(text));
        Assert.False(q.Uncertain);
    }

    [Theory]
    [InlineData("Rescuers found two survivors.", 2)]
    [InlineData("The shop sold a dozen boats.", 12)]
    [InlineData("The flood displaced three million people.", 3_000_000)]
    [InlineData("Officers seized twenty-five rifles.", 25)]
    public void Recognize_NumberWords_Parse(string text, decimal expected)
    {
        Assert.Equal(expected, Assert.Single(Recognize(text)).Value);
    }

    [Theory]
    [InlineData("Police counted 2,500 marchers.", 2500)]
    [InlineData("Police counted 2.500.000 marchers.", 2_500_000)]
    [InlineData("Police counted 2 500 marchers.", 2500)]
    [InlineData("The river rose 3.5 metres.", 3.5)]
    [InlineData("The budget grew by 1.234,5 euros.", 1234.5)]
    public void Recognize_SeparatorConventions_ReadByPattern(string text, decimal expected)
    {
        var q = Assert.Single(Recognize(text));
        Assert.Equal(expected, q.Value);
        Assert.False(q.Uncertain);
    }

    [Fact]
    public void Recognize_LoneDotThousands_IsReadAsThousandsButUncertain()
    {
        var q = Assert.Single(Recognize("Police counted 2.500 marchers."));
        Assert.Equal(2500m, q.Value);
        Assert.True(q.Uncertain);
    }

    [Fact]
    public void Recognize_DecimalCommaRange_FlagsBothBoundsUncertain()
    {
        var quantities = Recognize("The garrison shrank from 3 to 2,5 under the old command.");
        Assert.Equal([3m, 2.5m], quantities.Select(q => q.Value));
        Assert.All(quantities, q => Assert.True(q.Uncertain));
    }

    [Theory]
    [InlineData("Between 2,500 and 3,000 troops crossed the border.", 2500, 3000, "troops")]
    [InlineData("Officials expect 10-12 trucks a day.", 10, 12, "trucks")]
    [InlineData("From 40 to 60 percent of voters stayed home.", 40, 60, null)]
    public void Recognize_Ranges_GiveBothBounds(string text, decimal low, decimal high, string? counted)
    {
        var quantities = Recognize(text);
        Assert.Equal([low, high], quantities.Select(q => q.Value));
        if (counted is not null)
        {
            Assert.Equal(counted, quantities[^1].Counted);
        }
    }

    [Theory]
    [InlineData("The fund lost £1.2bn last year.", 1_200_000_000, "GBP")]
    [InlineData("Police counted two thousand five hundred marchers.", 2500, null)]
    [InlineData("Fewer than 300 residents returned.", 300, null)]
    public void Recognize_MoreConventions_Parse(string text, decimal value, string? unit)
    {
        var q = Assert.Single(Recognize(text));
        Assert.Equal((value, unit), (q.Value, q.Unit));
    }

    [Fact]
    public void Recognize_RangeWithScale_ScalesTheLowerBound()
    {
        var quantities = Recognize("The repairs will cost between 3 and 5 million dollars.");
        Assert.Equal([3_000_000m, 5_000_000m], quantities.Select(q => q.Value));
        Assert.All(quantities, q => Assert.Equal("USD", q.Unit));
    }

    [Theory]
    [InlineData("The town received $5 million in aid.", 5_000_000, "USD")]
    [InlineData("Tickets cost €20 at the door.", 20, "EUR")]
    [InlineData("The deal is worth 5 billion dollars.", 5_000_000_000, "USD")]
    [InlineData("Turnout reached 64% this time.", 64, "%")]
    [InlineData("Turnout reached 64 percent this time.", 64, "%")]
    [InlineData("The convoy drove 120 km overnight.", 120, "km")]
    [InlineData("The ship carried 300 tons of grain.", 300, "t")]
    [InlineData("The march covered 12 miles.", 12, "mi")]
    public void Recognize_MoneyPercentAndUnits_CarryUnit(string text, decimal value, string unit)
    {
        var q = Assert.Single(Recognize(text));
        Assert.Equal(value, q.Value);
        Assert.Equal(unit, q.Unit);
    }

    [Theory]
    [InlineData("about", "about")]
    [InlineData("nearly", "nearly")]
    [InlineData("more than", "more than")]
    [InlineData("some", "some")]
    [InlineData("around", "around")]
    [InlineData("up to", "up to")]
    public void Recognize_Approximations_AreRecorded(string words, string expected)
    {
        var q = Assert.Single(Recognize($"The fire destroyed {words} 40 homes."));
        Assert.Equal(expected, q.Approximation);
        Assert.Equal("homes", q.Counted);
    }

    [Fact]
    public void Recognize_Ordinal_HasOrdinalUnitAndCountedNoun()
    {
        var q = Assert.Single(Recognize("Delegates opened the fourth round of talks."));
        Assert.Equal(4m, q.Value);
        Assert.Equal("ordinal", q.Unit);
        Assert.Equal("round", q.Counted);
    }

    [Fact]
    public void Recognize_CountedPhrase_StopsAtVerbsAndPrepositions()
    {
        var q = Assert.Single(Recognize("Officials said 40 rescue workers remain at the site."));
        Assert.Equal("rescue workers", q.Counted);
    }

    [Theory]
    [InlineData("The pilots flew F-16 jets over the valley.")]
    [InlineData("The company services C-172 aircraft.")]
    [InlineData("The hospital treated COVID-19 patients.")]
    [InlineData("The bridge opened in 2014.")]
    [InlineData("The ceremony starts at 10:50 AM.")]
    [InlineData("The talks resume on July 26.")]
    [InlineData("The talks resume on 26 July 2021.")]
    [InlineData("The war lasted 18 years.")]
    [InlineData("The dam was built in the 1990s.")]
    public void Recognize_NamesDatesTimesAndYears_AreNotQuantities(string text)
    {
        Assert.Empty(Recognize(text));
    }

    [Fact]
    public void Recognize_PronounOne_IsNotAQuantity()
    {
        Assert.Empty(Recognize("No one of the guards saw the thief."));
    }

    [Fact]
    public void Recognize_WithoutTimeLayer_StillSkipsYearsAndDates()
    {
        var analysis = new AnalysisPipelineBuilder().UseSegmentation().UseQuantities().Build()
            .Analyze(new Article { Id = "q", Title = "T", Language = "en", Text = "In 2014, on July 26, 40 villages flooded.", Published = null });
        var q = Assert.Single(analysis.Quantities);
        Assert.Equal(40m, q.Value);
        Assert.Equal("villages", q.Counted);
    }
}
