using Parallax.Articles;
using Parallax.Briefing;
using Parallax.Pipeline;

namespace Parallax.Storage;

/// <summary>
/// Re-analyzes the store's articles and saves the resulting stories, topics, duplicate links,
/// inferred dates and entity index. Clustering is recomputed from all articles so the result does
/// not depend on the order in which files were ingested; the manual overrides are then re-applied,
/// so no re-clustering (after an ingest or with new models) loses them.
/// </summary>
public static class StoryRefresher
{
    public static CorpusAnalysis Refresh(ArticleStore store, CorpusAnalyzer analyzer, Action<Article>? progress = null) =>
        Recluster(store, analyzer, progress).Corpus;

    /// <summary>
    /// Re-clusters the whole store and saves the result in one transaction, together with
    /// <paramref name="newOverride"/> when given (applied after the stored ones), so a failure
    /// leaves the store as it was.
    /// </summary>
    public static ReclusterResult Recluster(ArticleStore store, CorpusAnalyzer analyzer, Action<Article>? progress = null, StoredOverride? newOverride = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        var before = store.LoadLayout();
        var overrides = store.LoadOverrides().ToList();
        if (newOverride is not null)
        {
            overrides.Add(newOverride);
        }

        var corpus = analyzer.Analyze(store.LoadArticles(), progress, [.. overrides.Select(o => o.Override)]);
        var headlines = corpus.Stories.ToDictionary(
            s => s.Id,
            s => corpus.ArticlesOf(s).Count == 0 ? s.Id : analyzer.Headline(corpus, s),
            StringComparer.Ordinal);
        var stories = corpus.Stories.Select(story =>
        {
            var dates = corpus.ArticlesOf(story).Select(m => m.Article.Published).OfType<DateOnly>().ToList();
            return new StoryRecord(story.Id, headlines[story.Id], story.ArticleIds.Count, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null, story.TopicId);
        }).ToList();
        var topics = corpus.Stories
            .GroupBy(s => s.TopicId, StringComparer.Ordinal)
            .Select(g => new TopicRecord(g.Key, StoryTopics.Headline(g, s => headlines[s.Id]), g.Count()))
            .ToList();
        var assignments = corpus.Stories
            .SelectMany(s => s.ArticleIds.Select(id => new StoryAssignment(id, s.Id, corpus.Duplicates.GetValueOrDefault(id))))
            .ToList();
        store.SaveStories(stories, assignments, corpus.InferredDates, corpus.Entities.Entities, topics, newOverride);

        var stored = corpus.Articles.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        var stale = overrides
            .Select(o => new StaleOverride(o, [.. o.Override.ArticleIds.Where(id => !stored.Contains(id)).Distinct(StringComparer.Ordinal)]))
            .Where(s => s.MissingArticleIds.Count > 0)
            .ToList();
        var (storiesChanged, topicsChanged) = before.CountChanged(StoryLayout.From(corpus.Stories));
        return new ReclusterResult(corpus, stories.Count, topics.Count, storiesChanged, topicsChanged, overrides.Count, stale);
    }
}

/// <summary>What a re-clustering did: the new analysis, counts, and the overrides that name articles no longer stored.</summary>
public sealed record ReclusterResult(
    CorpusAnalysis Corpus,
    int StoryCount,
    int TopicCount,
    int StoriesChanged,
    int TopicsChanged,
    int OverridesApplied,
    IReadOnlyList<StaleOverride> StaleOverrides);

/// <summary>An override some of whose articles are gone; what remains of it still applies.</summary>
public sealed record StaleOverride(StoredOverride Override, IReadOnlyList<string> MissingArticleIds);
