using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Pipeline;
using Parallax.Segmentation;

namespace Parallax.Core.Tests.Pipeline;

public sealed class AnalysisPipelineTests
{
    private sealed class Recorder(List<string> log, string name) : IArticleAnnotator
    {
        public void Annotate(ArticleAnalysis analysis) => log.Add($"{name}:{analysis.Sentences.Count}");
    }

    private static Article Article(string text) => new() { Id = ArticleId.FromText(text), Title = "t", Language = "en", Text = text };

    [Fact]
    public void Analyze_RunsAnnotatorsInBuilderOrder()
    {
        var log = new List<string>();
        var pipeline = new AnalysisPipelineBuilder().Use(new Recorder(log, "before")).UseSegmentation().Use(new Recorder(log, "after")).Build();

        pipeline.Analyze(Article("One. Two."));

        Assert.Equal(["before:0", "after:2"], log);
    }

    [Fact]
    public void Analyze_SamePipelineTwice_GivesIndependentAnalyses()
    {
        var pipeline = new AnalysisPipelineBuilder().UseSegmentation().Build();

        var first = pipeline.Analyze(Article("One. Two."));
        var second = pipeline.Analyze(Article("Three."));

        Assert.Equal(2, first.Sentences.Count);
        Assert.Single(second.Sentences);
    }

    [Fact]
    public void UpdateArticle_DifferentText_IsRefused()
    {
        var analysis = new ArticleAnalysis(Article("Original text."));
        Assert.Throws<ArgumentException>(() => analysis.UpdateArticle(Article("Other text.")));
    }

    [Fact]
    public void CreateDefault_ContainsEveryStage() =>
        Assert.Equal(5, AnalysisPipeline.CreateDefault().Annotators.Count);
}
