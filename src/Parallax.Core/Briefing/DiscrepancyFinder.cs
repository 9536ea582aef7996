using Parallax.Clustering;
using Parallax.Quantities;

namespace Parallax.Briefing;

/// <summary>
/// Where independent articles disagree: the same counted thing with different figures (death tolls,
/// troop numbers) and the same event with different dates. Duplicates are left out, since a copy
/// cannot disagree with its original. Figures flagged uncertain never create a discrepancy on their
/// own, but are listed, marked "(uncertain)", with the values they may bear on.
/// </summary>
internal static class DiscrepancyFinder
{
    // Sentences this similar describe the same event, so their dates should agree.
    public const double SameEventSimilarity = 0.5;

    public static IReadOnlyList<DiscrepancyEntry> Find(StoryText story)
    {
        var independent = story.Articles.Where(a => !story.IsDuplicate(a.Article.Id)).ToList();
        var entries = new List<DiscrepancyEntry>();
        entries.AddRange(QuantityDiscrepancies(independent.SelectMany(a =>
            a.Quantities.OrderBy(q => q.Span.Start).Select(q => (Quantity: q, Thing: CountedThing.Of(q, a), a.Article.Id, Written: CountedThing.WrittenNumber(q, a))))));
        entries.AddRange(DateDiscrepancies(story));
        return entries;
    }

    private static IEnumerable<DiscrepancyEntry> QuantityDiscrepancies(IEnumerable<(Quantity Quantity, CountedThing? Thing, string ArticleId, string Written)> figures)
    {
        var groups = new List<List<(Quantity Quantity, CountedThing Thing, string ArticleId, string Written)>>();
        foreach (var (quantity, thing, articleId, written) in figures)
        {
            if (thing is null)
            {
                continue;
            }

            var group = groups.FirstOrDefault(g => g[0].Thing.IsSameAs(thing));
            if (group is null)
            {
                groups.Add([(quantity, thing, articleId, written)]);
            }
            else
            {
                group.Add((quantity, thing, articleId, written));
            }
        }

        foreach (var group in groups)
        {
            var certain = group.Where(f => !f.Quantity.Uncertain).ToList();
            var byArticle = certain
                .GroupBy(f => f.ArticleId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => CountedThing.ValueText(f.Quantity)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            if (!ConflictingValues.Disagree(byArticle))
            {
                continue;
            }

            var reports = certain.Select(f => (CountedThing.ValueText(f.Quantity), f.ArticleId))
                .Concat(group.Where(f => f.Quantity.Uncertain).Select(f => (f.Written + " (uncertain)", f.ArticleId)));
            yield return new DiscrepancyEntry(group[0].Thing.About, ConflictingValues.Values(reports));
        }
    }

    private static IEnumerable<DiscrepancyEntry> DateDiscrepancies(StoryText story)
    {
        var dated = new List<(StorySentence Sentence, string Date)>();
        foreach (var article in story.Articles.Where(a => !story.IsDuplicate(a.Article.Id)))
        {
            foreach (var time in article.Times.Where(TimelineBuilder.IsCalendarDate).OrderBy(t => t.Span.Start))
            {
                if (story.SentenceAt(article, time.Span.Start) is { } sentence)
                {
                    dated.Add((sentence, time.Value!));
                }
            }
        }

        var groups = new List<List<(StorySentence Sentence, string Date)>>();
        foreach (var item in dated)
        {
            var group = groups.FirstOrDefault(g => g.Any(m => m.Sentence.ArticleId != item.Sentence.ArticleId
                && TermVector.Cosine(m.Sentence.Vector, item.Sentence.Vector) >= SameEventSimilarity));
            if (group is null)
            {
                groups.Add([item]);
            }
            else
            {
                group.Add(item);
            }
        }

        foreach (var group in groups)
        {
            // Only dates of one precision are comparable: "2021" does not contradict "2021-07-26".
            foreach (var precision in group.GroupBy(m => m.Date.Length))
            {
                var byArticle = precision
                    .GroupBy(m => m.Sentence.ArticleId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Select(m => m.Date).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
                if (ConflictingValues.Disagree(byArticle))
                {
                    yield return new DiscrepancyEntry(group[0].Sentence.Text, ConflictingValues.Values(precision.Select(m => (m.Date, m.Sentence.ArticleId))));
                }
            }
        }
    }
}
