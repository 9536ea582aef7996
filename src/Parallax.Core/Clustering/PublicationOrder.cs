using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>The order in which coverage appeared: dated articles first by date, undated last, ties by id (stable across runs).</summary>
internal static class PublicationOrder
{
    public static List<ArticleAnalysis> Sort(IEnumerable<ArticleAnalysis> articles) =>
        [.. articles
            .OrderBy(a => a.Article.Published is null ? 1 : 0)
            .ThenBy(a => a.Article.Published ?? DateOnly.MinValue)
            .ThenBy(a => a.Article.Id, StringComparer.Ordinal)];
}
