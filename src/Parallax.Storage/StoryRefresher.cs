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
    /// <paramref name="newOverride"/> when given (applied after the stored ones) and without the
    /// override <paramref name="removeOverride"/> names, so a failure leaves the store as it was.
    /// </summary>
    /// <exception cref="StoryEditException"><paramref name="removeOverride"/> is not stored.</exception>
    /// <exception cref="StoreException">The result could not be saved; the store is unchanged.</exception>
    public static ReclusterResult Recluster(ArticleStore store, CorpusAnalyzer analyzer, Action<Article>? progress = null, StoredOverride? newOverride = null, long? removeOverride = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(analyzer);
        var before = store.LoadLayout();
        var overrides = store.LoadOverrides().ToList();
        if (removeOverride is { } removed && overrides.RemoveAll(o => o.Override.Sequence == removed) == 0)
        {
            throw StoryEdits.UnknownOverride(store, removed);
        }

        if (newOverride is not null)
        {
            overrides.Add(newOverride);
        }

        var corpus = analyzer.Analyze(store.LoadArticlesToCluster(), progress, [.. overrides.Select(o => o.Override)]);
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
        store.SaveStories(stories, assignments, corpus.InferredDates, corpus.Entities.Entities, topics, newOverride, removeOverride);

        var after = StoryLayout.From(corpus.Stories);
        var (storiesChanged, topicsChanged) = before.CountChanged(after);
        return new ReclusterResult(corpus, stories.Count, topics.Count, storiesChanged, topicsChanged, OverrideCheck.Check(overrides, after))
        {
            StoriesBefore = before.StoryCount,
            TopicsBefore = before.TopicCount,
            ArticlesMoved = before.CountMoved(after),
        };
    }
}

/// <summary>What a re-clustering did: the new analysis, counts, and every override checked against the result.</summary>
public sealed record ReclusterResult(
    CorpusAnalysis Corpus,
    int StoryCount,
    int TopicCount,
    int StoriesChanged,
    int TopicsChanged,
    IReadOnlyList<OverrideState> Overrides)
{
    /// <summary>Stories and topics in the store before (0 for a store never clustered).</summary>
    public int StoriesBefore { get; init; }

    public int TopicsBefore { get; init; }

    /// <summary>Articles that were in one story and are now in another (by story id; new articles are not counted).</summary>
    public int ArticlesMoved { get; init; }

    /// <summary>Every override was applied again; this many of them.</summary>
    public int OverridesApplied => Overrides.Count;

    /// <summary>The overrides that no longer hold as made (see <see cref="OverrideStatus"/>), oldest first.</summary>
    public IReadOnlyList<OverrideState> StaleOverrides => [.. Overrides.Where(o => o.IsStale)];
}
