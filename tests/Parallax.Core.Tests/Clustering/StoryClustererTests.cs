using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class StoryClustererTests
{
    [Fact]
    public void Cluster_SameEventDifferentWording_JoinsOneStory()
    {
        var stories = new StoryClusterer().Cluster([TestCoverage.Wire(), TestCoverage.Courier()]);

        var story = Assert.Single(stories);
        Assert.Equal(["courier1", "wire1"], story.ArticleIds.Order());
    }

    [Fact]
    public void Cluster_TwoDifferentEarthquakes_MakeTwoStories()
    {
        var stories = new StoryClusterer().Cluster([TestCoverage.Wire(), TestCoverage.Harbor(), TestCoverage.Courier()]);

        Assert.Equal(2, stories.Count);
        Assert.Contains(stories, s => s.ArticleIds.Order().SequenceEqual(["courier1", "wire1"]));
        Assert.Contains(stories, s => s.ArticleIds.SequenceEqual(["harbor1"]));
    }

    [Fact]
    public void Cluster_StoryId_IsFoundingArticleInPublicationOrder()
    {
        var early = TestCoverage.Courier("b-later-id");
        var late = TestArticles.Analyze("a-early-id", "Earthquake in Veloria kills dozens", TestCoverage.WireText, TestCoverage.Monday.AddDays(2));
        late.AddEntity("Veloria", global::Parallax.Entities.EntityType.Location);
        late.AddEntity("Ilse Varga", global::Parallax.Entities.EntityType.Person);

        var story = Assert.Single(new StoryClusterer().Cluster([late, early]));

        Assert.Equal("s-b-later-id", story.Id);
        Assert.Equal(["b-later-id", "a-early-id"], story.ArticleIds);
    }

    [Fact]
    public void Cluster_ReportsFurtherApartThanWindow_StaySeparate()
    {
        var first = TestCoverage.Wire("w1");
        var month = TestArticles.Analyze("w2", first.Article.Title, TestCoverage.WireText, TestCoverage.Monday.AddDays(30));

        var stories = new StoryClusterer().Cluster([first, month]);

        Assert.Equal(2, stories.Count);
    }

    [Fact]
    public void Cluster_UndatedArticle_IsPlacedAfterDatedOnesAndStillJoins()
    {
        // The courier's report with its names, undated: this test is about order; how far
        // paraphrases may drift is Cluster_SameEventDifferentWording_JoinsOneStory's concern.
        var undated = TestCoverage.Courier("aaa");
        undated.UpdateArticle(undated.Article with { Published = null });

        var story = Assert.Single(new StoryClusterer().Cluster([undated, TestCoverage.Wire()]));

        Assert.Equal(["wire1", "aaa"], story.ArticleIds);
    }

    [Fact]
    public void Cluster_HigherThreshold_SplitsLooselyRelatedReports()
    {
        var strict = new StoryClusterer(new StoryClustererOptions { SimilarityThreshold = 0.95 });

        Assert.Equal(2, strict.Cluster([TestCoverage.Wire(), TestCoverage.Courier()]).Count);
    }

    [Fact]
    public void Cluster_NoArticles_ReturnsNoStories() =>
        Assert.Empty(new StoryClusterer().Cluster([]));

    [Fact]
    public void Cluster_LooseTopicThreshold_TwoEarthquakesAreTwoStoriesOfOneTopic()
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions { TopicSimilarityThreshold = 0.01 });

        var stories = clusterer.Cluster([TestCoverage.Wire(), TestCoverage.Harbor(), TestCoverage.Courier()]);

        Assert.Equal(2, stories.Count);
        Assert.Single(stories.Select(s => s.TopicId).Distinct());
        // Wire and courier share a date, so the id order makes "courier1" the founder.
        Assert.Equal("t-courier1", stories[0].TopicId);
    }

    [Fact]
    public void Cluster_StrictTopicThreshold_EachStoryIsItsOwnTopic()
    {
        var clusterer = new StoryClusterer(new StoryClustererOptions { TopicSimilarityThreshold = 0.99 });

        var stories = clusterer.Cluster([TestCoverage.Wire(), TestCoverage.Harbor(), TestCoverage.Courier()]);

        Assert.Equal(["t-courier1", "t-harbor1"], stories.Select(s => s.TopicId).Order());
        Assert.All(stories, s => Assert.Equal("t-" + s.Id[2..], s.TopicId));
    }

    [Fact]
    public void Cluster_ReportsWithTextInferredDatesAMonthApart_StillJoin()
    {
        var first = TestCoverage.Wire("w1");
        var month = TestArticles.Analyze("w2", first.Article.Title, TestCoverage.WireText, TestCoverage.Monday.AddDays(30));
        foreach (var analysis in new[] { first, month })
        {
            analysis.UpdateArticle(analysis.Article with { PublishedInferred = true });
        }

        var stories = new StoryClusterer().Cluster([first, month]);

        Assert.Single(stories);
    }

    [Fact]
    public void Cluster_SameKindOfEventInTheLead_JoinsOneTopicOnlyWithTheLeadCounted()
    {
        // Two separate events whose headline and first sentence name the same kind of event, while
        // the rest of each report is about its own details: the lead (cosine 1 here) lifts the pair
        // above a topic threshold their whole texts alone stay below.
        const string Lead = "A dam burst after days of heavy rain, flooding farmland and forcing villagers to flee. ";
        var north = TestArticles.Analyze("n1", "Dam bursts after heavy rain", Lead +
            "Engineers blamed cracks in the northern spillway. Cattle drowned on pastures near the old mill. The regional assembly debated compensation for wheat growers.", TestCoverage.Monday);
        var south = TestArticles.Analyze("s1", "Dam bursts after heavy rain", Lead +
            "Tourists were evacuated from seaside hotels by ferry. Vineyards and orchards lay under water. A school gymnasium sheltered fishermen's families.", TestCoverage.Monday);
        var options = new StoryClustererOptions { SimilarityThreshold = 0.95, TopicSimilarityThreshold = 0.5, TopicLeadSentences = 1 };

        var withLead = new StoryClusterer(options with { TopicLeadShare = 0.5 }).Cluster([north, south]);
        var wholeOnly = new StoryClusterer(options with { TopicLeadShare = 0 }).Cluster([north, south]);

        Assert.Equal(2, withLead.Count);
        Assert.Single(withLead.Select(s => s.TopicId).Distinct());
        Assert.Equal(2, wholeOnly.Select(s => s.TopicId).Distinct().Count());
    }
}
