using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class NearDuplicateDetectorTests
{
    [Fact]
    public void Find_SyndicatedCopyWithNewHeadlineAndTrimmedEnd_MapsToOriginal()
    {
        var duplicates = new NearDuplicateDetector().Find([TestCoverage.Syndicated(), TestCoverage.Wire(), TestCoverage.Courier()]);

        Assert.Equal("wire1", Assert.Single(duplicates).Value);
        Assert.Equal("synd1", duplicates.Keys.Single());
    }

    [Fact]
    public void Find_ExactCopy_IsDuplicateOfEarlierPublished()
    {
        var later = TestArticles.Analyze("a-copy", "Another headline", TestCoverage.HarborText, TestCoverage.Monday.AddDays(5));
        var duplicates = new NearDuplicateDetector().Find([later, TestCoverage.Harbor("z-original")]);

        Assert.Equal("z-original", duplicates["a-copy"]);
    }

    [Fact]
    public void Find_SameDateCopies_OriginalIsSmallerId()
    {
        var a = TestArticles.Analyze("b2", "x", TestCoverage.HarborText, TestCoverage.Monday);
        var b = TestArticles.Analyze("a1", "y", TestCoverage.HarborText, TestCoverage.Monday);

        var duplicates = new NearDuplicateDetector().Find([a, b]);

        Assert.Equal("a1", duplicates["b2"]);
    }

    [Fact]
    public void Find_IndependentReportsOfOneEvent_AreNotDuplicates() =>
        Assert.Empty(new NearDuplicateDetector().Find([TestCoverage.Wire(), TestCoverage.Courier(), TestCoverage.Harbor()]));

    [Fact]
    public void Find_ShortSentenceInsideLongArticle_IsNotACopy()
    {
        var snippet = TestArticles.Analyze("snip", "x", "Fishing boats were thrown onto the docks.", TestCoverage.Monday.AddDays(9));

        Assert.Empty(new NearDuplicateDetector().Find([TestCoverage.Harbor(), snippet]));
    }

    [Fact]
    public void Find_CopyWithDifferentPunctuationAndCase_IsDuplicate()
    {
        var shouted = TestArticles.Analyze("loud", "x", TestCoverage.CourierText.ToUpperInvariant().Replace(",", " ;", StringComparison.Ordinal), TestCoverage.Monday.AddDays(1));

        var duplicates = new NearDuplicateDetector().Find([TestCoverage.Courier(), shouted]);

        Assert.Equal("courier1", duplicates["loud"]);
    }
}
