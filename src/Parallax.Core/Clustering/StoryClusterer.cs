using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>Placeholder: being implemented.</summary>
public sealed class StoryClusterer
{
    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<ArticleAnalysis> articles) =>
        articles.Count == 0 ? [] : [new StoryCluster("s-" + articles[0].Article.Id, [.. articles.Select(a => a.Article.Id)])];
}
