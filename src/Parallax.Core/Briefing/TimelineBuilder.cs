using System.Text.RegularExpressions;
using Parallax.Clustering;
using Parallax.Time;

namespace Parallax.Briefing;

/// <summary>
/// Dated events: each calendar date the coverage mentions (year, month or day precision), with the
/// sentence that mentions it as the event. The same event reported by several articles (same date,
/// similar sentence) becomes one entry carrying all their ids. Sorted by date; the ISO-like values
/// sort correctly as strings, a year before its months and days.
/// </summary>
internal static partial class TimelineBuilder
{
    // The date already matches, so a modest overlap of content words (the event noun, the place)
    // is enough: two outlets' lead sentences about one event typically score 0.2-0.5, while
    // unrelated events on the same day share next to nothing.
    public const double SameEventSimilarity = 0.2;

    public static IReadOnlyList<TimelineEntry> Build(StoryText story)
    {
        var events = new List<TimelineEvent>();
        foreach (var article in story.Articles)
        {
            foreach (var time in article.Times.OrderBy(t => t.Span.Start))
            {
                if (CalendarDay(time) is not { } day || story.SentenceAt(article, time.Span.Start) is not { } sentence)
                {
                    continue;
                }

                var match = events.FirstOrDefault(e => e.Date == day && e.IsSameEvent(sentence));
                if (match is null)
                {
                    events.Add(new TimelineEvent(day, sentence, story.IsDuplicate(article.Article.Id)));
                }
                else
                {
                    match.Add(sentence, story.IsDuplicate(article.Article.Id));
                }
            }
        }

        return [.. events
            .Select((e, i) => (Event: e, Index: i))
            .OrderBy(p => p.Event.Date, StringComparer.Ordinal)
            .ThenBy(p => p.Index)
            .Select(p => new TimelineEntry(p.Event.Date, p.Event.Text, p.Event.ArticleIds))];
    }

    public static bool IsCalendarDate(TimeExpression time) =>
        time.Type == TimexType.Date && time.Value is { } value && CalendarDate().IsMatch(value);

    /// <summary>
    /// The calendar date a time expression places an event on: a date's own value, or the day of a
    /// clock time that carries one ("10 p.m. Wednesday" is 2031-03-12T22:00); null otherwise.
    /// </summary>
    public static string? CalendarDay(TimeExpression time) =>
        IsCalendarDate(time) ? time.Value
        : time.Type == TimexType.Time && time.Value is { Length: > 10 } value && value[10] == 'T' && CalendarDate().IsMatch(value[..10]) ? value[..10]
        : null;

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex CalendarDate();

    private sealed class TimelineEvent(string date, StorySentence first, bool firstIsDuplicate)
    {
        private readonly List<StorySentence> _sentences = [first];
        private bool _textFromDuplicate = firstIsDuplicate;

        public string Date { get; } = date;

        public string Text { get; private set; } = first.Text;

        public List<string> ArticleIds { get; } = [first.ArticleId];

        public bool IsSameEvent(StorySentence sentence) =>
            _sentences.Any(s => ReferenceEquals(s, sentence) || TermVector.Cosine(s.Vector, sentence.Vector) >= SameEventSimilarity);

        public void Add(StorySentence sentence, bool isDuplicate)
        {
            _sentences.Add(sentence);
            if (!ArticleIds.Contains(sentence.ArticleId))
            {
                ArticleIds.Add(sentence.ArticleId);
            }

            // An independent article's wording is preferred to a copy's.
            if (_textFromDuplicate && !isDuplicate)
            {
                Text = sentence.Text;
                _textFromDuplicate = false;
            }
        }
    }
}
