using Parallax.Articles;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Pipeline;

public class CorpusAnalyzerTimelineTests
{
    private const string Story =
        " The old stone bridge over the Varna river in Kelmor collapsed, killing four people and injuring eleven." +
        " Rescue teams from Kelmor searched the Varna river for survivors through the night." +
        " Engineers had warned the Kelmor council about cracks in the bridge piers last year.";

    /// <summary>Another outlet's wording, so that the two reports are not near-duplicates (which are left out of discrepancies).</summary>
    private const string OtherStory =
        " Four people died when the span over the Varna fell into the water, and eleven were hurt, according to Kelmor hospital staff." +
        " Divers worked along the Varna until dawn while families waited on the Kelmor embankment." +
        " Residents said inspectors had reported cracked piers to the Kelmor council a year ago.";

    private static Article Article(string id, string lead, DateOnly? published, string body = Story) => new()
    {
        Id = id,
        Title = "Bridge collapse in Kelmor",
        Language = "en",
        Text = lead + body,
        Published = published,
    };

    [Fact]
    public void Brief_SameEventWithDifferentDates_ListsADateDiscrepancy()
    {
        var analyzer = new CorpusAnalyzer();
        var corpus = analyzer.Analyze(
        [
            Article("wire", "The old stone bridge over the Varna river collapsed on 26 July 2021, the mayor of Kelmor said.", new DateOnly(2021, 7, 27)),
            Article("daily", "The old stone bridge over the Varna river collapsed on 25 July 2021, the mayor of Kelmor said.", new DateOnly(2021, 7, 27), OtherStory),
        ]);

        var briefing = Assert.Single(analyzer.Brief(corpus).Stories);

        Assert.Contains(briefing.Discrepancies, d => d.Values.Select(v => v.Value).Order().SequenceEqual(["2021-07-25", "2021-07-26"]));
    }

    [Fact]
    public void Analyze_UndatedArticleWeekday_IsFixedByAnotherArticlesDateAndJoinsTheTimeline()
    {
        var analyzer = new CorpusAnalyzer();
        var corpus = analyzer.Analyze(
        [
            Article("wire", "The old stone bridge over the Varna river collapsed on 26 July 2021, the mayor of Kelmor said.", new DateOnly(2021, 7, 27)),
            Article("undated", "The old stone bridge over the Varna river collapsed on Monday, the mayor of Kelmor said.", null, OtherStory),
        ]);

        var briefing = Assert.Single(analyzer.Brief(corpus).Stories);

        var entry = Assert.Single(briefing.Timeline, t => t.Date == "2021-07-26");
        Assert.Equal(["undated", "wire"], entry.ArticleIds.Order());
    }

    [Fact]
    public void Analyze_UndatedArticleWeekdayFixedByAnotherArticle_GetsPublicationDateFromIt()
    {
        var analyzer = new CorpusAnalyzer();
        var corpus = analyzer.Analyze(
        [
            Article("wire", "The old stone bridge over the Varna river collapsed on 26 July 2021, the mayor of Kelmor said.", new DateOnly(2021, 7, 27)),
            Article("undated", "The old stone bridge over the Varna river collapsed on Monday, the mayor of Kelmor said.", null, OtherStory),
        ]);

        var undated = corpus.Find("undated")!.Article;
        Assert.Equal(new DateOnly(2021, 7, 26), undated.Published);
        Assert.True(undated.PublishedInferred);
        Assert.Equal(MetadataSource.CrossArticleWeekday, undated.Sources.Published);
        Assert.Equal(MetadataSource.CrossArticleWeekday, corpus.InferredDates["undated"].Source);

        var entry = Assert.Single(analyzer.Brief(corpus).Articles, a => a.Id == "undated");
        Assert.Equal("lowest", entry.PublishedCertainty);
        Assert.Equal("2021-07-26 (inferred from a weekday another article dates, lowest)", entry.PublishedNote());
    }

    [Fact]
    public void Analyze_DatedArticleWithWeekdayOfAnotherArticlesEvent_KeepsItsMetadataDate()
    {
        var analyzer = new CorpusAnalyzer();
        var given = Article("dated", "The old stone bridge over the Varna river collapsed on Monday, the mayor of Kelmor said.", new DateOnly(2021, 7, 30), OtherStory)
            with { Sources = new MetadataSources { Published = MetadataSource.JsonLd } };
        var corpus = analyzer.Analyze(
        [
            Article("wire", "The old stone bridge over the Varna river collapsed on 26 July 2021, the mayor of Kelmor said.", new DateOnly(2021, 7, 27)),
            given,
        ]);

        var dated = corpus.Find("dated")!.Article;
        Assert.Equal(new DateOnly(2021, 7, 30), dated.Published);
        Assert.Equal(MetadataSource.JsonLd, dated.Sources.Published);
        Assert.Empty(corpus.InferredDates);
        Assert.Equal("high", Assert.Single(analyzer.Brief(corpus).Articles, a => a.Id == "dated").PublishedCertainty);
    }
}
