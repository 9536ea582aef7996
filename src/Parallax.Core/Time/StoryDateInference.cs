using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Articles;

namespace Parallax.Time;

/// <summary>
/// Infers publication dates for a story's undated articles from evidence that pins them down, and
/// from nothing weaker: a wrong date would silently shift every relative expression of the article,
/// while a missing one only leaves them unresolved.
/// <list type="number">
/// <item>A timestamp in the article's opening lines ("07:12 AM, July 24, 2021"): bylines carry the
/// publication time, and body text almost never pairs a clock time with a full date.</item>
/// <item>A self-reference that names the weekday of publication ("yesterday, Monday" → a Tuesday;
/// "today, Friday"; "Friday (today)"). The weekday alone repeats every week, so the story supplies
/// the week: the date with that weekday closest to the median of the story's anchor dates.</item>
/// </list>
/// </summary>
public sealed class StoryDateInference
{
    /// <summary>How far into an article a byline timestamp may sit.</summary>
    private const int BylineWindow = 600;

    /// <summary>
    /// Anchors must agree on the week: at least two of them (or one known publication date) within
    /// this many days of the median, otherwise the "week of the story" is a guess.
    /// </summary>
    private const int AnchorAgreementDays = 7;

    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Weekday = "(?<wd>" + WeekdayLexicon.Pattern + ")";

    /// <summary>"yesterday, Monday", "today (Friday)", "tomorrow Saturday".</summary>
    private static readonly Regex RelativeThenWeekday = new(
        @"\b(?<rel>yesterday|today|tomorrow)\s*(?:,|\(|–|—|-)?\s*" + Weekday + @"\)?(?!\w)", Options, Timeout);

    /// <summary>"Friday (today)", "on Monday, yesterday,".</summary>
    private static readonly Regex WeekdayThenRelative = new(
        @"(?<!\w)" + Weekday + @"\s*(?:\(|,|–|—|-)\s*(?<rel>yesterday|today|tomorrow)\b", Options, Timeout);

    /// <summary>Publication dates for the story's undated articles that the rest of the story pins down.</summary>
    public IReadOnlyDictionary<string, InferredPublication> InferMissing(IReadOnlyList<ArticleAnalysis> story)
    {
        var inferred = new Dictionary<string, InferredPublication>();
        var undated = story.Where(a => a.Article.Published is null).ToList();

        // Bylines first: a dated article is a better anchor for the weekday rule than any date
        // mentioned in passing.
        foreach (var analysis in undated)
        {
            if (BylineDate(analysis) is { } date)
            {
                inferred[analysis.Article.Id] = new(date, MetadataSource.OpeningTimestamp);
            }
        }

        var (anchors, fromPublished) = Anchors(story, inferred);
        if (anchors.Count == 0)
        {
            return inferred;
        }

        var median = anchors[anchors.Count / 2];
        var support = anchors.Count(a => Math.Abs(a.DayNumber - median.DayNumber) <= AnchorAgreementDays);
        if (support < (fromPublished ? 1 : 2))
        {
            return inferred;
        }

        foreach (var analysis in undated.Where(a => !inferred.ContainsKey(a.Article.Id)))
        {
            if (PublicationWeekday(analysis.Text) is not { } weekday)
            {
                continue;
            }

            inferred[analysis.Article.Id] = new(CalendarMath.Weekday(median, weekday, Occurrence.Nearest), MetadataSource.SelfReference);
        }

        return inferred;
    }

    /// <summary>
    /// The dates the story itself provides, sorted. Known publication dates (given or just
    /// inferred from a byline) are solid, so when any exist they are the only anchors; otherwise
    /// the full dates (day, month and year) the articles mention stand in, since reports of one
    /// story cluster around the days they describe.
    /// </summary>
    private static (List<DateOnly> Anchors, bool FromPublished) Anchors(IReadOnlyList<ArticleAnalysis> story, Dictionary<string, InferredPublication> inferred)
    {
        var published = story
            .Select(a => a.Article.Published ?? (inferred.TryGetValue(a.Article.Id, out var d) ? d.Date : (DateOnly?)null))
            .OfType<DateOnly>()
            .Order()
            .ToList();
        if (published.Count > 0)
        {
            return (published, true);
        }

        var mentioned = story
            .SelectMany(a => a.Times)
            .Where(t => t.Type == TimexType.Date)
            .Select(t => FullDate(t.Value))
            .OfType<DateOnly>()
            .Order()
            .ToList();
        return (mentioned, false);
    }

    private static DateOnly? BylineDate(ArticleAnalysis analysis)
    {
        foreach (var time in analysis.Times.Where(t => t.Span.Start < BylineWindow && t.Type == TimexType.Time))
        {
            // A clock time that the recognizer attached to a written date carries the full date.
            if (time.Value is { Length: > 10 } value && value[10] == 'T' && FullDate(value[..10]) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The weekday of publication implied by the text's self-references, or null when there is
    /// none or they disagree (a sign of quoted or copied material from another day).
    /// </summary>
    internal static DayOfWeek? PublicationWeekday(string text)
    {
        var implied = new HashSet<DayOfWeek>();
        foreach (var m in RelativeThenWeekday.Matches(text).Concat(WeekdayThenRelative.Matches(text)))
        {
            if (WeekdayLexicon.Parse(m.Groups["wd"].Value) is not { } named)
            {
                continue;
            }

            var shift = m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "yesterday" => 1,
                "tomorrow" => -1,
                _ => 0,
            };
            implied.Add((DayOfWeek)(((int)named + shift + 7) % 7));
        }

        return implied.Count == 1 ? implied.First() : null;
    }

    internal static DateOnly? FullDate(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
