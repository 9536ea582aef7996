namespace Parallax.Briefing;

/// <summary>
/// Every stated figure that says what it counts, in story order. Duplicate articles are skipped:
/// their figures are the original's.
/// </summary>
internal static class QuantityCollector
{
    public static IReadOnlyList<QuantityEntry> Collect(StoryText story) =>
        [.. story.Articles
            .Where(a => !story.IsDuplicate(a.Article.Id))
            .SelectMany(a => a.Quantities
                .Where(q => !string.IsNullOrWhiteSpace(q.Counted))
                .OrderBy(q => q.Span.Start)
                .Select(q => new QuantityEntry(q.Value, q.Unit, q.Counted, q.Span.Of(a.Text), a.Article.Id)))];
}
