using Parallax.Clustering;

namespace Parallax.Core.Tests.Clustering;

public class ArticleTermCounterTests
{
    // Soft hyphens, curly and straight apostrophes, possessives, capitals, initialisms, numbers and
    // every stemming rule: what the span path must treat exactly as the string path does.
    private const string Tricky =
        "The Governor\u2019s aides\u2019 reports: flood\u00ADing in the CITIES' outskirts killed 40; U.S. envoys " +
        "studied rivers' levels, and the bus's passengers were missing. Analysis says 2,500 homes lie in ruins - " +
        "the engineers re-tested Ilse's dams'' walls, al-Rashid's agencies said. Is it? Yes: Ies, sing, bed, ss.";

    [Fact]
    public void Count_TrickyText_SameTermsOrderAndSumsAsWeighted()
    {
        var expected = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in ContentWords.Weighted(Tricky, "Floods\u2019 toll: Governor's plea", ["Ilse Varga", "al-Rashid"], 2.0, 3.0))
        {
            expected[term] = expected.GetValueOrDefault(term) + weight;
        }

        var (terms, weights) = new ArticleTermCounter().Count(Tricky, "Floods\u2019 toll: Governor's plea", ["Ilse Varga", "al-Rashid"], 2.0, 3.0);

        Assert.Equal(expected.Keys, terms);
        Assert.Equal(expected.Values, weights);
    }

    [Fact]
    public void Count_SecondArticle_StartsFromNothing()
    {
        var counter = new ArticleTermCounter();
        counter.Count("Rivers flooded the valley.", string.Empty, [], 2.0, 3.0);

        var (terms, weights) = counter.Count("Valley farms", string.Empty, [], 2.0, 3.0);

        Assert.Equal(["valley", "farm"], terms);
        Assert.Equal([1.0, 1.0], weights);
    }
}
