using Parallax.Cli.Evaluation.Quotes;
using Parallax.Text;

namespace Parallax.Cli.Tests.Evaluation.Quotes;

public class BratAttributionTests
{
    [Fact]
    public void Parse_AttributionEvent_ReadsItsThreeRoles()
    {
        const string Ann = "T1\tSource 0 5\tMarta\nT2\tCue 6 10\tsaid\nT3\tContent 11 20\tit rained\nT4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";

        var a = Assert.Single(BratAttribution.Parse(Ann, "doc.ann"));

        Assert.Equal([new Span(0, 5)], a.Source);
        Assert.Equal([new Span(6, 4)], a.Cue);
        Assert.Equal([new Span(11, 9)], a.Content);
    }

    [Fact]
    public void Parse_DiscontinuousContent_KeepsEveryFragment()
    {
        const string Ann = "T1\tContent 10 20;25 30\tx\nT2\tAttribution 0 4\tsaid\nE1\tAttribution:T2 Content:T1\n";

        var a = Assert.Single(BratAttribution.Parse(Ann, "doc.ann"));

        Assert.Equal([Span.FromBounds(10, 20), Span.FromBounds(25, 30)], a.Content);
        Assert.Empty(a.Source);
    }

    [Fact]
    public void Parse_OtherEventTypes_AreIgnored()
    {
        const string Ann = "T1\tDiscuss 0 4\tx\nE1\tDiscuss:T1\n";

        Assert.Empty(BratAttribution.Parse(Ann, "doc.ann"));
    }

    [Fact]
    public void Parse_BadOffsets_NamesFileAndLine()
    {
        var e = Assert.Throws<InvalidDataException>(() => BratAttribution.Parse("T1\tContent 10 x\tx\n", "doc.ann"));

        Assert.Contains("doc.ann: line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EventNamesUndefinedSpan_NamesTheId()
    {
        var e = Assert.Throws<InvalidDataException>(() => BratAttribution.Parse("E1\tAttribution:T9 Content:T8\n", "doc.ann"));

        Assert.Contains("T8", e.Message, StringComparison.Ordinal);
    }
}
