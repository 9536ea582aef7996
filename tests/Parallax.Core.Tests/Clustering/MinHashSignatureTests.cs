using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class MinHashSignatureTests
{
    [Theory]
    [InlineData(TestCoverage.WireText)]
    [InlineData(TestCoverage.HarborText)]
    [InlineData("Four words only here")]
    [InlineData("")]
    public void Of_VectorizedAndPerSlot_GiveTheSameSignature(string text)
    {
        var lanes = MinHashSignature.Of(text, vectorized: true);
        var slots = MinHashSignature.Of(text, vectorized: false);

        Assert.Equal(slots.ShingleCount, lanes.ShingleCount);
        Assert.Equal(slots.Slots, lanes.Slots);
    }

    [Fact]
    public void Of_RepeatedShingles_CountsDistinctOnes()
    {
        // "a b c d e" repeated: the 5-grams cycle through five distinct ones.
        var signature = MinHashSignature.Of(string.Join(' ', Enumerable.Repeat("alpha bravo charlie delta echo", 4)));

        Assert.Equal(5, signature.ShingleCount);
    }
}
