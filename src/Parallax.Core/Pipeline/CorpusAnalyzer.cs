using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Briefing;
using Parallax.Clustering;
using Parallax.Entities;
using Parallax.Time;

namespace Parallax.Pipeline;

/// <summary>
/// Runs the whole analysis over a set of articles: the per-article pipeline, then the stages that
/// need the whole set (copies, stories, dates inferred from the rest of a story, entities merged
/// across articles), and builds briefings from the result.
/// </summary>
public sealed class CorpusAnalyzer
{
    private readonly AnalysisPipeline _pipeline;
    private readonly NearDuplicateDetector _duplicates = new();
    private readonly StoryClusterer _clusterer = new();
    private readonly StoryDateInference _dates = new();
    private readonly EntityResolver _resolver = new();
    private readonly BriefingBuilder _briefing = new();

    public CorpusAnalyzer(AnalysisPipeline? pipeline = null) => _pipeline = pipeline ?? AnalysisPipeline.CreateDefault();

    /// <param name="progress">Called after each article's per-article analysis, for progress display.</param>
    /// <param name="overrides">Manual merges and splits, re-applied over the fresh clustering in the order they were made.</param>
    public CorpusAnalysis Analyze(IReadOnlyList<Article> articles, Action<Article>? progress = null, IReadOnlyList<StoryOverride>? overrides = null)
    {
        var analyses = new List<ArticleAnalysis>(articles.Count);
        foreach (var article in articles)
        {
            analyses.Add(_pipeline.Analyze(article));
            progress?.Invoke(article);
        }

        var duplicates = _duplicates.Find(analyses);
        var stories = _clusterer.Cluster(analyses);
        if (overrides is { Count: > 0 })
        {
            stories = StoryOverrides.Apply(stories, overrides, [.. PublicationOrder.Sort(analyses).Select(a => a.Article.Id)]);
        }

        var inferred = InferStoryDates(analyses, stories);
        var entities = _resolver.Resolve(analyses);
        return new CorpusAnalysis(analyses, stories, duplicates, entities, inferred);
    }

    public BriefingDocument Brief(CorpusAnalysis corpus, string? storyId = null)
    {
        var stories = corpus.Stories.Where(s => storyId is null || s.Id == storyId).ToList();
        var briefings = stories
            .Select(s => _briefing.Build(s, corpus.ArticlesOf(s), corpus.Entities, corpus.Duplicates))
            .ToList();
        var headlines = briefings.ToDictionary(b => b.Id, b => b.Headline, StringComparer.Ordinal);
        string HeadlineOf(StoryCluster story) =>
            headlines.TryGetValue(story.Id, out var known) ? known : headlines[story.Id] = Headline(corpus, story);
        briefings = [.. briefings.Select((b, i) => b with { Topic = StoryTopics.Describe(stories[i], corpus.Stories, HeadlineOf) })];
        var articleIds = stories.SelectMany(s => s.ArticleIds).ToHashSet();
        var articles = corpus.Articles
            .Where(a => articleIds.Contains(a.Article.Id))
            .Select(corpus.Describe)
            .ToList();
        return new BriefingDocument(articles, briefings);
    }

    /// <summary>The story's headline alone, without building the rest of its briefing.</summary>
    public string Headline(CorpusAnalysis corpus, StoryCluster story) =>
        _briefing.Headline(story, corpus.ArticlesOf(story), corpus.Entities, corpus.Duplicates);

    /// <summary>
    /// Undated articles get a date from the rest of their story; their time expressions are then
    /// resolved again, because "on Monday" means nothing until the article has a date. Where no
    /// date can be inferred, a weekday may still be fixed by another article dating the same event,
    /// and those weekdays in turn bound the article's publication date (the weakest evidence).
    /// Dates the article already has are never replaced.
    /// </summary>
    private Dictionary<string, InferredPublication> InferStoryDates(List<ArticleAnalysis> analyses, IReadOnlyList<StoryCluster> stories)
    {
        var inferred = new Dictionary<string, InferredPublication>();
        var byId = analyses.ToDictionary(a => a.Article.Id);
        foreach (var story in stories)
        {
            var members = story.ArticleIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
            if (members.All(m => m.Article.Published is not null))
            {
                continue;
            }

            foreach (var (id, publication) in _dates.InferMissing(members))
            {
                if (byId.TryGetValue(id, out var analysis))
                {
                    SetInferred(analysis, publication, inferred);
                }
            }

            // Weekdays still unresolved in articles that stayed undated: another article may date the event.
            foreach (var group in CrossArticleWeekdays.Anchor(members).GroupBy(w => w.Article))
            {
                var anchored = group.ToList();
                // An estimate within a week's window would shift the article's other relative
                // expressions ("on Friday") by up to a week, so they are resolved again only when
                // the evidence pins the day.
                if (WeekdayPublicationWindow.Infer(group.Key, anchored) is { } estimate
                    && SetInferred(group.Key, new(estimate.Date, MetadataSource.CrossArticleWeekday), inferred, reresolve: estimate.Exact)
                    && estimate.Exact)
                {
                    // The other article's date for the event is better evidence than the estimate.
                    foreach (var weekday in anchored)
                    {
                        var index = group.Key.Times.FindIndex(t => t.Span == weekday.Time.Span);
                        if (index >= 0)
                        {
                            group.Key.Times[index] = weekday.Time;
                        }
                    }
                }
            }
        }

        return inferred;
    }

    private bool SetInferred(ArticleAnalysis analysis, InferredPublication publication, Dictionary<string, InferredPublication> inferred, bool reresolve = true)
    {
        if (analysis.Article.Published is not null)
        {
            return false;
        }

        analysis.UpdateArticle(analysis.Article with { Published = publication.Date, PublishedInferred = true, Sources = analysis.Article.Sources with { Published = publication.Source } });
        if (reresolve)
        {
            ReresolveTimes(analysis);
        }

        inferred[analysis.Article.Id] = publication;
        return true;
    }

    private void ReresolveTimes(ArticleAnalysis analysis)
    {
        analysis.Times.Clear();
        foreach (var annotator in _pipeline.Annotators.OfType<TimeExpressionRecognizer>())
        {
            annotator.Annotate(analysis);
        }
    }
}
