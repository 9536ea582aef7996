using Parallax.Text;
using Parallax.Web.Html;

namespace Parallax.Web.Tests.Html;

public sealed class MarkupTests
{
    [Fact]
    public void Of_TextHole_IsEncodedButMarkupHoleIsNot()
    {
        var hostile = "<img src=x onerror=\"alert(1)\">&";
        var inner = Markup.Of($"<b>{hostile}</b>");

        var outer = Markup.Of($"<p title=\"{hostile}\">{inner}</p>");

        Assert.Equal("<p title=\"&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;\"><b>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;</b></p>", outer.Value);
    }

    [Theory]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:text/html,<script>", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("https://news.example/a?b=1", "https://news.example/a?b=1")]
    public void SafeUrl_ArticleUrl_KeepsOnlyHttp(string url, string? expected)
    {
        Assert.Equal(expected, Markup.SafeUrl(url));
    }

    [Fact]
    public void Render_OverlappingHighlights_NestsAndCutsAtTheOuterEnd()
    {
        // "said Ada Voss on Monday": quote [0,13), entity [5,13), time straddling the quote's end [9,23).
        const string text = "said Ada Voss on Monday";
        Highlight Mark(int start, int length, string name) => new(new Span(start, length), Markup.Of($"<{name}>"), Markup.Of($"</{name}>"));

        var html = AnnotatedText.Render(text, [Mark(9, 14, "t"), Mark(0, 13, "q"), Mark(5, 8, "e")]);

        Assert.Equal("<q>said <e>Ada <t>Voss</t></e></q> on Monday", html.Value);
    }

    [Fact]
    public void Render_TextWithMarkup_EncodesTheText()
    {
        var html = AnnotatedText.Render("a <script> b", [new Highlight(new Span(0, 1), Markup.Of($"<mark>"), Markup.Of($"</mark>"))]);

        Assert.Equal("<mark>a</mark> &lt;script&gt; b", html.Value);
    }
}
