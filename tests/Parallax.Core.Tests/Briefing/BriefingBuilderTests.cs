using Parallax.Briefing;
using Parallax.Clustering;
using Parallax.Core.Tests.Clustering;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Core.Tests.Briefing;

public class BriefingBuilderTests
{
    [Fact]
    public void Build_FromClusteredCoverage_FillsEverySectionForTheStoryOnly()
    {
        var wire = TestCoverage.Wire();
        wire.AddQuantity("at least 40 people", 40, "people");
        wire.AddQuantity("150 injured residents", 150, "injured residents");
        wire.AddTime("on Monday", "2031-03-10");
        wire.AddTime("on Tuesday", "2031-03-11");
        var courier = TestCoverage.Courier();
        courier.AddQuantity("52", 52, "people");
        courier.AddTime("on Monday", "2031-03-10");
        var copy = TestCoverage.Syndicated();
        copy.AddQuantity("at least 40 people", 40, "people");
        var harbor = TestCoverage.Harbor();
        var articles = new[] { wire, courier, copy, harbor };

        var duplicates = new NearDuplicateDetector().Find(articles);
        var stories = new StoryClusterer().Cluster(articles);
        var story = stories.Single(s => s.ArticleIds.Contains("wire1"));
        var briefing = new BriefingBuilder().Build(story, articles, new EntityIndex([], new Dictionary<(string, Span), string>()), duplicates);

        Assert.Equal(story.Id, briefing.Id);
        Assert.Equal(["courier1", "synd1", "wire1"], briefing.ArticleIds.Order());
        Assert.DoesNotContain("harbor1", briefing.Summary.Select(s => s.ArticleId));
        Assert.NotEmpty(briefing.Headline);
        Assert.Equal(["wire1", "wire1", "courier1"], briefing.Quantities.Select(q => q.ArticleId).Order().Reverse());
        Assert.Contains(briefing.Timeline, t => t.Date == "2031-03-11");
        Assert.Contains(briefing.Discrepancies, d => d.Values.Select(v => v.Value).Order().SequenceEqual(["40", "52"]));
        Assert.Contains(briefing.Commitments, c => c.Actor == "Engineers" && c.Deadline == "2031-03-11");
        Assert.NotEmpty(briefing.Claims);
        Assert.Empty(briefing.Quotes);
        Assert.Empty(briefing.Entities);
    }
}
