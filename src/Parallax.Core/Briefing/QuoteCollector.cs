using Parallax.Entities;

namespace Parallax.Briefing;

/// <summary>
/// The story's quotes in story order, each speaker linked to its canonical entity when the speaker
/// (or the name a pronoun refers back to) was resolved. Quotes in duplicate articles are skipped:
/// they repeat the original's.
/// </summary>
internal static class QuoteCollector
{
    public static IReadOnlyList<QuoteEntry> Collect(StoryText story, EntityIndex entities)
    {
        var entries = new List<QuoteEntry>();
        foreach (var article in story.Articles.Where(a => !story.IsDuplicate(a.Article.Id)))
        {
            var id = article.Article.Id;
            foreach (var quote in article.Quotes.OrderBy(q => q.Content.Start))
            {
                var speaker = quote.Speaker;
                var mention = speaker.Antecedent ?? speaker.Span;
                var entity = mention is { } span ? entities.Find(id, span) : null;
                entries.Add(new QuoteEntry(
                    id,
                    quote.Content.Of(article.Text).Trim(),
                    quote.Direct,
                    quote.Cue?.Of(article.Text),
                    new SpeakerEntry(entity?.Id, entity?.Name ?? ShortName(speaker), speaker.Anonymous, speaker.Description) { Source = speaker.Source },
                    quote.Via) { Kind = quote.Kind.ToString().ToLowerInvariant() });
            }
        }

        return entries;
    }

    /// <summary>An unnamed source goes by its description ("senior Example official"), not the whole phrase with its "who spoke on condition..." clause.</summary>
    private static string ShortName(Quotes.SpeakerMention speaker) =>
        speaker.Anonymous && !string.IsNullOrWhiteSpace(speaker.Description) ? speaker.Description : speaker.Text;
}
