using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;

namespace Parallax.Core.Tests.Briefing;

public class DiscrepancyFinderTests
{
    private static (Parallax.Analysis.ArticleAnalysis A, Parallax.Analysis.ArticleAnalysis B) DeathTolls()
    {
        var a = StoryTexts.Article("a", "At least 40 people were killed in the Veloria earthquake, officials said.");
        a.AddQuantity("40 people", 40, "people");
        var b = StoryTexts.Article("b", "The Veloria earthquake killed 52 people, officials said. More than 150 residents were injured.");
        b.AddQuantity("52 people", 52, "people");
        b.AddQuantity("150 residents", 150, "residents");
        return (a, b);
    }

    [Fact]
    public void Find_DifferentDeathTolls_ReportsBothValuesWithArticles()
    {
        var (a, b) = DeathTolls();

        var discrepancy = Assert.Single(DiscrepancyFinder.Find(StoryTexts.Of(null, a, b)));

        Assert.StartsWith("people", discrepancy.About, StringComparison.Ordinal);
        Assert.Equal(["40", "52"], discrepancy.Values.Select(v => v.Value));
        Assert.Equal(["a"], discrepancy.Values[0].ArticleIds);
        Assert.Equal(["b"], discrepancy.Values[1].ArticleIds);
    }

    [Fact]
    public void Find_UncertainFigure_IsListedMarkedButDoesNotDecide()
    {
        var (a, b) = DeathTolls();
        var c = StoryTexts.Article("c", "The toll rose to 2,5 people killed, a translated report said.");
        c.AddQuantity("2,5 people", 2.5m, "people", uncertain: true);

        var discrepancy = Assert.Single(DiscrepancyFinder.Find(StoryTexts.Of(null, a, b, c)));

        Assert.Contains(discrepancy.Values, v => v.Value == "2,5 (uncertain)" && v.ArticleIds.SequenceEqual(["c"]));
    }

    [Fact]
    public void Find_OnlyUncertainFigureDiffers_NoDiscrepancy()
    {
        var a = StoryTexts.Article("a", "About 2,500 soldiers remain in the province.");
        a.AddQuantity("2,500 soldiers", 2500, "soldiers");
        var c = StoryTexts.Article("c", "The number fell to 2,5 soldiers in the province.");
        c.AddQuantity("2,5 soldiers", 2.5m, "soldiers", uncertain: true);

        Assert.Empty(DiscrepancyFinder.Find(StoryTexts.Of(null, a, c)));
    }

    [Fact]
    public void Find_ArticleGivingSupersetOfValues_DoesNotDisagree()
    {
        var a = StoryTexts.Article("a", "The garrison shrank from 5,200 soldiers to 2,500 soldiers.");
        a.AddQuantity("5,200 soldiers", 5200, "soldiers");
        a.AddQuantity("2,500 soldiers", 2500, "soldiers");
        var b = StoryTexts.Article("b", "Some 2,500 soldiers are still stationed there.");
        b.AddQuantity("2,500 soldiers", 2500, "soldiers");

        Assert.Empty(DiscrepancyFinder.Find(StoryTexts.Of(null, a, b)));
    }

    [Fact]
    public void Find_DifferentThingsCounted_AreNotCompared()
    {
        var a = StoryTexts.Article("a", "At least 40 people were killed and 120 people were injured.");
        a.AddQuantity("40 people", 40, "people");
        a.AddQuantity("120 people", 120, "people");
        var b = StoryTexts.Article("b", "Officials said 40 people were killed and 150 people were injured.");
        b.AddQuantity("40 people", 40, "people");
        b.AddQuantity("150 people", 150, "people");

        var discrepancy = Assert.Single(DiscrepancyFinder.Find(StoryTexts.Of(null, a, b)));

        Assert.Equal("people injured", discrepancy.About);
        Assert.Equal(["120", "150"], discrepancy.Values.Select(v => v.Value));
    }

    [Fact]
    public void Find_DuplicateWithOtherFigure_IsIgnored()
    {
        var (a, _) = DeathTolls();
        var copy = StoryTexts.Article("copy", "At least 45 people were killed in the Veloria earthquake, officials said.");
        copy.AddQuantity("45 people", 45, "people");

        Assert.Empty(DiscrepancyFinder.Find(StoryTexts.Of(new Dictionary<string, string> { ["copy"] = "a" }, a, copy)));
    }

    [Fact]
    public void Find_SameEventDifferentDates_ReportsDates()
    {
        var a = StoryTexts.Article("a", "The old stone bridge collapsed on Tuesday, engineers said.");
        a.AddTime("Tuesday", "2031-03-11");
        var b = StoryTexts.Article("b", "The old stone bridge collapsed on Wednesday, engineers said.");
        b.AddTime("Wednesday", "2031-03-12");

        var discrepancy = Assert.Single(DiscrepancyFinder.Find(StoryTexts.Of(null, a, b)));

        Assert.Equal(["2031-03-11", "2031-03-12"], discrepancy.Values.Select(v => v.Value));
    }

    [Fact]
    public void ConflictingValues_DisjointSets_Disagree() =>
        Assert.True(ConflictingValues.Disagree(new Dictionary<string, HashSet<string>> { ["a"] = ["1"], ["b"] = ["2"] }));
}
