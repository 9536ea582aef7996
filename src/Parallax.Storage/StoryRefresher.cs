using Parallax.Articles;
using Parallax.Pipeline;

namespace Parallax.Storage;

/// <summary>
/// Re-analyzes the store's articles and saves the resulting stories, duplicate links, inferred
/// dates and entity index. Clustering is recomputed from all articles so the result does not depend on the order in
/// which files were ingested.
/// </summary>
public static class StoryRefresher
{
    public static CorpusAnalysis Refresh(ArticleStore store, CorpusAnalyzer analyzer, Action<Article>? progress = null)
    {
        var corpus = analyzer.Analyze(store.LoadArticles(), progress);
        var stories = corpus.Stories.Select(story =>
        {
            var members = corpus.ArticlesOf(story);
            var dates = members.Select(m => m.Article.Published).OfType<DateOnly>().ToList();
            var headline = members.Count == 0 ? story.Id : analyzer.Headline(corpus, story);
            return new StoryRecord(story.Id, headline, story.ArticleIds.Count, dates.Count > 0 ? dates.Min() : null, dates.Count > 0 ? dates.Max() : null);
        }).ToList();
        var assignments = corpus.Stories
            .SelectMany(s => s.ArticleIds.Select(id => new StoryAssignment(id, s.Id, corpus.Duplicates.GetValueOrDefault(id))))
            .ToList();
        store.SaveStories(stories, assignments, corpus.InferredDates, corpus.Entities.Entities);
        return corpus;
    }
}
