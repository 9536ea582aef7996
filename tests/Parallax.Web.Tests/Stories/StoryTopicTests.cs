using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Stories;

/// <summary>
/// The demo store with one report split off the largest story by 'parallax story split': a split
/// story stays in its topic, so the two are related stories whatever the clustering thresholds.
/// </summary>
public sealed class SplitStoryWebStore : WebStore
{
    public SplitStoryWebStore()
    {
        var stories = GetJsonAsync<PageOf<StorySummary>>("/api/stories").GetAwaiter().GetResult();
        Largest = stories.Items.MaxBy(s => s.ArticleCount)!.Id;
        var briefing = GetJsonAsync<BriefingDocument>($"/api/stories/{Largest}").GetAwaiter().GetResult();
        SplitOff = "s-" + briefing.Stories[0].ArticleIds[^1];
        var split = CliRunner.RunAsync("story", "split", Largest, briefing.Stories[0].ArticleIds[^1], "--db", Database, "--quiet").GetAwaiter().GetResult();
        Assert.True(split.ExitCode == 0, "split failed: " + split.Error);
    }

    public string Largest { get; }

    public string SplitOff { get; }
}

public sealed class StoryTopicTests(SplitStoryWebStore store) : IClassFixture<SplitStoryWebStore>
{
    [Fact]
    public async Task Get_SplitStory_PayloadCarriesTheTopicWithTheOtherStoryRelated()
    {
        var story = (await store.GetJsonAsync<BriefingDocument>($"/api/stories/{store.Largest}")).Stories[0];
        var split = (await store.GetJsonAsync<BriefingDocument>($"/api/stories/{store.SplitOff}")).Stories[0];

        Assert.NotNull(story.Topic);
        Assert.StartsWith("t-", story.Topic.Id, StringComparison.Ordinal);
        Assert.Equal(story.Topic.Id, split.Topic?.Id);
        Assert.Contains(story.Topic.RelatedStories, r => r.Id == store.SplitOff && r.ArticleCount == 1);
    }

    [Fact]
    public async Task List_Stories_EachCarriesItsTopicId()
    {
        var page = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");

        Assert.All(page.Items, s => Assert.StartsWith("t-", s.TopicId, StringComparison.Ordinal));
        Assert.Equal(page.Items.Single(s => s.Id == store.Largest).TopicId, page.Items.Single(s => s.Id == store.SplitOff).TopicId);
    }

    [Fact]
    public async Task StoryPage_SplitStory_LinksTheRelatedStory()
    {
        var html = await store.Client.GetStringAsync($"/stories/{store.Largest}");

        Assert.Contains("id=\"related\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/stories/{store.SplitOff}\"", html, StringComparison.Ordinal);
    }
}
