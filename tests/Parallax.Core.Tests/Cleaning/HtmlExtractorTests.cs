using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class HtmlExtractorTests
{
    private const string First =
        "Engineers at the Valdren observatory restarted the main telescope on Sunday after a six-week repair of its cooling system.";

    private const string Second =
        "The observatory director said the first images would be shared with partner universities before the end of the month.";

    private const string Third =
        "A spare compressor has been ordered so that a similar failure would cost days rather than weeks in future.";

    private static readonly HtmlExtractor Extractor = new();

    private static string Page(string head, string article, string extraBody = "") => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Valdren Telescope Back Online | Northern Skies Daily</title>
          {{head}}
          <script>var leakedToken = "SCRIPT-SENTINEL"; document.write("SCRIPT-SENTINEL");</script>
          <style>.x { content: "STYLE-SENTINEL"; }</style>
        </head>
        <body>
          <header><a href="/">Northern Skies Daily</a><nav><a href="/world">World</a> <a href="/science">Science</a></nav></header>
          <div class="layout">
            {{article}}
            <aside><h3>Most read</h3><p>Comet hunters gather in record numbers for the autumn meteor shower on the coast.</p></aside>
          </div>
          {{extraBody}}
          <footer><p>Copyright notice and a long list of footer links that nobody ever reads at all, really.</p></footer>
          <script>console.log("SCRIPT-SENTINEL")</script>
        </body>
        </html>
        """;

    private static string Body(string extra = "") => $"""
        <article>
          <h1>Valdren Telescope Back Online</h1>
          <p>{First}</p>
          <script>trackReader("SCRIPT-SENTINEL");</script>
          <p>{Second}</p>
          {extra}
          <p>{Third}</p>
        </article>
        """;

    [Fact]
    public void Extract_ArticleWithScriptsNavAside_KeepsOnlyArticleParagraphs()
    {
        var cleaned = Extractor.Extract(Page(string.Empty, Body()));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
        Assert.DoesNotContain("SENTINEL", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Comet", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Science", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TitleElementWithOutletSuffix_StripsSuffixAndDropsRepeatedHeading()
    {
        var cleaned = Extractor.Extract(Page(string.Empty, Body()));

        Assert.Equal("Valdren Telescope Back Online", cleaned.Title);
        Assert.DoesNotContain("Back Online", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_OpenGraphAndJsonLd_FillsMetadata()
    {
        const string head = """
            <meta property="og:title" content="Telescope restarts after repair">
            <meta property="og:site_name" content="Northern Skies Daily">
            <link rel="canonical" href="https://www.northernskies.example/science/telescope-restart">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-10-06T08:30:00+02:00"}]}</script>
            """;

        var cleaned = Extractor.Extract(Page(head, Body()));

        Assert.Equal("Telescope restarts after repair", cleaned.Title);
        Assert.Equal("Northern Skies Daily", cleaned.Outlet);
        Assert.Equal("en", cleaned.Language);
        Assert.Equal("https://www.northernskies.example/science/telescope-restart", cleaned.Url);
        Assert.Equal(new DateOnly(2024, 10, 6), cleaned.Published);
        Assert.True(cleaned.PublishedFromMetadata);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-10-06T07:00:00Z\">", "")]
    [InlineData("", "<time datetime=\"2024-10-06\">Sunday</time>")]
    public void Extract_PublishedMetaOrTimeElement_IsMetadata(string head, string inArticle)
    {
        var cleaned = Extractor.Extract(Page(head, Body(inArticle)));

        Assert.Equal(new DateOnly(2024, 10, 6), cleaned.Published);
        Assert.True(cleaned.PublishedFromMetadata);
    }

    [Fact]
    public void Extract_BylineDateInBodyWithoutMetadata_IsReadFromText()
    {
        var cleaned = Extractor.Extract(Page(string.Empty, Body("<p>By Ilse Marchetti | October 6, 2024</p>")));

        Assert.Equal(new DateOnly(2024, 10, 6), cleaned.Published);
        Assert.False(cleaned.PublishedFromMetadata);
        Assert.DoesNotContain("Marchetti", cleaned.Text, StringComparison.Ordinal);
        Assert.Null(cleaned.Outlet);
    }

    [Fact]
    public void Extract_CommentShareAndRelatedBlocksByClass_AreRemoved()
    {
        const string extra = """
            <div class="share-buttons"><a>Facebook</a><a>Email</a></div>
            <div id="related-stories"><p>Radio dish in the desert gets a new receiver after years of delays.</p></div>
            <ol class="comment-list"><li><p>Stargazer12 wrote: finally, I have been waiting all summer for these pictures to arrive.</p></li></ol>
            """;
        const string comments = """
            <section class="comments-area"><h2>4 responses</h2>
            <p>Stargazer99 wrote: about time they fixed that thing, I waited all summer for these pictures.</p></section>
            """;

        var cleaned = Extractor.Extract(Page(string.Empty, Body(extra), comments));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Extract_BoilerplateLinesInsideArticle_UseTheSameRulesAsText()
    {
        const string extra = "<p>Also Read</p><p>Observatory Dome Repainted</p><p>March 2, 2024</p>";

        var cleaned = Extractor.Extract(Page(string.Empty, Body(extra)));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
        Assert.Null(cleaned.Published);
    }

    [Fact]
    public void Extract_HeadingsAndListItems_BecomeTheirOwnParagraphs()
    {
        const string extra = "<h2>What was repaired</h2><ul><li>The primary cooling loop.</li><li>Two <b>pressure</b> sensors.</li></ul>";

        var cleaned = Extractor.Extract(Page(string.Empty, Body(extra)));

        Assert.Equal(
            $"{First}\n\n{Second}\n\nWhat was repaired\n\nThe primary cooling loop.\n\nTwo pressure sensors.\n\n{Third}",
            cleaned.Text);
    }

    [Fact]
    public void Extract_NoArticleElement_PicksDensestContainer()
    {
        var body = $"""
            <div class="top-links"><p>Home</p><p>Archive</p></div>
            <div class="story"><div class="inner"><p>{First}</p><p>{Second}</p><p>{Third}</p></div></div>
            <div class="teasers"><p>Short teaser one.</p></div>
            """;

        var cleaned = Extractor.Extract(Page(string.Empty, body));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", cleaned.Text);
    }

    [Fact]
    public void Extract_OversizedInput_IsRejected()
    {
        var small = new HtmlExtractor(maxBytes: 1024);
        var page = Page(string.Empty, Body());

        var error = Assert.Throws<ArticleRejectedException>(() => small.Extract(page));
        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void Extract_InputOverDefaultLimit_IsRejected()
    {
        var huge = Page(string.Empty, Body($"<p>{new string('a', (int)HtmlExtractor.DefaultMaxBytes)}</p>"));

        Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(huge));
    }

    [Fact]
    public void Extract_BinaryInput_IsRejected()
    {
        var binary = "PK\u0003\u0004\u0014\0\u0008\0\u0008\0" + new string('\0', 64) + "<html>";

        Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(binary));
    }

    [Fact]
    public void Extract_PageWithoutArticleText_IsRejected()
    {
        Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(Page(string.Empty, "<div class=\"share\">Share this</div>")));
    }
}
