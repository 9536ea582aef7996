namespace Parallax.Analysis;

/// <summary>
/// The single seam every per-article stage implements: read what earlier stages left in the
/// analysis and append one layer of annotations. Implementations hold no per-article state, so one
/// instance can serve many articles (and threads) at once.
/// </summary>
public interface IArticleAnnotator
{
    void Annotate(ArticleAnalysis analysis);
}
