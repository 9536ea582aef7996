using Parallax.Analysis;

namespace Parallax.Quantities;

/// <summary>Placeholder: being implemented.</summary>
internal sealed class QuantityRecognizer : IArticleAnnotator
{
    public void Annotate(ArticleAnalysis analysis)
    {
    }
}
