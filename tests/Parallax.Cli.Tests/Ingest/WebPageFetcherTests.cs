using Parallax.Cli.Ingest;

namespace Parallax.Cli.Tests.Ingest;

public sealed class WebPageFetcherTests : IDisposable
{
    private const string Page = "<html><head><title>Bridge reopens</title></head><body><article><p>The old stone bridge in Veloria reopened on Tuesday after repairs, the governor said.</p></article></body></html>";

    private readonly LocalWebServer _server = new();

    [Fact]
    public void Fetch_HtmlPage_ReturnsItWithItsUrlAndIdentifiesItself()
    {
        _server.Add("/news/bridge", "text/html; charset=utf-8", Page);
        using var fetcher = new WebPageFetcher();

        var item = Assert.Single(fetcher.Fetch(_server.BaseUrl + "/news/bridge"));

        Assert.Null(item.Error);
        Assert.Equal(_server.BaseUrl + "/news/bridge", item.Input!.Url);
        Assert.Contains("stone bridge", item.Input.Html, StringComparison.Ordinal);
        Assert.All(_server.Requests, r => Assert.StartsWith(WebPageFetcher.ProductToken + "/", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public void Fetch_RobotsDisallows_RefusesWithoutFetchingThePage()
    {
        _server.Add("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        _server.Add("/private/page", "text/html", Page);
        using var fetcher = new WebPageFetcher();

        var item = Assert.Single(fetcher.Fetch(_server.BaseUrl + "/private/page"));

        Assert.Contains("robots.txt", item.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/private/page");
    }

    [Fact]
    public void Fetch_TwoPagesOfOneSite_AsksForRobotsOnce()
    {
        _server.Add("/a", "text/html", Page);
        _server.Add("/b", "text/html", Page.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));
        using var fetcher = new WebPageFetcher();

        _ = fetcher.Fetch(_server.BaseUrl + "/a").ToList();
        _ = fetcher.Fetch(_server.BaseUrl + "/b").ToList();

        Assert.Single(_server.Requests, r => r.Path == "/robots.txt");
    }

    [Fact]
    public void Fetch_ServerError_NamesTheStatus()
    {
        _server.Add("/gone", "text/html", "gone", status: 410);
        using var fetcher = new WebPageFetcher();

        Assert.Contains("410", Assert.Single(fetcher.Fetch(_server.BaseUrl + "/gone")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_SlowServer_TimesOutWithAClearError()
    {
        _server.Add("/slow", "text/html", Page, delay: TimeSpan.FromSeconds(10));
        using var fetcher = new WebPageFetcher(TimeSpan.FromMilliseconds(300));

        Assert.Contains("within", Assert.Single(fetcher.Fetch(_server.BaseUrl + "/slow")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_OversizedResponse_IsRefused()
    {
        _server.Add("/huge", "text/html", new byte[WebPageFetcher.MaxBytes + 1024]);
        using var fetcher = new WebPageFetcher();

        Assert.Contains("limit", Assert.Single(fetcher.Fetch(_server.BaseUrl + "/huge")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_Image_IsNotAnArticle()
    {
        _server.Add("/logo.png", "image/png", [0x89, 0x50, 0x4E, 0x47]);
        using var fetcher = new WebPageFetcher();

        Assert.Contains("image/png", Assert.Single(fetcher.Fetch(_server.BaseUrl + "/logo.png")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_Feed_ReturnsOneItemPerEntry()
    {
        _server.Add("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Valley Daily</title><item><title>A</title><link>https://valley.example/a</link><description>The bridge in Veloria reopened on Tuesday.</description></item><item><title>B</title><link>https://valley.example/b</link><description>The dam above Veloria was inspected.</description></item></channel></rss>");
        using var fetcher = new WebPageFetcher();

        var items = fetcher.Fetch(_server.BaseUrl + "/feed").ToList();

        Assert.Equal(["https://valley.example/a", "https://valley.example/b"], items.Select(i => i.Input!.Url!).ToArray());
    }

    [Fact]
    public void Fetch_NotHttp_IsRefused()
    {
        using var fetcher = new WebPageFetcher();

        Assert.Contains("http", Assert.Single(fetcher.Fetch("https://")).Error, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();
}
