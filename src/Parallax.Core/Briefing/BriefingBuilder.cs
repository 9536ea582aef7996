using Parallax.Analysis;
using Parallax.Clustering;
using Parallax.Entities;

namespace Parallax.Briefing;

/// <summary>Placeholder: being implemented.</summary>
public sealed class BriefingBuilder
{
    public StoryBriefing Build(
        StoryCluster story,
        IReadOnlyList<ArticleAnalysis> articles,
        EntityIndex entities,
        IReadOnlyDictionary<string, string> duplicates) =>
        new()
        {
            Id = story.Id,
            Headline = articles.Count > 0 ? articles[0].Article.Title : string.Empty,
            ArticleIds = story.ArticleIds,
            Summary = [],
            Entities = [],
            Quotes = [],
            Timeline = [],
            Quantities = [],
            Claims = [],
            Discrepancies = [],
            Commitments = [],
        };
}
