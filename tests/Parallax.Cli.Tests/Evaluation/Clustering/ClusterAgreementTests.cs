using Parallax.Cli.Evaluation.Clustering;

namespace Parallax.Cli.Tests.Evaluation.Clustering;

public class ClusterAgreementTests
{
    private static readonly string[] Gold = ["a", "a", "a", "b", "b"];

    [Fact]
    public void BCubed_IdenticalClusterings_ScoresOne()
    {
        var score = ClusterAgreement.BCubed(["x", "x", "x", "y", "y"], Gold);

        Assert.Equal(1.0, score.Precision, 10);
        Assert.Equal(1.0, score.Recall, 10);
        Assert.Equal(1.0, score.F1, 10);
    }

    [Fact]
    public void BCubed_EverythingMerged_KeepsRecallLosesPrecision()
    {
        var score = ClusterAgreement.BCubed(["x", "x", "x", "x", "x"], Gold);

        // Three items see 3/5 of their cluster correct, two see 2/5: (3·3/5 + 2·2/5) / 5 = 13/25.
        Assert.Equal(13.0 / 25, score.Precision, 10);
        Assert.Equal(1.0, score.Recall, 10);
    }

    [Fact]
    public void BCubed_AllSingletons_KeepsPrecisionLosesRecall()
    {
        var score = ClusterAgreement.BCubed(["1", "2", "3", "4", "5"], Gold);

        // (3·1/3 + 2·1/2) / 5 = 2/5.
        Assert.Equal(1.0, score.Precision, 10);
        Assert.Equal(2.0 / 5, score.Recall, 10);
        Assert.Equal(2 * 0.4 / 1.4, score.F1, 10);
    }

    [Fact]
    public void BCubed_MisalignedLabels_Throws() =>
        Assert.Throws<ArgumentException>(() => ClusterAgreement.BCubed(["x"], Gold));

    [Fact]
    public void NormalizedMutualInformation_RenamedClusters_ScoresOne() =>
        Assert.Equal(1.0, ClusterAgreement.NormalizedMutualInformation(["q", "q", "q", "r", "r"], Gold), 10);

    [Fact]
    public void NormalizedMutualInformation_EverythingMerged_ScoresZero() =>
        Assert.Equal(0.0, ClusterAgreement.NormalizedMutualInformation(["x", "x", "x", "x", "x"], Gold), 10);

    [Fact]
    public void NormalizedMutualInformation_PartialAgreement_MatchesHandComputedValue()
    {
        // Predicted {0,1} {2,3}, gold {0,1,2} {3}: I = 0.5·ln2 + 0.25·ln(4/3)... computed in full below.
        string[] predicted = ["x", "x", "y", "y"];
        string[] gold = ["a", "a", "a", "b"];
        var mutual = (0.5 * Math.Log(0.5 / (0.5 * 0.75))) + (0.25 * Math.Log(0.25 / (0.5 * 0.75))) + (0.25 * Math.Log(0.25 / (0.5 * 0.25)));
        var entropyPredicted = Math.Log(2);
        var entropyGold = -((0.75 * Math.Log(0.75)) + (0.25 * Math.Log(0.25)));

        var nmi = ClusterAgreement.NormalizedMutualInformation(predicted, gold);

        Assert.Equal(2 * mutual / (entropyPredicted + entropyGold), nmi, 10);
        Assert.InRange(nmi, 0.1, 0.9);
    }
}
