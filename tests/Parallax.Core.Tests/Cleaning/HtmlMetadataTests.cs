using Parallax.Articles;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class HtmlMetadataTests
{
    private const string Prose =
        "<p>Engineers at the Valdren observatory restarted the main telescope on Sunday after a six-week repair of its cooling system.</p>"
        + "<p>The observatory director said the first images would be shared with partner universities before the end of the month.</p>";

    private static readonly HtmlExtractor Extractor = new();

    private static CleanedText Extract(string head, string body = Prose, string lang = "") =>
        Extractor.Extract($"<html{lang}><head><title>Valdren Telescope Back Online</title>{head}</head><body><article>{body}</article></body></html>");

    [Fact]
    public void Extract_JsonLdGraphArticle_ReadsDateAuthorsPublisherWithSource()
    {
        const string jsonLd = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Northern Skies Daily"},
              {"@type":"NewsArticle","headline":"Telescope back","datePublished":"2021-07-26T14:05:00+02:00",
               "author":[{"@type":"Person","name":"Mira Kallas"},{"@type":"Organization","name":"Skies Wire"}],
               "publisher":{"@type":"Organization","name":"Northern Skies Daily"}}]}</script>
            """;

        var cleaned = Extract(jsonLd);

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(new DateTimeOffset(2021, 7, 26, 14, 5, 0, TimeSpan.FromHours(2)), cleaned.PublishedAt);
        Assert.Equal(["Mira Kallas"], cleaned.Authors);
        Assert.Equal("Northern Skies Daily", cleaned.Outlet);
        Assert.Equal(MetadataSource.JsonLd, cleaned.Sources.Published);
        Assert.Equal(MetadataSource.JsonLd, cleaned.Sources.Authors);
        Assert.Equal(MetadataSource.JsonLd, cleaned.Sources.Outlet);
    }

    [Fact]
    public void Extract_JsonLdRelatedItemListOnly_TakesNoDateFromIt()
    {
        const string jsonLd = """
            <script type="application/ld+json">{"@type":"ItemList","itemListElement":[
              {"@type":"NewsArticle","datePublished":"2019-01-02"}]}</script>
            """;

        Assert.Null(Extract(jsonLd).Published);
    }

    [Fact]
    public void Extract_OpenGraphAndMetaTags_RecordEachSource()
    {
        const string head = """
            <meta property="og:site_name" content="Northern Skies Daily">
            <meta property="article:published_time" content="2021-07-26">
            <meta name="author" content="Mira Kallas, Staff Writer">
            <meta property="og:url" content="https://skies.example/valdren">
            <meta property="og:locale" content="fr_FR">
            """;

        var cleaned = Extract(head);

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.OpenGraph, cleaned.Sources.Published);
        Assert.Equal(["Mira Kallas"], cleaned.Authors);
        Assert.Equal(MetadataSource.MetaTag, cleaned.Sources.Authors);
        Assert.Equal("https://skies.example/valdren", cleaned.Url);
        Assert.Equal(MetadataSource.OpenGraph, cleaned.Sources.Url);
        Assert.Equal("fr", cleaned.Language);
        Assert.Equal(MetadataSource.OpenGraph, cleaned.Sources.Language);
        Assert.Equal(MetadataSource.TitleElement, cleaned.Sources.Title);
    }

    [Theory]
    [InlineData("Northern Skies | Your window on the sky", "Northern Skies")]
    [InlineData("https://www.skies.example", "skies.example")]
    public void Extract_SiteNameWithSloganOrAddress_KeepsOutletName(string siteName, string expected)
    {
        Assert.Equal(expected, Extract($"<meta property=\"og:site_name\" content=\"{siteName}\">").Outlet);
    }

    [Fact]
    public void Extract_CanonicalLinkAndHtmlLang_BeatOpenGraph()
    {
        const string head = """<link rel="canonical" href="https://skies.example/a"><meta property="og:url" content="https://skies.example/b">""";

        var cleaned = Extract(head, lang: " lang=\"de-AT\"");

        Assert.Equal("https://skies.example/a", cleaned.Url);
        Assert.Equal(MetadataSource.LinkElement, cleaned.Sources.Url);
        Assert.Equal("de", cleaned.Language);
        Assert.Equal(MetadataSource.HtmlLang, cleaned.Sources.Language);
    }

    [Fact]
    public void Extract_TimeInRelatedBoxAndArticle_TakesArticleTime()
    {
        var body = "<div class=\"related-stories\"><time datetime=\"2019-03-04\">4 March</time></div>"
            + "<p class=\"stamp\"><time datetime=\"2021-07-26T09:00:00Z\">26 July</time></p>" + Prose;

        var cleaned = Extract(string.Empty, body);

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.TimeElement, cleaned.Sources.Published);
    }

    [Fact]
    public void Extract_GenericDateMetaAndPubdateTime_PrefersPubdateTime()
    {
        var body = "<p><time pubdate datetime=\"2021-07-26T09:00:00-04:00\">26 July</time></p>" + Prose;

        var cleaned = Extract("<meta name=\"date\" content=\"August 2, 2021, 2:38 pm\">", body);

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.TimeElement, cleaned.Sources.Published);
    }

    [Fact]
    public void Extract_DateOnlyInCanonicalUrl_ReadsUrlDate()
    {
        var cleaned = Extract("<link rel=\"canonical\" href=\"https://skies.example/science/2021/07/26/valdren-telescope/\">");

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.Url, cleaned.Sources.Published);
    }

    [Fact]
    public void Extract_BylineParagraph_ReadsAuthorsAndDateFromIt()
    {
        var cleaned = Extract(string.Empty, "<p>By Mira Kallas and Tomas Ruud | July 26, 2021</p>" + Prose);

        Assert.Equal(["Mira Kallas", "Tomas Ruud"], cleaned.Authors);
        Assert.Equal(MetadataSource.Byline, cleaned.Sources.Authors);
        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.Byline, cleaned.Sources.Published);
        Assert.DoesNotContain("Kallas", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_RelAuthorLinks_ReadsNames()
    {
        var cleaned = Extract(string.Empty, "<div><a rel=\"author\" href=\"/people/mk\">Mira Kallas</a></div>" + Prose);

        Assert.Equal(["Mira Kallas"], cleaned.Authors);
        Assert.Equal(MetadataSource.LinkElement, cleaned.Sources.Authors);
    }

    [Fact]
    public void Extract_DatelineOpeningText_ReadsDatelineDate()
    {
        var body = "<p>VALDREN, July 26, 2021 - Engineers restarted the main telescope on Sunday after a six-week repair of its cooling system.</p>"
            + "<p>The observatory director said the first images would be shared with partner universities before the end of the month.</p>";

        var cleaned = Extract(string.Empty, body);

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.Dateline, cleaned.Sources.Published);
        Assert.False(cleaned.PublishedFromMetadata);
    }
}
