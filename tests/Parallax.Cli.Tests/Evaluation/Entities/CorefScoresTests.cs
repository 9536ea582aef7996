using Parallax.Cli.Evaluation.Entities;

namespace Parallax.Cli.Tests.Evaluation.Entities;

public class CorefScoresTests
{
    [Fact]
    public void Muc_SplitChain_FullPrecisionPartialRecall()
    {
        var muc = CorefMetrics.Muc(["x", "x", "y", "y"], ["k", "k", "k", "k"]);

        Assert.Equal(1.0, muc.Precision, 6);
        Assert.Equal(2.0 / 3, muc.Recall, 6);
    }

    [Fact]
    public void Muc_AllSingletons_ZeroWithoutDividingByZero()
    {
        var muc = CorefMetrics.Muc(["a", "b"], ["c", "d"]);

        Assert.Equal(0, muc.F1);
    }

    [Fact]
    public void CeafE_OverlappingChains_UsesBestOneToOneAlignment()
    {
        // Gold {a,b,c},{d}; predicted {a,b},{c,d}: φ4 aligns K1-R1 (0.8) and K2-R2 (2/3).
        var ceaf = CorefMetrics.CeafE(["r1", "r1", "r2", "r2"], ["k1", "k1", "k1", "k2"]);

        Assert.Equal((0.8 + 2.0 / 3) / 2, ceaf.Recall, 6);
        Assert.Equal((0.8 + 2.0 / 3) / 2, ceaf.Precision, 6);
    }

    [Fact]
    public void Of_IdenticalPartitions_PerfectConllF1()
    {
        var scores = CorefScores.Of(["p", "p", "q", "r"], ["1", "1", "2", "3"]);

        Assert.Equal(1.0, scores.ConllF1, 6);
        Assert.Equal(1.0, scores.BCubed.F1, 6);
    }

    [Fact]
    public void Of_EverythingMerged_LowPrecisionFullRecall()
    {
        var scores = CorefScores.Of(["m", "m", "m", "m"], ["1", "2", "3", "4"]);

        Assert.Equal(1.0, scores.BCubed.Recall, 6);
        Assert.Equal(0.25, scores.BCubed.Precision, 6);
        Assert.Equal(0.1, scores.CeafE.Recall, 6);
        Assert.Equal(0.4, scores.CeafE.Precision, 6);
    }

    [Fact]
    public void Of_MisalignedLabels_Throws()
    {
        Assert.Throws<ArgumentException>(() => CorefScores.Of(["a"], ["a", "b"]));
    }

    [Fact]
    public void Solve_GreedyWouldFail_FindsOptimalAssignment()
    {
        Assert.Equal(1.5, MaximumWeightAssignment.Solve(new[,] { { 0.9, 0.8 }, { 0.7, 0.1 } }), 6);
    }

    [Fact]
    public void Solve_MoreRowsThanColumns_AssignsEachColumnOnce()
    {
        Assert.Equal(0.9, MaximumWeightAssignment.Solve(new[,] { { 0.2 }, { 0.9 }, { 0.8 } }), 6);
    }
}
