using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

/// <summary>Article bodies cut into chunks or written as divs: which parts the extractor joins.</summary>
public class ContentChunksTests
{
    private const string One = "Ferry services to the northern islands resumed on Tuesday, three days after the storm closed the harbour.";
    private const string Two = "The operator said that the timetable would return to normal by the weekend, once the backlog had cleared.";
    private const string Three = "Repairs to the damaged pier, which cost an estimated two million, are expected to take until spring.";
    private const string Four = "Islanders who missed hospital appointments during the closure will be offered new dates, the health board said.";
    private const string Five = "Fishing boats, which sheltered in the southern bays, began returning to the harbour on Wednesday morning.";
    private const string Teaser = "A teaser paragraph about another story entirely, with enough words, commas, and length to score as prose.";

    private static readonly HtmlExtractor Extractor = new();

    private static string Page(string content) =>
        $"<html><head><title>Ferries resume</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>{content}</body></html>";

    [Fact]
    public void Extract_BodyChunksInSeparateGridRows_JoinedInOrder()
    {
        var content = "<main><div class=\"chunks\">"
            + $"<div class=\"row\"><div class=\"chunk-body\"><p>{One}</p><p>{Two}</p></div><div class=\"rail\">Sponsored</div></div>"
            + $"<div class=\"row\"><div class=\"chunk-body\"><p>{Three}</p><p>{Four}</p><p>{Five}</p></div></div>"
            + "</div></main>";

        var text = Extractor.Extract(Page(content)).Text;

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}\n\n{Four}\n\n{Five}", text);
    }

    [Fact]
    public void Extract_SameClassBlockInAnotherArticle_LeftOut()
    {
        var content = "<main><div class=\"chunks\">"
            + $"<article><div class=\"row\"><div class=\"chunk-body\"><p>{One}</p><p>{Two}</p><p>{Three}</p><p>{Four}</p></div></div></article>"
            + $"<article><div class=\"row\"><div class=\"chunk-body\"><p>{Teaser}</p></div></div></article>"
            + "</div></main>";

        var text = Extractor.Extract(Page(content)).Text;

        Assert.DoesNotContain(Teaser, text, StringComparison.Ordinal);
        Assert.Contains(Four, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LeadWrittenAsDivBesideTheRestOfTheBody_Kept()
    {
        var content = $"<div class=\"x\"><div class=\"para\">{One}</div><div class=\"rest\">"
            + $"<div class=\"para\">{Two}</div><div class=\"para\">{Three}</div><div class=\"para\">{Four}</div><div class=\"para\">{Five}</div>"
            + "</div></div>";

        var text = Extractor.Extract(Page(content)).Text;

        Assert.StartsWith(One, text, StringComparison.Ordinal);
        Assert.EndsWith(Five, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LeadWithLinkHeavyHoverCard_KeptWithoutTheCard()
    {
        var card = "<span class=\"card\"><a href=\"/p/1\">Profile of the harbour master and his career</a> <a href=\"/a/2\">Harbour master warns of storm damage</a> <a href=\"/a/3\">Pier repairs to start in spring</a></span>";
        var lead = $"<p>The <a href=\"/p/1\">harbour master</a>{card} said ferry services to the northern islands resumed on Tuesday, three days after the storm closed the harbour.</p>";

        var text = Extractor.Extract(Page($"<article>{lead}<p>{Two}</p><p>{Three}</p></article>")).Text;

        Assert.StartsWith("The harbour master said ferry services", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Profile of the harbour master", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ImageCaptionInCompoundClassName_LeftOut()
    {
        var content = $"<article><div class=\"InlineImage\"><div class=\"InlineImage-imageEmbedCaption\">The harbour wall after the storm, seen from the ferry terminal on Monday.</div></div><p>{One}</p><p>{Two}</p><p>{Three}</p></article>";

        var text = Extractor.Extract(Page(content)).Text;

        Assert.Equal($"{One}\n\n{Two}\n\n{Three}", text);
    }
}
