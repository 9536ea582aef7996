using System.Text;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

/// <summary>Pages built to hurt: each must end in a result or an <see cref="ArticleRejectedException"/>, never a hang or crash.</summary>
public class HostileHtmlTests
{
    private const string Sentence = "The harbour council approved the repair budget on Monday after a long debate, officials said.";

    private static readonly HtmlExtractor Extractor = new();

    private static string Paragraph => $"<p>{Sentence} {Sentence}</p>";

    [Fact]
    public void Extract_NestingFarBeyondRealPages_IsRejectedBeforeParsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + Paragraph + "</body></html>";

        var error = Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(html));

        Assert.Contains("levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DeepButPlausibleNesting_StillFindsTheText()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 300)) + Paragraph + Paragraph + "</body></html>";

        Assert.Contains(Sentence, Extractor.Extract(html).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ThousandsOfUnclosedParagraphs_AreNotCountedAsNesting()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat($"<p>{Sentence}", 3000)) + "</article></body></html>";

        var text = Extractor.Extract(html).Text;

        Assert.Equal(3000, text.Split("\n\n").Length);
    }

    [Fact]
    public void Extract_MalformedMarkup_RecoversTheParagraphs()
    {
        const string html = "<html><body></div></span><article><p class='x' data-y=>" + Sentence + "<p>" + Sentence
            + "</b></i><div><p>" + Sentence + " <b>bold <i>crossed</b> tags</i>.</p></article><!-- unterminated comment";

        var text = Extractor.Extract(html).Text;

        Assert.Contains("bold crossed tags.", text, StringComparison.Ordinal);
        Assert.Contains(Sentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FiftyMegabytePage_IsRejectedForItsSize()
    {
        var html = new StringBuilder("<html><body>", 50 * 1024 * 1024 + 64);
        while (html.Length < 50 * 1024 * 1024)
        {
            html.Append(Paragraph);
        }

        var error = Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(html.ToString()));

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BinaryBytesNamedHtml_AreRejectedAsBinary()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);

        var error = Assert.Throws<ArticleRejectedException>(() => Extractor.Extract(HtmlDecoding.Decode(bytes)));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }
}
