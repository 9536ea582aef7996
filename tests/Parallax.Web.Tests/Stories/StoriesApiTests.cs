using System.Net;
using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Stories;

public sealed class StoriesApiTests(WebStore store) : IClassFixture<WebStore>
{
    [Fact]
    public async Task List_Default_ListsEveryStoryWithCounts()
    {
        var page = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");

        Assert.True(page.Total >= 2, "the demo corpus holds at least two stories");
        Assert.Equal(page.Total, page.Items.Count);
        Assert.All(page.Items, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Headline));
            Assert.InRange(s.OutletCount, 1, s.ArticleCount);
            Assert.InRange(s.ArticlesPerDay.Sum(d => d.Count), 0, s.ArticleCount);
        });
    }

    [Fact]
    public async Task List_PageSizeOne_PagesThroughEveryStoryOnce()
    {
        var first = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories?page=1&pageSize=1");
        var ids = new List<string>();
        for (var page = 1; page <= first.PageCount; page++)
        {
            var current = await store.GetJsonAsync<PageOf<StorySummary>>($"/api/stories?page={page}&pageSize=1");
            ids.Add(Assert.Single(current.Items).Id);
        }

        Assert.Equal(first.Total, ids.Distinct().Count());
        Assert.Empty((await store.GetJsonAsync<PageOf<StorySummary>>($"/api/stories?page={first.PageCount + 1}&pageSize=1")).Items);
    }

    [Fact]
    public async Task List_PageSizeTooLarge_ValidationProblemNamingPageSize()
    {
        await ProblemAssert.NamesFieldAsync(await store.Client.GetAsync("/api/stories?pageSize=1000"), "pageSize");
    }

    [Fact]
    public async Task List_FilterByEntitySpelling_KeepsOnlyStoriesMentioningIt()
    {
        var all = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");
        var story = await store.GetJsonAsync<BriefingDocument>($"/api/stories/{all.Items[0].Id}");
        var alias = story.Stories[0].Entities.SelectMany(e => e.Aliases).First();

        var filtered = await store.GetJsonAsync<PageOf<StorySummary>>($"/api/stories?q={Uri.EscapeDataString(alias)}");

        Assert.Contains(filtered.Items, s => s.Id == all.Items[0].Id);
        var none = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories?q=zzqqxxnotaword");
        Assert.Empty(none.Items);
    }

    [Fact]
    public async Task Get_KnownStory_ReturnsBriefingMatchingTheSchema()
    {
        var all = await store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");
        var response = await store.Client.GetAsync($"/api/stories/{all.Items[0].Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        BriefingSchema.AssertValid(json);
        var document = System.Text.Json.JsonSerializer.Deserialize<BriefingDocument>(json, WebStore.Json)!;
        Assert.Equal(all.Items[0].Id, Assert.Single(document.Stories).Id);
        Assert.Equal(all.Items[0].ArticleCount, document.Articles.Count);
    }

    [Fact]
    public async Task Get_UnknownStory_NotFoundProblem()
    {
        var problem = await ProblemAssert.IsProblemAsync(await store.Client.GetAsync("/api/stories/no-such-story"), HttpStatusCode.NotFound);

        Assert.Contains("no-such-story", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
