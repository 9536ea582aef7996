using Parallax.Cli.Evaluation.Timex;

namespace Parallax.Cli.Tests.Evaluation.Timex;

public sealed class TimexScorerTests
{
    [Fact]
    public void Score_IdenticalSpans_CountAsStrictAndRelaxed()
    {
        var gold = new[] { new TimexMention(0, 6, "DATE", "2021-07-26") };

        var score = TimexScorer.Score(gold, [new TimexMention(0, 6, "DATE", "2021-07-26")]);

        Assert.Equal((1, 1, 1, 1), (score.Strict, score.Relaxed, score.TypeCorrect, score.ValueCorrect));
        Assert.Equal(1.0, score.StrictF1);
        Assert.Equal(1.0, score.ValueF1);
    }

    [Fact]
    public void Score_OverlappingSpan_IsRelaxedButNotStrict()
    {
        var gold = new[] { new TimexMention(10, 14, "DATE", "2021-W30") };

        var score = TimexScorer.Score(gold, [new TimexMention(14, 9, "DATE", "2021-W30")]);

        Assert.Equal(0, score.Strict);
        Assert.Equal(1, score.Relaxed);
        Assert.Equal(1, score.ValueCorrect);
    }

    [Fact]
    public void Score_WrongTypeAndValue_CountAgainstAttributesOnly()
    {
        var gold = new[] { new TimexMention(0, 7, "DURATION", "P2Y") };

        var score = TimexScorer.Score(gold, [new TimexMention(0, 7, "DATE", "2019")]);

        Assert.Equal(1.0, score.RelaxedF1);
        Assert.Equal(0.0, score.TypeAccuracy);
        Assert.Equal(0.0, score.ValueF1);
    }

    [Fact]
    public void Score_ValueF1_UsesSystemAndGoldCountsAsDenominators()
    {
        // Two gold, three system: one correct value -> P = 1/3, R = 1/2, F1 = 0.4.
        var gold = new[] { new TimexMention(0, 5, "DATE", "2001"), new TimexMention(20, 5, "DATE", "2002") };
        var system = new[] { new TimexMention(0, 5, "DATE", "2001"), new TimexMention(20, 5, "DATE", "2003"), new TimexMention(40, 3, "DATE", "PRESENT_REF") };

        var score = TimexScorer.Score(gold, system);

        Assert.Equal(0.4, score.ValueF1, 6);
        Assert.Equal(0.5, score.ValueAccuracy, 6);
        Assert.Equal(0.8, score.RelaxedF1, 6);
    }

    [Fact]
    public void Score_OneSystemSpanOverTwoGold_PairsOnlyOnce()
    {
        var gold = new[] { new TimexMention(0, 4, "DATE", "1998"), new TimexMention(8, 4, "DATE", "1999") };

        var score = TimexScorer.Score(gold, [new TimexMention(0, 12, "DATE", "1998")]);

        Assert.Equal(1, score.Relaxed);
        Assert.Equal(0.5, score.RelaxedRecall);
    }

    [Fact]
    public void Score_ExactMatchIsPreferredOverAnEarlierOverlap()
    {
        // The first gold overlaps the system span exactly matched by the second gold; the strict
        // pair must survive.
        var gold = new[] { new TimexMention(0, 10, "DATE", "x"), new TimexMention(5, 5, "DATE", "y") };

        var score = TimexScorer.Score(gold, [new TimexMention(5, 5, "DATE", "y")]);

        Assert.Equal(1, score.Strict);
        Assert.Equal(1, score.ValueCorrect);
    }

    [Fact]
    public void Add_SumsCounts()
    {
        var sum = new TimexScore(1, 2, 1, 1, 1, 0) + new TimexScore(3, 1, 0, 1, 0, 1);

        Assert.Equal(new TimexScore(4, 3, 1, 2, 1, 1), sum);
    }
}
