using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Entities;
using Parallax.Pipeline;
using Parallax.Quotes;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Core.Tests.Quotes;

/// <summary>Builds analyses by hand: segmentation from the real stage, entity mentions as the test lists them.</summary>
internal static class QuoteTestArticles
{
    public static ArticleAnalysis Analyze(string text, params (string Name, EntityType Type, string? Role)[] entities)
    {
        var article = new Article { Id = "test", Title = "Test", Language = "en", Text = text };
        var analysis = new AnalysisPipelineBuilder().UseSegmentation().Build().Analyze(article);
        foreach (var (name, type, role) in entities)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                analysis.Entities.Add(new EntityMention(new Span(at, name.Length), type, name) { Role = role });
                at += name.Length;
            }
        }

        analysis.Entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        new QuoteExtractor().Annotate(analysis);
        return analysis;
    }

    public static string Of(this ArticleAnalysis analysis, Span? span) => span is { } s ? s.Of(analysis.Text) : "";

    public static Quote Single(this ArticleAnalysis analysis) => Assert.Single(analysis.Quotes);

    public static Quote QuoteWith(this ArticleAnalysis analysis, string contentStart) =>
        Assert.Single(analysis.Quotes, q => analysis.Of(q.Content).StartsWith(contentStart, StringComparison.Ordinal));
}
