using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Stories;

/// <summary>The store built from the real seed reports (../shared/corpus/seeds), when they are present.</summary>
public sealed class SeedWebStore : WebStore
{
    public SeedWebStore()
        : base(SharedData.Has("corpus/seeds") ? [SharedData.Path("corpus/seeds")] : [])
    {
    }
}

public sealed class SeedStoryTests(SeedWebStore store) : IClassFixture<SeedWebStore>
{
    [SharedDataFact("corpus/seeds")]
    public async Task Story_SeedReports_OneStoryWithTimelineClaimsAndQuotesLinkedToTheirWords()
    {
        var stories = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");
        var story = stories.Items.MaxBy(s => s.ArticleCount)!;
        var briefing = (await store.GetJsonAsync<BriefingDocument>($"/api/stories/{story.Id}")).Stories[0];

        var html = await store.Client.GetStringAsync($"/stories/{story.Id}");

        Assert.True(story.ArticleCount >= 4, "the seed reports are one event");
        Assert.NotEmpty(briefing.Timeline);
        Assert.NotEmpty(briefing.Quotes);
        Assert.Contains("<svg class=\"timeline-chart\"", html, StringComparison.Ordinal);
        var anchor = System.Text.RegularExpressions.Regex.Match(html, "href=\"/articles/([0-9a-f]+)#quote-([0-9]+)\"");
        Assert.True(anchor.Success, "a quote links to its words in the article");
        var article = await store.Client.GetStringAsync($"/articles/{anchor.Groups[1].Value}");
        Assert.Contains($"id=\"quote-{anchor.Groups[2].Value}\"", article, StringComparison.Ordinal);
    }
}
