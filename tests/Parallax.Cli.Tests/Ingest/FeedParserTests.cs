using Parallax.Cli.Ingest;

namespace Parallax.Cli.Tests.Ingest;

public class FeedParserTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Valley Daily</title><link>https://valley.example/</link><description>x</description>
        <item><title>Bridge reopens</title><link>https://valley.example/bridge</link><pubDate>Tue, 11 Mar 2031 08:00:00 GMT</pubDate>
        <description>Teaser.</description><content:encoded><![CDATA[<p>The old stone bridge in Veloria reopened on Tuesday.</p>]]></content:encoded></item>
        <item><title>Link only</title><link>https://valley.example/link</link></item>
        </channel></rss>
        """;

    [Fact]
    public void Parse_RssItem_TakesFullContentLinkDateAndOutlet()
    {
        var first = FeedParser.Parse(Rss, "feed.rss", "feed.rss").First();

        Assert.Equal("https://valley.example/bridge", first.Input!.Url);
        Assert.Equal(new DateOnly(2031, 3, 11), first.Input.Published);
        Assert.Equal("Valley Daily", first.Input.Outlet);
        Assert.Equal("Bridge reopens", first.Input.Title);
        Assert.Contains("stone bridge", first.Input.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EntryWithoutText_IsReportedWithItsLink()
    {
        var second = FeedParser.Parse(Rss, "feed.rss", "feed.rss").Last();

        Assert.Null(second.Input);
        Assert.Contains("https://valley.example/link", second.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Atom_ReadsEntries()
    {
        const string Atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Wire</title><id>urn:x</id><updated>2031-03-12T00:00:00Z</updated>
            <entry><title>Dam inspected</title><id>urn:y</id><link href="https://wire.example/dam"/><published>2031-03-12T09:00:00Z</published><updated>2031-03-12T09:00:00Z</updated>
            <content type="html">&lt;p&gt;Engineers found no cracks in the dam above Veloria.&lt;/p&gt;</content></entry></feed>
            """;

        var entry = Assert.Single(FeedParser.Parse(Atom, null, "atom"));

        Assert.Equal("https://wire.example/dam", entry.Input!.Url);
        Assert.Equal(new DateOnly(2031, 3, 12), entry.Input.Published);
        Assert.Contains("no cracks", entry.Input.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_IsNeverResolved()
    {
        const string Evil = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t</title><item><title>&x;</title><description>body text here</description></item></channel></rss>
            """;

        var items = FeedParser.Parse(Evil, null, "evil").ToList();

        Assert.DoesNotContain(items, i => i.Input?.Title?.Contains("root:", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", true)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("<!DOCTYPE html><html><head><link type=\"application/rss+xml\"></head>", false)]
    [InlineData("<html><body><feed>", false)]
    public void LooksLikeFeed_ChecksTheRootElement(string start, bool expected) =>
        Assert.Equal(expected, FeedParser.LooksLikeFeed(start));
}
