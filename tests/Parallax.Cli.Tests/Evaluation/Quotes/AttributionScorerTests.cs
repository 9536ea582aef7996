using Parallax.Cli.Evaluation.Quotes;
using Parallax.Text;

namespace Parallax.Cli.Tests.Evaluation.Quotes;

public class AttributionScorerTests
{
    //                          0         1         2         3         4         5         6
    //                          0123456789012345678901234567890123456789012345678901234567890123
    private const string Text = "Marta said that the dam is safe. Officials believe the rain will stop.";

    private static readonly BratAttribution SaidGold = new([new Span(0, 5)], [new Span(6, 4)], [Span.FromBounds(11, 31)]);
    private static readonly BratAttribution BelieveGold = new([Span.FromBounds(33, 42)], [Span.FromBounds(43, 50)], [Span.FromBounds(51, 69)]);

    [Fact]
    public void Add_PerfectSystem_ScoresOne()
    {
        var scorer = new AttributionScorer();

        scorer.Add(Text, [SaidGold], [SaidGold]);

        Assert.Equal(1, scorer.All.Content.F1);
        Assert.Equal(1, scorer.All.ContentExact.F1);
        Assert.Equal(1, scorer.All.Cue.F1);
        Assert.Equal(1, scorer.All.SourceAccuracy);
    }

    [Fact]
    public void Add_ContentWithoutThat_MatchesByOverlapButNotExactly()
    {
        var scorer = new AttributionScorer();
        var system = SaidGold with { Content = [Span.FromBounds(16, 31)] };

        scorer.Add(Text, [SaidGold], [system]);

        Assert.Equal(1, scorer.All.Content.F1);
        Assert.Equal(0, scorer.All.ContentExact.F1);
    }

    [Fact]
    public void Add_WrongSpeaker_LowersSourceAccuracyOnly()
    {
        var scorer = new AttributionScorer();
        var system = SaidGold with { Source = [Span.FromBounds(33, 42)] };

        scorer.Add(Text, [SaidGold], [system]);

        Assert.Equal(1, scorer.All.Content.F1);
        Assert.Equal(0, scorer.All.SourceAccuracy);
    }

    [Fact]
    public void Add_BeliefAttribution_CountsInAllButNotInSpeech()
    {
        var scorer = new AttributionScorer();

        scorer.Add(Text, [SaidGold, BelieveGold], [SaidGold]);

        Assert.Equal(0.5, scorer.All.Content.Recall);
        Assert.Equal(1, scorer.Speech.Content.Recall);
        Assert.Equal(1, scorer.Speech.Gold);
    }

    [Fact]
    public void Add_UnmatchedSystemQuote_LowersPrecision()
    {
        var scorer = new AttributionScorer();
        var spurious = new BratAttribution([], [new Span(6, 4)], [Span.FromBounds(51, 69)]);

        scorer.Add(Text, [SaidGold], [SaidGold, spurious]);

        Assert.Equal(0.5, scorer.All.Content.Precision);
        Assert.Equal(1, scorer.All.Content.Recall);
    }

    [Fact]
    public void Match_TwoSystemQuotesOverlapOneGold_MatchesOnlyTheLargerOverlap()
    {
        var gold = new[] { SaidGold };
        var small = SaidGold with { Content = [Span.FromBounds(28, 31)] };

        var pairs = AttributionScorer.Match(gold, [small, SaidGold]);

        Assert.Equal([(0, 1)], pairs);
    }

    [Fact]
    public void Normalized_QuoteMarksAndEdgePunctuation_AreIgnored()
    {
        const string Quoted = "\u201CWe stay,\u201D \u201Cand we fight.\u201D";

        Assert.Equal("We stay, and we fight", AttributionScorer.Normalized(Quoted, [Span.FromBounds(0, 10), Span.FromBounds(11, Quoted.Length)]));
    }
}
