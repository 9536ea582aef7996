using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Parallax.Briefing;

namespace Parallax.Web.Tests.Articles;

public sealed class ArticleIngestTests : IDisposable
{
    private const string Token = "test-token-4f9a";
    private const string Exposed = "http://0.0.0.0:8080";

    private readonly EmptyWebStore _store = new();

    private static object Article(string text, string? title = "Harbour crane collapses in storm") =>
        new { text, title, url = "https://news.example/crane", published = "2025-04-02", outlet = "Example News" };

    private const string Body = "A harbour crane collapsed in Portmere on Tuesday during a storm, the port authority said. " +
        "\"Nobody was hurt,\" harbour master Ada Voss told reporters. Repairs will take about 6 weeks, she said.";

    [Fact]
    public async Task Post_NewArticle_CreatedThenIdempotent()
    {
        var first = await _store.Client.PostAsJsonAsync("/api/articles", Article(Body));
        var again = await _store.Client.PostAsJsonAsync("/api/articles", Article(Body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<ArticleEntry>(WebStore.Json);
        Assert.Equal($"/api/articles/{created!.Id}", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(created.Id, (await again.Content.ReadFromJsonAsync<ArticleEntry>(WebStore.Json))!.Id);
        Assert.NotNull(created.StoryId);
        Assert.Equal(HttpStatusCode.OK, (await _store.Client.GetAsync($"/api/stories/{created.StoryId}")).StatusCode);
    }

    [Fact]
    public async Task Post_HtmlPage_ExtractsTheArticleAndTakesMetadataFromTheQuery()
    {
        var page = $"<html><head><title>Crane</title><script>alert(1)</script></head><body><nav>Home | World</nav><article><h1>Harbour crane collapses</h1><p>{Body}</p></article></body></html>";
        using var content = new StringContent(page, System.Text.Encoding.UTF8, "text/html");

        var response = await _store.Client.PostAsync("/api/articles?outlet=Example%20News&published=2025-04-02", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var entry = (await response.Content.ReadFromJsonAsync<ArticleEntry>(WebStore.Json))!;
        Assert.Equal("Example News", entry.Outlet);
        Assert.Equal("2025-04-02", entry.Published);
        var detail = await _store.Client.GetStringAsync($"/api/articles/{entry.Id}");
        Assert.Contains("Nobody was hurt", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PlainText_UnsupportedMediaTypeProblem()
    {
        using var content = new StringContent(Body, System.Text.Encoding.UTF8, "text/plain");

        await ProblemAssert.IsProblemAsync(await _store.Client.PostAsync("/api/articles", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_NoBody_ValidationProblemNamingText()
    {
        await ProblemAssert.NamesFieldAsync(await _store.Client.PostAsJsonAsync("/api/articles", new { title = "No body" }), "text");
    }

    [Fact]
    public async Task Post_TextAndHtml_ValidationProblemNamingHtml()
    {
        await ProblemAssert.NamesFieldAsync(await _store.Client.PostAsJsonAsync("/api/articles", new { text = Body, html = "<p>x</p>" }), "html");
    }

    [Theory]
    [InlineData("url", "javascript:alert(1)")]
    [InlineData("published", "next Tuesday")]
    public async Task Post_BadMetadata_ValidationProblemNamingTheField(string field, string value)
    {
        var body = new Dictionary<string, string> { ["text"] = Body, [field] = value };

        await ProblemAssert.NamesFieldAsync(await _store.Client.PostAsJsonAsync("/api/articles", body), field);
    }

    [Fact]
    public async Task Post_MalformedJson_ValidationProblemNamingBody()
    {
        using var content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json");

        await ProblemAssert.NamesFieldAsync(await _store.Client.PostAsync("/api/articles", content), "body");
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_PayloadTooLargeProblem()
    {
        var client = _store.CreateClient(("Parallax:MaxRequestBodyBytes", "1000"));

        var response = await client.PostAsJsonAsync("/api/articles", Article(string.Concat(Enumerable.Repeat(Body + " ", 20))));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BeyondLoopbackWithoutConfiguredToken_Forbidden()
    {
        var client = _store.CreateClient(("urls", Exposed));

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/articles", Article(Body)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_BeyondLoopbackWithWrongOrMissingToken_Unauthorized()
    {
        var client = _store.CreateClient(("urls", Exposed), ("PARALLAX_API_TOKEN", Token));

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/articles", Article(Body)), HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/articles", Article(Body)), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_BeyondLoopbackWithToken_Created()
    {
        var client = _store.CreateClient(("urls", Exposed), ("PARALLAX_API_TOKEN", Token));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/articles", Article(Body))).StatusCode);
    }

    [Fact]
    public async Task Post_HostileArticle_RendersInertOnEveryPage()
    {
        const string hostile = "The council met on Monday. <script>alert('x')</script> Officials said the <img src=x onerror=alert(1)> " +
            "budget of 12 million euros was approved, the mayor said.";
        var response = await _store.Client.PostAsJsonAsync("/api/articles", Article(hostile, "<script>alert('title')</script> Council budget"));
        var entry = (await response.Content.ReadFromJsonAsync<ArticleEntry>(WebStore.Json))!;

        foreach (var page in new[] { "/", $"/stories/{entry.StoryId}", $"/articles/{entry.Id}", "/search?q=council+budget" })
        {
            var html = await _store.Client.GetStringAsync(page);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }

        var article = await _store.Client.GetStringAsync($"/articles/{entry.Id}");
        Assert.Contains("&lt;script&gt;alert(", article, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(", article, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();
}
