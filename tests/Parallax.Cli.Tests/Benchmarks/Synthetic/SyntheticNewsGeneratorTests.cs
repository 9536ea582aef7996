using Parallax.Cli.Benchmarks.Synthetic;

namespace Parallax.Cli.Tests.Benchmarks.Synthetic;

public class SyntheticNewsGeneratorTests
{
    private const string Conll = "datasets/conll2003/eng.train";

    private static readonly Lazy<CorpusVocabulary> Vocabulary = new(() => CorpusVocabulary.Read(SharedData.Path(Conll)));

    [SharedDataFact(Conll)]
    public void Generate_SameSeed_SameArticlesAndPlan()
    {
        var first = new SyntheticNewsGenerator(Vocabulary.Value, 7, articlesPerDay: 200).Generate(500).ToList();
        var second = new SyntheticNewsGenerator(Vocabulary.Value, 7, articlesPerDay: 200).Generate(500).ToList();

        Assert.Equal(500, first.Count);
        Assert.Equal(
            first.Select(a => (a.Article.Id, a.Article.Published, a.Article.Title, a.Article.Text, a.Story, a.CopyOf)),
            second.Select(a => (a.Article.Id, a.Article.Published, a.Article.Title, a.Article.Text, a.Story, a.CopyOf)));
    }

    [SharedDataFact(Conll)]
    public void Generate_OtherSeed_OtherText()
    {
        var first = new SyntheticNewsGenerator(Vocabulary.Value, 7).Generate(20).Select(a => a.Article.Text);
        var other = new SyntheticNewsGenerator(Vocabulary.Value, 8).Generate(20).Select(a => a.Article.Text);

        Assert.NotEqual(first, other);
    }

    [SharedDataFact(Conll)]
    public void Generate_PlantedCopies_OfEachKindPointToAnEarlierOriginalOfTheSameStory()
    {
        var articles = new SyntheticNewsGenerator(Vocabulary.Value, 3, articlesPerDay: 500).Generate(3_000).ToList();
        var byId = articles.ToDictionary(a => a.Article.Id);
        var copies = articles.Where(a => a.Copy != CopyKind.None).ToList();

        Assert.Equal([CopyKind.Exact, CopyKind.RetitledTrimmed, CopyKind.Rewritten], copies.Select(c => c.Copy).Distinct().Order());
        foreach (var copy in copies)
        {
            var original = byId[copy.CopyOf!];
            Assert.Equal(CopyKind.None, original.Copy);
            Assert.Equal(original.Story, copy.Story);
            Assert.True(string.CompareOrdinal(original.Article.Id, copy.Article.Id) < 0, $"{copy.Article.Id} copies a later article");
        }

        var exact = copies.First(c => c.Copy == CopyKind.Exact);
        Assert.Equal(byId[exact.CopyOf!].Article.Text, exact.Article.Text);
        var trimmed = copies.First(c => c.Copy == CopyKind.RetitledTrimmed);
        var source = byId[trimmed.CopyOf!].Article.Text;
        Assert.True(trimmed.Article.Text.Length < source.Length && source.StartsWith(trimmed.Article.Text, StringComparison.Ordinal));
    }

    [SharedDataFact(Conll)]
    public void Generate_StoriesSpanSeveralArticlesAndDaysAndOnlyLateOnesGoBackInTime()
    {
        var articles = new SyntheticNewsGenerator(Vocabulary.Value, 5, articlesPerDay: 300).Generate(3_000).ToList();

        Assert.Contains(articles.GroupBy(a => a.Story), story => story.Count() >= 5 && story.Select(a => a.Article.Published).Distinct().Count() > 1);
        Assert.Contains(articles, a => a.Late);
        var newest = DateOnly.MinValue;
        foreach (var article in articles)
        {
            var published = article.Article.Published!.Value;
            Assert.True(article.Late || published >= newest, $"{article.Article.Id} goes back in time without being late");
            newest = published > newest ? published : newest;
        }
    }

    [SharedDataFact(Conll)]
    public void Generate_ArticlesNameTheirStorysEntities()
    {
        var article = new SyntheticNewsGenerator(Vocabulary.Value, 9).Generate(50).First(a => a.Article.EntityNames.Count > 0);

        Assert.All(article.Article.EntityNames, name => Assert.Contains(name, article.Article.Text, StringComparison.Ordinal));
    }
}
