using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;

namespace Parallax.Core.Tests.Briefing;

public class HeadlineAndSummaryTests
{
    private static readonly Dictionary<string, string> CopyOfWire = new() { ["synd1"] = "wire1" };

    [Fact]
    public void Select_PrefersIndependentRepresentativeTitle()
    {
        var story = StoryTexts.Of(CopyOfWire, TestCoverage.Syndicated(), TestCoverage.Wire(), TestCoverage.Courier());

        var headline = HeadlineSelector.Select(story);

        Assert.NotEqual(TestCoverage.Syndicated().Article.Title, headline);
        Assert.Contains("Veloria", headline, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_OffTopicTitle_LosesToDescriptiveOne()
    {
        var vague = TestArticles.Analyze("v", "Weekend roundup", TestCoverage.CourierText, TestCoverage.Monday);
        var story = StoryTexts.Of(null, vague, TestCoverage.Wire());

        Assert.Equal(TestCoverage.Wire().Article.Title, HeadlineSelector.Select(story));
    }

    [Fact]
    public void Summarize_PicksThreeToFiveDistinctSentencesFromIndependentArticles()
    {
        var story = StoryTexts.Of(CopyOfWire, TestCoverage.Wire(), TestCoverage.Syndicated(), TestCoverage.Courier());

        var summary = ExtractiveSummarizer.Summarize(story);

        Assert.InRange(summary.Count, 3, 5);
        Assert.DoesNotContain(summary, s => s.ArticleId == "synd1");
        Assert.Equal(summary.Count, summary.Select(s => s.Text).Distinct().Count());
        Assert.All(summary, s => Assert.Contains(s.Text, s.ArticleId == "wire1" ? TestCoverage.WireText : TestCoverage.CourierText, StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_RepeatedSentences_AreNotPickedTwice()
    {
        var text = "The earthquake destroyed the old school in Veloria on Monday. The earthquake destroyed the old school in Veloria on Monday morning. Volunteers handed out bread and blankets to families.";
        var story = StoryTexts.Of(null, StoryTexts.Article("a", text));

        var summary = ExtractiveSummarizer.Summarize(story);

        Assert.Equal(2, summary.Count);
    }
}
