using Parallax.Cli.Benchmarks.Synthetic;

namespace Parallax.Cli.Tests.Benchmarks.Synthetic;

public class WeightedChoiceTests
{
    [Fact]
    public void Draw_GuideTable_PicksWhatBinarySearchOverCumulativeCountsPicks()
    {
        // Uneven counts, as word frequencies are: a few heavy items among many light ones.
        var sizes = new Random(3);
        var counts = Enumerable.Range(0, 500).Select(i => new KeyValuePair<int, int>(i, sizes.Next(1, i % 7 == 0 ? 5_000 : 40))).ToList();
        var cumulative = new long[counts.Count];
        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            cumulative[i] = total += counts[i].Value;
        }

        var choice = new WeightedChoice<int>(counts);
        var guided = new Random(11);
        var reference = new Random(11);
        for (var draw = 0; draw < 20_000; draw++)
        {
            var at = Array.BinarySearch(cumulative, reference.NextInt64(total) + 1);
            Assert.Equal(at >= 0 ? at : ~at, choice.Draw(guided));
        }
    }

    [Fact]
    public void Draw_SingleItem_AlwaysThatItem()
    {
        var choice = new WeightedChoice<string>([new("only", 3)]);

        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal("only", choice.Draw(new Random(1))));
    }
}
