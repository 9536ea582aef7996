using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Briefing;
using Parallax.Clustering;
using Parallax.Entities;

namespace Parallax.Pipeline;

/// <summary>Everything known about a set of articles after analysis: per-article layers, stories, copies and entities.</summary>
public sealed record CorpusAnalysis(
    IReadOnlyList<ArticleAnalysis> Articles,
    IReadOnlyList<StoryCluster> Stories,
    IReadOnlyDictionary<string, string> Duplicates,
    EntityIndex Entities,
    IReadOnlyDictionary<string, Articles.InferredPublication> InferredDates)
{
    // Built on first use and kept: briefings and saves look up every story's articles, and a
    // dictionary per call made that cost stories × articles.
    private Dictionary<string, ArticleAnalysis>? _byId;

    public ArticleAnalysis? Find(string articleId) => ById().GetValueOrDefault(articleId);

    public StoryCluster? StoryOf(string articleId) => Stories.FirstOrDefault(s => s.ArticleIds.Contains(articleId));

    public IReadOnlyList<ArticleAnalysis> ArticlesOf(StoryCluster story)
    {
        var byId = ById();
        return [.. story.ArticleIds.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    private Dictionary<string, ArticleAnalysis> ById() =>
        _byId ??= Articles.GroupBy(a => a.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public ArticleEntry Describe(ArticleAnalysis analysis)
    {
        var a = analysis.Article;
        return new ArticleEntry(
            a.Id,
            a.Path,
            a.Url,
            a.Title,
            a.Outlet,
            a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.PublishedInferred,
            a.Language,
            StoryOf(a.Id)?.Id,
            Duplicates.TryGetValue(a.Id, out var original) ? original : null,
            a.Authors,
            MetadataSourcesEntry.From(a.Sources))
        {
            PublishedCertainty = PublicationCertainty.Of(a.Published, a.Sources.Published, a.PublishedInferred) is { } certainty
                ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(certainty.ToString())
                : null,
            PublishedInference = $"inferred {PublicationCertainty.Describe(a.Sources.Published)}, {Worded(PublicationCertainty.Of(a.Published, a.Sources.Published, a.PublishedInferred))}",
        };
    }

    /// <summary>"medium-high", "low": a certainty as a reader would write it.</summary>
    private static string Worded(DateCertainty? certainty) => certainty switch
    {
        DateCertainty.MediumHigh => "medium-high",
        { } known => known.ToString().ToLowerInvariant(),
        null => "unknown",
    };
}
