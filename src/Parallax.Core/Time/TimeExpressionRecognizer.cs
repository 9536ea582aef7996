using Parallax.Analysis;

namespace Parallax.Time;

/// <summary>Placeholder: being implemented.</summary>
internal sealed class TimeExpressionRecognizer : IArticleAnnotator
{
    public void Annotate(ArticleAnalysis analysis)
    {
    }
}
