using System.Net;
using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Stories;

public sealed class StoryPagesTests(WebStore store) : IClassFixture<WebStore>
{
    [Fact]
    public async Task List_Stories_ShowsEachHeadlineWithSparkline()
    {
        var stories = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");

        var html = await store.Client.GetStringAsync("/");

        Assert.All(stories.Items, s => Assert.Contains($"href=\"/stories/{s.Id}\"", html, StringComparison.Ordinal));
        Assert.Contains("<svg class=\"sparkline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Story_LargestStory_HasTimelineMatrixQuotesAndEntities()
    {
        var stories = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");
        var largest = stories.Items.MaxBy(s => s.ArticleCount)!;
        var briefing = (await store.GetJsonAsync<BriefingDocument>($"/api/stories/{largest.Id}")).Stories[0];

        var html = await store.Client.GetStringAsync($"/stories/{largest.Id}");

        Assert.Contains("<svg class=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Equal(briefing.Claims.Count > 0, html.Contains("<table class=\"matrix\"", StringComparison.Ordinal));
        Assert.Equal(briefing.Quotes.Count > 0, html.Contains("id=\"quotes\"", StringComparison.Ordinal));
        Assert.All(briefing.Entities, e => Assert.Contains($"href=\"/entities/{e.Id}\"", html, StringComparison.Ordinal));
        Assert.Equal(briefing.Discrepancies.Count > 0, html.Contains("class=\"discrepancies\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Story_Unknown_NotFoundPage()
    {
        var response = await store.Client.GetAsync("/stories/no-such-story");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheApi()
    {
        var json = await store.Client.GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/articles", "/api/entities", "/api/quotes", "/api/search" })
        {
            Assert.Contains($"\"{path}\"", json, StringComparison.Ordinal);
        }
    }
}
