using Parallax.Analysis;
using Parallax.Clustering;
using Parallax.Entities;

namespace Parallax.Briefing;

/// <summary>
/// Builds one story's briefing from its articles' analyses, the cross-document entity index and
/// the near-duplicate map. Each section is produced by its own stage; they share the story's
/// sentences, vectorized once. <paramref name="articles"/> may hold more than the story: only the
/// story's articles are used, in the story's order.
/// </summary>
public sealed class BriefingBuilder
{
    public StoryBriefing Build(
        StoryCluster story,
        IReadOnlyList<ArticleAnalysis> articles,
        EntityIndex entities,
        IReadOnlyDictionary<string, string> duplicates)
    {
        var text = new StoryText(story.ArticleIds, articles, duplicates, entities);
        return new StoryBriefing
        {
            Id = story.Id,
            Headline = HeadlineSelector.Select(text),
            ArticleIds = story.ArticleIds,
            Summary = ExtractiveSummarizer.Summarize(text),
            Entities = EntityRoster.List(text, entities),
            Quotes = QuoteCollector.Collect(text, entities),
            Timeline = TimelineBuilder.Build(text),
            Quantities = QuantityCollector.Collect(text),
            Claims = ClaimGrouper.Group(text),
            Discrepancies = DiscrepancyFinder.Find(text),
            Commitments = CommitmentFinder.Find(text, entities),
        };
    }

    /// <summary>The headline <see cref="Build"/> would choose, at the cost of the story's text alone.</summary>
    public string Headline(
        StoryCluster story,
        IReadOnlyList<ArticleAnalysis> articles,
        EntityIndex entities,
        IReadOnlyDictionary<string, string> duplicates) =>
        HeadlineSelector.Select(new StoryText(story.ArticleIds, articles, duplicates, entities));
}
