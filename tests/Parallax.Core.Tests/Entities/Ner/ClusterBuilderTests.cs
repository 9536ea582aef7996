using Parallax.Entities.Ner;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class ClusterBuilderTests
{
    // Building clusters for 2,200 words takes seconds: build once and share it between tests.
    private static readonly Lazy<WordClusters> Shared = new(() => ClusterBuilder.Build(Corpus(), new NerTrainingOptions(), null));

    [Fact]
    public void Build_WordsWithIdenticalContexts_ShareTheirClusterAtEveryLevel()
    {
        var entries = Shared.Value.Entries.ToDictionary(e => e.Key, e => e.Value);
        var alpha = entries[FeatureHash.OfLower("alpha")];
        var beta = entries[FeatureHash.OfLower("beta")];
        // The low 48 bits hold the three cluster levels; the top 16 the capitalization profile.
        Assert.Equal(alpha & 0xFFFF_FFFF_FFFF, beta & 0xFFFF_FFFF_FFFF);
    }

    [Fact]
    public void Build_SameText_GivesTheSameClusters()
    {
        var first = Shared.Value;
        var second = ClusterBuilder.Build(Corpus(), new NerTrainingOptions(), null);

        Assert.Equal(first.Entries.OrderBy(e => e.Key), second.Entries.OrderBy(e => e.Key));
    }

    [Fact]
    public void Build_CapitalizedAwayFromSentenceStarts_GetsTheNeverLowerCaseProfile()
    {
        var entries = Shared.Value.Entries.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal(1UL, entries[FeatureHash.OfLower("Zorvath")] >> 48);
        Assert.Equal(5UL, entries[FeatureHash.OfLower("alpha")] >> 48);
    }

    [Fact]
    public void Build_TooLittleText_GivesNoClusters()
    {
        var clusters = ClusterBuilder.Build([["a", "few", "words"]], new NerTrainingOptions(), null);

        Assert.Equal(0, clusters.Count);
    }

    /// <summary>
    /// Enough distinct words for 1024 fine clusters; "alpha" and "beta" always appear between the
    /// same neighbours, so their context vectors are identical.
    /// </summary>
    private static List<IReadOnlyList<string>> Corpus()
    {
        var sentences = new List<IReadOnlyList<string>>();
        for (var w = 0; w < 2200; w++)
        {
            for (var k = 0; k < 3; k++)
            {
                sentences.Add(["the", $"word{w}", $"ctx{(w * 7 + k) % 300}", "."]);
            }
        }

        for (var k = 0; k < 5; k++)
        {
            sentences.Add(["we", "saw", "alpha", "near", "Zorvath", "."]);
            sentences.Add(["we", "saw", "beta", "near", "Zorvath", "."]);
        }

        return sentences;
    }
}
