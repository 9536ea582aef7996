using Parallax.Analysis;

namespace Parallax.Entities;

/// <summary>Placeholder: being implemented.</summary>
internal sealed class EntityRecognizer : IArticleAnnotator
{
    public void Annotate(ArticleAnalysis analysis)
    {
    }
}
