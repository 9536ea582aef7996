using Parallax.Quotes;

namespace Parallax.Core.Tests.Quotes;

public class QuoteMarkScannerTests
{
    private static List<string> Inner(string text) =>
        QuoteMarkScanner.Scan(text).Select(p => p.Inner.Of(text)).ToList();

    [Theory]
    [InlineData("She said \"the bridge opens soon\" today.")]
    [InlineData("She said \u201Cthe bridge opens soon\u201D today.")]
    [InlineData("She said \u2018the bridge opens soon\u2019 today.")]
    [InlineData("She said \u00ABthe bridge opens soon\u00BB today.")]
    [InlineData("She said \u201Ethe bridge opens soon\u201C today.")]
    [InlineData("She said \u2039the bridge opens soon\u203A today.")]
    public void Scan_AnyTypography_FindsInnerTextWithoutMarks(string text)
    {
        Assert.Equal(["the bridge opens soon"], Inner(text));
    }

    [Fact]
    public void Scan_ApostrophesInsideSingleQuotes_DoNotCloseTheQuote()
    {
        var text = "\u2018We don\u2019t know the mayor\u2019s plan,\u2019 she said.";

        Assert.Equal(["We don\u2019t know the mayor\u2019s plan,"], Inner(text));
    }

    [Fact]
    public void Scan_ApostropheOutsideQuotes_OpensNothing()
    {
        Assert.Empty(Inner("The harbor\u2019s owners and the town's mayor met on Tuesday."));
    }

    [Fact]
    public void Scan_QuoteReopenedInNextParagraph_KeepsBothPiecesInOneGroup()
    {
        var text = "\u201CThe first part of it.\n\n\u201CThe second part of it,\u201D he said.";

        var pieces = QuoteMarkScanner.Scan(text);

        Assert.Equal(2, pieces.Count);
        Assert.Equal("The first part of it.", pieces[0].Inner.Of(text));
        Assert.Equal("The second part of it,", pieces[1].Inner.Of(text));
        Assert.Equal(pieces[0].Group, pieces[1].Group);
    }

    [Fact]
    public void Scan_UnclosedMarkAtParagraphEnd_IsDroppedAndLaterQuotesStillFound()
    {
        var text = "A stray \u201Cmark here.\n\nThen she said \u201Cwe will stay\u201D again.";

        Assert.Equal(["we will stay"], Inner(text));
    }

    [Fact]
    public void Scan_StrayMarkMidSentence_DoesNotPairWithNextParagraphQuote()
    {
        var text = "A stray \u201Cmark here.\n\n\u201CThe fees will rise,\u201D she said.";

        Assert.Equal(["The fees will rise,"], Inner(text));
    }

    [Fact]
    public void Scan_NestedSingleQuotesInsideDouble_KeepsOuterQuote()
    {
        var text = "\u201CThey called it \u2018a good day\u2019 for everyone,\u201D he said.";

        Assert.Equal(["They called it \u2018a good day\u2019 for everyone,"], Inner(text));
    }

    [Fact]
    public void Scan_LongTextWithManyStrayMarks_NoQuoteSwallowsTheText()
    {
        // Speed is measured by `parallax bench`, not asserted here; what must hold is that
        // unclosed marks never pair up across the whole text.
        var text = string.Concat(Enumerable.Repeat("word \u201Cstray word ", 20000));

        var pieces = QuoteMarkScanner.Scan(text);

        Assert.All(pieces, p => Assert.True(p.Inner.Length < 200, $"a quote of {p.Inner.Length} characters"));
    }
}
