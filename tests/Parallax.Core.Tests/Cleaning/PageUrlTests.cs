using Parallax.Articles;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class PageUrlTests
{
    private static readonly Uri PageAddress = new("https://news.example/world/story.html");

    [Theory]
    [InlineData("/2021/07/telescope", "https://news.example/2021/07/telescope")]
    [InlineData("telescope-back", "https://news.example/world/telescope-back")]
    [InlineData("//mirror.example/2021/07/telescope", "https://mirror.example/2021/07/telescope")]
    [InlineData("http://other.example/a", "http://other.example/a")]
    public void Resolve_WithPageUrl_GivesAbsoluteHttpUrl(string href, string expected) =>
        Assert.Equal(expected, PageUrl.Resolve(href, PageAddress));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:void(0)")]
    [InlineData("data:text/html,<p>x</p>")]
    [InlineData("mailto:desk@news.example")]
    [InlineData("")]
    public void Resolve_NonWebScheme_Refused(string href) => Assert.Null(PageUrl.Resolve(href, PageAddress));

    [Fact]
    public void Resolve_RelativeWithoutPageUrl_Refused() => Assert.Null(PageUrl.Resolve("/2021/07/telescope", page: null));

    [Fact]
    public void Resolve_ProtocolRelativeWithHttpPage_KeepsPageScheme() =>
        Assert.Equal("http://cdn.example/a", PageUrl.Resolve("//cdn.example/a", new Uri("http://news.example/")));

    [Fact]
    public void Extract_RelativeCanonicalAndOgUrl_ResolvedAgainstOgUrl()
    {
        var cleaned = new HtmlExtractor().Extract(Page("""<link rel="canonical" href="/2021/07/26/telescope"><meta property="og:url" content="https://news.example/amp/telescope">"""));

        Assert.Equal("https://news.example/2021/07/26/telescope", cleaned.Url);
        Assert.Equal(MetadataSource.LinkElement, cleaned.Sources.Url);
        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.Url, cleaned.Sources.Published);
    }

    [Fact]
    public void Extract_RelativeCanonicalAndFetchedUrl_ResolvedAgainstFetchedUrl()
    {
        var cleaned = new HtmlExtractor().Extract(Page("""<link rel="canonical" href="/2021/07/telescope">"""), new PageContext("https://news.example/amp?id=4"));

        Assert.Equal("https://news.example/2021/07/telescope", cleaned.Url);
    }

    [Fact]
    public void Extract_RelativeCanonicalWithNothingToResolveAgainst_LeavesUrlEmpty()
    {
        var cleaned = new HtmlExtractor().Extract(Page("""<link rel="canonical" href="/2021/07/telescope">"""));

        Assert.Null(cleaned.Url);
        Assert.Null(cleaned.Sources.Url);
    }

    [Fact]
    public void Extract_JavascriptCanonical_FallsBackToOgUrl()
    {
        var cleaned = new HtmlExtractor().Extract(Page("""<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://news.example/telescope">"""));

        Assert.Equal("https://news.example/telescope", cleaned.Url);
        Assert.Equal(MetadataSource.OpenGraph, cleaned.Sources.Url);
    }

    private static string Page(string head) =>
        $"<html><head><title>Telescope back</title>{head}</head><body><article>"
        + "<p>Engineers at the Valdren observatory restarted the main telescope on Sunday after a six-week repair of its cooling system.</p>"
        + "<p>The observatory director said the first images would be shared with partner universities before the end of the month.</p>"
        + "</article></body></html>";
}
