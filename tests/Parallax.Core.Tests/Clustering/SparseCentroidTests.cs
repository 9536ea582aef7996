using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class SparseCentroidTests
{
    [Fact]
    public void WeightOf_ManyTermsThroughGrowth_KeepsEverySum()
    {
        var centroid = new SparseCentroid();
        var expected = new Dictionary<int, double>();
        var random = new Random(5);
        for (var n = 0; n < 5_000; n++)
        {
            var id = random.Next(3_000);
            var weight = random.NextDouble();
            centroid.WeightOf(id) += weight;
            expected[id] = expected.GetValueOrDefault(id) + weight;
        }

        Assert.Equal(expected.Count, centroid.Count);
        Assert.All(expected, pair => Assert.Equal(pair.Value, centroid.WeightOf(pair.Key)));
    }

    [Fact]
    public void Dot_AbsentTerms_CountNothingAndPresentOnesSumInArticleOrder()
    {
        var centroid = new SparseCentroid();
        centroid.WeightOf(7) += 0.5;
        centroid.WeightOf(1_000_000) += 2.0;

        var dot = centroid.Dot([1_000_000, 3, 7, 0], [0.25, 9.0, 4.0, 9.0]);

        Assert.Equal((0.25 * 2.0) + (4.0 * 0.5), dot);
        Assert.Equal(2, centroid.Count);
    }
}
