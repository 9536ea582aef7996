using Parallax.Analysis;

namespace Parallax.Quotes;

/// <summary>Placeholder: being implemented.</summary>
internal sealed class QuoteExtractor : IArticleAnnotator
{
    public void Annotate(ArticleAnalysis analysis)
    {
    }
}
