using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Entities;
using Parallax.Pipeline;
using Parallax.Quantities;
using Parallax.Quotes;
using Parallax.Segmentation;
using Parallax.Text;
using Parallax.Time;

namespace Parallax.Core.Tests.Clustering;

/// <summary>Builds analyses by hand: segmentation from the real pipeline, the other layers from the test.</summary>
internal static class TestArticles
{
    private static readonly AnalysisPipeline Segmentation = new AnalysisPipelineBuilder().UseSegmentation().Build();

    public static ArticleAnalysis Analyze(string id, string title, string text, DateOnly? published = null, string? outlet = null) =>
        Segmentation.Analyze(new Article { Id = id, Title = title, Text = text, Language = "en", Published = published, Outlet = outlet });

    public static Span SpanOf(ArticleAnalysis analysis, string phrase)
    {
        var at = analysis.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' is not in article {analysis.Article.Id}");
        return new Span(at, phrase.Length);
    }

    public static EntityMention AddEntity(this ArticleAnalysis analysis, string phrase, EntityType type)
    {
        var mention = new EntityMention(SpanOf(analysis, phrase), type, phrase);
        analysis.Entities.Add(mention);
        return mention;
    }

    public static void AddTime(this ArticleAnalysis analysis, string phrase, string value, string? modifier = null, TimexType type = TimexType.Date) =>
        analysis.Times.Add(new TimeExpression(SpanOf(analysis, phrase), type, value) { Modifier = modifier });

    public static void AddQuantity(this ArticleAnalysis analysis, string phrase, decimal value, string? counted, bool uncertain = false) =>
        analysis.Quantities.Add(new Quantity(SpanOf(analysis, phrase), value) { Counted = counted, Uncertain = uncertain });

    public static Quote AddQuote(this ArticleAnalysis analysis, string content, string cue, SpeakerMention speaker, string? via = null)
    {
        var quote = new Quote(SpanOf(analysis, content), true, SpanOf(analysis, cue), speaker) { Via = via };
        analysis.Quotes.Add(quote);
        return quote;
    }

    public static Sentence SentenceWith(this ArticleAnalysis analysis, string phrase) =>
        analysis.SentenceAt(SpanOf(analysis, phrase).Start) ?? throw new InvalidOperationException(phrase);
}
