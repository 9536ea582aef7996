using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

/// <summary>Which blocks of a page the extractor keeps (ContentScorer and HtmlContent, seen through HtmlExtractor).</summary>
public class ContentScorerTests
{
    private const string One = "Ferry services to the northern islands resumed on Tuesday, three days after the storm closed the harbour.";
    private const string Two = "The operator said that the timetable would return to normal by the weekend, once the backlog had cleared.";
    private const string Three = "Repairs to the damaged pier, which cost an estimated two million, are expected to take until spring.";

    private static readonly HtmlExtractor Extractor = new();

    private static string Page(string content) => $$"""
        <html><head><title>Ferries resume</title></head><body>
        <div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
        {{content}}
        <div class="more"><p><a href="/a">Another story about the weather and the long winter that is coming to the islands</a></p>
        <p><a href="/b">A second teaser headline that is also a link and nothing else, about the harbour</a></p></div>
        </body></html>
        """;

    [Fact]
    public void Extract_TextTypedIntoDivWithLineBreaks_KeepsEachLineAsParagraph()
    {
        var text = Extractor.Extract(Page($"<div class=\"x\">{One}<br><br>{Two}<br>{Three}</div>")).Text;

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}", text);
    }

    [Fact]
    public void Extract_ListOfLinksInsideArticle_IsDropped()
    {
        var links = "<ul><li><a href=\"/1\">Island school closes for the week</a></li><li><a href=\"/2\">Bridge toll frozen for a year</a></li></ul>";

        var text = Extractor.Extract(Page($"<article><p>{One}</p>{links}<p>{Two}</p><p>{Three}</p></article>")).Text;

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}", text);
    }

    [Fact]
    public void Extract_ArticleSplitAroundAnAd_JoinsBothHalves()
    {
        var content = $"<div class=\"story\"><p>{One}</p><p>{Two}</p></div><div class=\"ad-slot\">Advertisement</div><div class=\"story\"><p>{Three}</p><p>{One}</p></div>";

        var text = Extractor.Extract(Page($"<main>{content}</main>")).Text;

        Assert.Contains(Three, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ContentWrapperNamedLikeAWidget_IsKept()
    {
        var text = Extractor.Extract(Page($"<div class=\"widget widget-post-content\"><p>{One}</p><p>{Two}</p><p>{Three}</p></div>")).Text;

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}", text);
    }

    [Fact]
    public void Extract_TeaserLinksOutsideArticle_AreLeftOut()
    {
        var text = Extractor.Extract(Page($"<article><p>{One}</p><p>{Two}</p><p>{Three}</p></article>")).Text;

        Assert.DoesNotContain("teaser", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", text, StringComparison.Ordinal);
    }
}
