using Parallax.Articles;

namespace Parallax.Storage;

/// <summary>
/// Publication dates that clustering infers from the rest of a story (saved with the stories so
/// listings and briefs show them). They are an output of clustering, so they must not become its
/// input: read back as if the article gave them, they would move articles on the next re-clustering
/// and make it differ from the one that inferred them. Every analysis of the store therefore starts
/// from the articles without them, and every save replaces them all.
/// </summary>
internal static class StoryInferredDates
{
    // The sources CorpusAnalyzer's story stage writes (Story: stores from before the finer ones).
    private static readonly MetadataSource[] Sources =
        [MetadataSource.Story, MetadataSource.OpeningTimestamp, MetadataSource.SelfReference, MetadataSource.CrossArticleWeekday];

    /// <summary>Clears the story-inferred dates before the new ones are written, in the save's transaction.</summary>
    public static string ClearSql { get; } =
        "UPDATE articles SET published = NULL, published_inferred = 0, published_source = NULL WHERE published_inferred = 1 AND published_source IN ("
        + string.Join(", ", Sources.Select(s => $"'{s}'")) + ")";

    /// <summary>The article as it was ingested, without a date inferred from its story.</summary>
    public static Article Forget(Article article) =>
        article.PublishedInferred && article.Sources.Published is { } source && Sources.Contains(source)
            ? article with { Published = null, PublishedInferred = false, Sources = article.Sources with { Published = null } }
            : article;
}
