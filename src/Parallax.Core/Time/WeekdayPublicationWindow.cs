using Parallax.Analysis;

namespace Parallax.Time;

/// <summary>
/// Bounds an undated article's publication date by the weekdays it mentions that another article
/// dated (<see cref="CrossArticleWeekdays"/>). News names an event by its weekday only within the
/// week around it: a past event ("collapsed on Monday", Monday = 26 July) puts publication on that
/// day or the six after; a coming one ("will meet on Monday") on one of the six days before. The
/// windows of all such weekdays must overlap; a self-reference ("yesterday, Monday") then picks its
/// weekday inside the overlap, and otherwise the day nearest the latest event is taken, since
/// reports follow events within days. The result is the weakest publication evidence there is, and
/// unless the evidence pins a single day it is only an estimate (<see cref="WeekdayEstimate.Exact"/>).
/// </summary>
internal static class WeekdayPublicationWindow
{
    /// <summary>How many days after (or before) the event a weekday still names it.</summary>
    private const int WeekdayReach = 6;

    /// <summary>The publication date the anchored weekdays allow, or null when they contradict one another.</summary>
    public static WeekdayEstimate? Infer(ArticleAnalysis analysis, IReadOnlyList<AnchoredWeekday> anchored)
    {
        if (anchored.Count == 0)
        {
            return null;
        }

        var earliest = DateOnly.MinValue;
        var latest = DateOnly.MaxValue;
        foreach (var weekday in anchored)
        {
            var sentence = analysis.SentenceAt(weekday.Time.Span.Start)?.Span ?? weekday.Time.Span;
            var (from, to) = SentenceTense.Detect(analysis.Text, sentence, weekday.Time.Span) == Tense.Future
                ? (weekday.Date.AddDays(-WeekdayReach), weekday.Date.AddDays(-1))
                : (weekday.Date, weekday.Date.AddDays(WeekdayReach));
            earliest = from > earliest ? from : earliest;
            latest = to < latest ? to : latest;
        }

        if (earliest > latest)
        {
            return null;
        }

        if (StoryDateInference.PublicationWeekday(analysis.Text) is { } named)
        {
            // The window is at most seven days wide, so it holds the weekday at most once.
            var candidate = CalendarMath.Weekday(earliest, named, Occurrence.FutureOrSame);
            return candidate <= latest ? new(candidate, Exact: true) : null;
        }

        var lastEvent = anchored.Max(w => w.Date);
        return new(lastEvent < earliest ? earliest : lastEvent > latest ? latest : lastEvent, Exact: earliest == latest);
    }
}

/// <summary>A publication date bounded by anchored weekdays; <paramref name="Exact"/> when the evidence allowed only that day.</summary>
internal sealed record WeekdayEstimate(DateOnly Date, bool Exact);
