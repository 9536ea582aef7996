using Parallax.Entities.Ner;

namespace Parallax.Core.Tests.Entities.Ner;

public sealed class ViterbiDecoderTests
{
    private const int T = NerTags.Count;

    [Fact]
    public void Decode_InsideTagFavouredAtSentenceStart_StartsWithBegin()
    {
        var emissions = Emissions(("I-PER", 5f, "B-PER", 1f), ("I-PER", 5f, "B-PER", 1f));

        var tags = Decode(emissions, 2);

        Assert.Equal(["B-PER", "I-PER"], tags);
    }

    [Fact]
    public void Decode_InsideTagOfAnotherTypeFavoured_NeverContinuesTheWrongType()
    {
        var emissions = Emissions(("B-ORG", 5f, "O", 0f), ("I-LOC", 5f, "I-ORG", 1f));

        var tags = Decode(emissions, 2);

        Assert.Equal(["B-ORG", "I-ORG"], tags);
    }

    [Fact]
    public void Decode_InsideAfterOutside_IsNeverProduced()
    {
        var emissions = Emissions(("O", 5f, "B-MISC", 0f), ("I-MISC", 5f, "O", 4f));

        var tags = Decode(emissions, 2);

        Assert.Equal(["O", "O"], tags);
    }

    [Fact]
    public void Decode_TransitionScores_CanOverrideAWeakEmission()
    {
        var emissions = Emissions(("B-PER", 3f, "O", 0f), ("O", 1f, "I-PER", 0.5f));
        var transitions = new float[(T + 1) * T];
        transitions[(NerTags.Parse("B-PER") * T) + NerTags.Parse("I-PER")] = 2f;

        var tags = Decode(emissions, 2, transitions);

        Assert.Equal(["B-PER", "I-PER"], tags);
    }

    private static float[] Emissions(params (string Tag, float Score, string Other, float OtherScore)[] tokens)
    {
        var emissions = new float[tokens.Length * T];
        for (var i = 0; i < tokens.Length; i++)
        {
            emissions[(i * T) + NerTags.Parse(tokens[i].Tag)] = tokens[i].Score;
            emissions[(i * T) + NerTags.Parse(tokens[i].Other)] = tokens[i].OtherScore;
        }

        return emissions;
    }

    private static string[] Decode(float[] emissions, int n, float[]? transitions = null)
    {
        var tags = new int[n];
        ViterbiDecoder.Decode(emissions, ViterbiDecoder.Constrain(transitions ?? new float[(T + 1) * T]), tags);
        return [.. tags.Select(NerTags.Name)];
    }
}
