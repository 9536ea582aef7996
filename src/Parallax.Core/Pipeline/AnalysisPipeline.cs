using Parallax.Analysis;
using Parallax.Articles;

namespace Parallax.Pipeline;

/// <summary>
/// An immutable, reusable sequence of annotators. Build one with <see cref="AnalysisPipelineBuilder"/>
/// (or take <see cref="CreateDefault"/>) and use it for any number of articles.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IArticleAnnotator> annotators) => Annotators = annotators;

    public IReadOnlyList<IArticleAnnotator> Annotators { get; }

    public static AnalysisPipeline CreateDefault() => new AnalysisPipelineBuilder().UseDefaults().Build();

    public ArticleAnalysis Analyze(Article article)
    {
        var analysis = new ArticleAnalysis(article);
        foreach (var annotator in Annotators)
        {
            annotator.Annotate(analysis);
        }

        return analysis;
    }
}
