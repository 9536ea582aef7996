using Parallax.Cli.Benchmarks.Synthetic;
using Parallax.Clustering;

namespace Parallax.Cli.Tests.Benchmarks.Synthetic;

public class PlantedQualityTests
{
    [Fact]
    public void Stories_PredictionEqualToPlan_ScoresOne()
    {
        var quality = new PlantedQuality();
        quality.Add(Planned("a", 1), 0, null);
        quality.Add(Planned("b", 1), 0, null);
        quality.Add(Planned("c", 2), 1, null);

        Assert.Equal((1.0, 1.0, 1.0), quality.Stories());
    }

    [Fact]
    public void Stories_TwoPlannedStoriesMerged_LosePrecisionNotRecall()
    {
        var quality = new PlantedQuality();
        quality.Add(Planned("a", 1), 0, null);
        quality.Add(Planned("b", 2), 0, null);

        var (precision, recall, _) = quality.Stories();

        Assert.Equal(0.5, precision, 6);
        Assert.Equal(1.0, recall, 6);
        Assert.Equal(1.0, quality.AbsorbedOneOffShare(), 6);
    }

    [Fact]
    public void Copies_WrongOriginalAndMissedCopy_CountAgainstPrecisionAndRecall()
    {
        var quality = new PlantedQuality();
        quality.Add(Planned("a", 1), 0, null);
        quality.Add(Planned("b", 1, copyOf: "a"), 0, "a");
        quality.Add(Planned("c", 1, copyOf: "a"), 0, null);
        quality.Add(Planned("d", 3), 2, "a");

        var (precision, recall, _) = quality.Copies();

        Assert.Equal(0.5, precision, 6);
        Assert.Equal(0.5, recall, 6);
    }

    [Fact]
    public void Move_SplitSeparatingTwoMergedStories_RestoresFullScores()
    {
        // Generated ids encode the arrival order, which is how moved articles are found again.
        var quality = new PlantedQuality();
        quality.Add(Planned("a0000000", 1), 0, null);
        quality.Add(Planned("a0000001", 2), 0, null);
        quality.Add(Planned("a0000002", 1), 0, null);
        quality.Add(Planned("a0000003", 2), 0, null);

        quality.Move(["a0000001", "a0000003"], 1);

        Assert.Equal((1.0, 1.0, 1.0), quality.Stories());
        Assert.Equal(2, quality.PredictedStories);
        Assert.Equal(1, quality.Splits);
    }

    private static SyntheticArticle Planned(string id, long story, string? copyOf = null) =>
        new(new StreamedArticle(id, null, "t", "x"), story, copyOf, copyOf is null ? CopyKind.None : CopyKind.Exact);
}
