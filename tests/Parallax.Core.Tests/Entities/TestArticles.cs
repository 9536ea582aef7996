using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Entities;
using Parallax.Pipeline;
using Parallax.Segmentation;

namespace Parallax.Core.Tests.Entities;

/// <summary>Runs segmentation and entity recognition over invented sentences.</summary>
internal static class TestArticles
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().UseSegmentation().UseEntities().Build();

    public static ArticleAnalysis Analyze(string text, string id = "a1") =>
        Pipeline.Analyze(new Article { Id = id, Title = "Test", Language = "en", Text = text });

    public static EntityMention Single(ArticleAnalysis analysis, string text) =>
        Assert.Single(analysis.Entities, m => m.Text == text);
}
