namespace Parallax.Briefing;

/// <summary>A quote of a briefing together with the story it belongs to.</summary>
public sealed record StoryQuote(string StoryId, QuoteEntry Quote);

/// <summary>
/// Picks quotes out of a briefing by speaker, and names a speaker for display. Shared by every
/// front end so "who said what" matches and reads the same in the terminal and on the web.
/// </summary>
public static class QuoteSelection
{
    /// <summary>
    /// The quotes whose speaker's name, any spelling variant of it or an unnamed source's
    /// description contains <paramref name="speaker"/> (case-insensitive); all quotes when null.
    /// </summary>
    public static IReadOnlyList<StoryQuote> Select(BriefingDocument document, string? speaker)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new List<StoryQuote>();
        foreach (var story in document.Stories)
        {
            var aliases = story.Entities.ToDictionary(e => e.Id, e => e.Aliases);
            foreach (var quote in story.Quotes)
            {
                var names = new List<string> { quote.Speaker.Name };
                names.AddRange(quote.Speaker.Description is { } d ? [d] : []);
                names.AddRange(quote.Speaker.EntityId is { } id && aliases.TryGetValue(id, out var a) ? a : []);
                if (speaker is null || names.Any(n => n.Contains(speaker, StringComparison.OrdinalIgnoreCase)))
                {
                    result.Add(new StoryQuote(story.Id, quote));
                }
            }
        }

        return result;
    }

    /// <summary>The key that groups one speaker's quotes: the resolved entity, else the name as written.</summary>
    public static string GroupKey(SpeakerEntry speaker) => speaker?.EntityId ?? speaker?.Name ?? string.Empty;

    /// <summary>"Name", or for an unnamed source "Name (unnamed senior US official; reason)".</summary>
    public static string Label(SpeakerEntry speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return speaker.Name + (speaker.Source is { } s
            ? $" (unnamed {string.Join(' ', new[] { s.Seniority, s.Affiliation, s.Role }.Where(p => p is not null))}{(s.Reason is null ? string.Empty : "; " + s.Reason)})"
            : speaker.Anonymous ? " (unnamed)" : string.Empty);
    }
}
