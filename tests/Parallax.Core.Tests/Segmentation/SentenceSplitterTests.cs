using Parallax.Segmentation;

namespace Parallax.Core.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Span.Of(text))];

    [Fact]
    public void Split_TwoSentences_SplitsAtTheStop() =>
        Assert.Equal(["The dam opened.", "Farmers cheered."], Sentences("The dam opened. Farmers cheered."));

    [Fact]
    public void Split_TitlesAndInitials_DoNotEndSentences() =>
        Assert.Single(Sentences("Mr. Reyes met Dr. Elin J. Marsh on Friday."));

    [Fact]
    public void Split_InitialismBeforeLowerCase_StaysInside() =>
        Assert.Single(Sentences("The U.S. military said it would stay."));

    [Fact]
    public void Split_InitialismBeforeName_StaysInside() =>
        Assert.Single(Sentences("The minister visits U.S. President Dana Holt on Monday."));

    [Fact]
    public void Split_InitialismBeforeSentenceStarter_Splits() =>
        Assert.Equal(2, Sentences("The troops returned to the U.S. They landed on Friday.").Length);

    [Fact]
    public void Split_ClosingQuote_BelongsToTheSentence() =>
        Assert.Equal(["“We will sign,” she said.", "“It is done.”", "Then they left."], Sentences("“We will sign,” she said. “It is done.” Then they left."));

    [Fact]
    public void Split_ParagraphBreak_AlwaysEndsASentence() =>
        Assert.Equal(["A headline without a stop", "The body starts here."], Sentences("A headline without a stop\n\nThe body starts here."));

    [Fact]
    public void Split_WrappedLine_IsOneSentence() =>
        Assert.Single(Sentences("The minister said the talks\nwould resume next week."));

    [Fact]
    public void Split_Spans_PointIntoTheText()
    {
        const string text = "  First one.  Second one.  ";
        var spans = SentenceSplitter.Split(text).Select(s => s.Span).ToList();
        Assert.Equal(2, spans[0].Start);
        Assert.Equal("Second one.", spans[1].Of(text));
    }
}
