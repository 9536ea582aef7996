using Parallax.Analysis;
using Parallax.Clustering;

namespace Parallax.Time;

/// <summary>
/// A weekday that an undated article leaves unresolved ("the bridge collapsed on Monday") takes
/// its date from another article of the story that dates the same event ("the bridge collapsed
/// on 26 July 2021"): a sentence sharing most of its content words, with a full date that falls
/// on that weekday. Every such sentence must agree on the date; otherwise the weekday stays
/// unresolved, because a wrong date would also mislead the timeline.
/// </summary>
internal static class CrossArticleWeekdays
{
    /// <summary>Shared content words, over the smaller sentence's, for two sentences to tell one event.</summary>
    private const double SameEventOverlap = 0.5;

    /// <summary>Fewer shared words than this is coincidence ("police said").</summary>
    private const int MinSharedWords = 3;

    /// <summary>Resolves what the story allows and returns the weekdays it fixed.</summary>
    public static IReadOnlyList<AnchoredWeekday> Anchor(IReadOnlyList<ArticleAnalysis> story)
    {
        var dated = story.SelectMany(a => a.Times
                .Where(t => t.Type == TimexType.Date && StoryDateInference.FullDate(t.Value) is not null)
                .Select(t => (Article: a, Date: StoryDateInference.FullDate(t.Value)!.Value, Words: SentenceWords(a, t))))
            .ToList();
        var anchored = new List<AnchoredWeekday>();
        foreach (var analysis in story)
        {
            for (var i = 0; i < analysis.Times.Count; i++)
            {
                var time = analysis.Times[i];
                if (time.Value is not null || time.Type != TimexType.Date
                    || WeekdayLexicon.Parse(time.Span.Of(analysis.Text).Split(' ')[^1]) is not { } weekday)
                {
                    continue;
                }

                var words = SentenceWords(analysis, time);
                var dates = dated
                    .Where(d => !ReferenceEquals(d.Article, analysis) && d.Date.DayOfWeek == weekday && SameEvent(words, d.Words))
                    .Select(d => d.Date)
                    .Distinct()
                    .ToList();
                if (dates.Count == 1)
                {
                    analysis.Times[i] = time with { Value = CalendarMath.Day(dates[0]) };
                    anchored.Add(new(analysis, analysis.Times[i], dates[0]));
                }
            }
        }

        return anchored;
    }

    private static bool SameEvent(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared >= MinSharedWords && shared >= SameEventOverlap * Math.Min(a.Count, b.Count);
    }

    /// <summary>The content words of the sentence around a time expression, without the expression's own words.</summary>
    private static HashSet<string> SentenceWords(ArticleAnalysis analysis, TimeExpression time)
    {
        var sentence = analysis.SentenceAt(time.Span.Start)?.Span ?? time.Span;
        var own = ContentWords.Of(analysis.Text, time.Span).ToHashSet(StringComparer.Ordinal);
        return ContentWords.Of(analysis.Text, sentence).Where(w => !own.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>A weekday of <paramref name="Article"/> that another article of the story dated.</summary>
internal sealed record AnchoredWeekday(ArticleAnalysis Article, TimeExpression Time, DateOnly Date);
