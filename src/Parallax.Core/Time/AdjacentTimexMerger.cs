using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Joins expressions that TimeML annotates as one: a clock time and the day written next to it
/// ("10 p.m. Wednesday", "07:12 AM, July 24, 2021", "5 p.m. EST Nov. 9") become one TIME with the
/// full value, and a weekday followed by its date ("Saturday, April 25") becomes one DATE with
/// the written date's value. A clock time with no day beside it takes the publication day.
/// </summary>
internal static class AdjacentTimexMerger
{
    private static readonly Regex Joint = new(
        @"^\s*(?:(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET)\b)?\s*(?:,|@|-|–|—|on|at)?\s*$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    public static List<TimeExpression> Merge(List<TimeExpression> sorted, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var merged = new List<TimeExpression>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var current = sorted[i];
            var next = i + 1 < sorted.Count ? sorted[i + 1] : null;
            var previousDay = merged.Count > 0 && IsDay(merged[^1]) && Adjacent(text, merged[^1].Span, current.Span) ? merged[^1] : null;
            if (IsClock(current))
            {
                var day = next is not null && IsDay(next) && Adjacent(text, current.Span, next.Span) ? next : previousDay;
                if (day is null)
                {
                    merged.Add(current with { Value = analysis.Article.Published is { } p ? CalendarMath.Day(p) + current.Value : null });
                    continue;
                }

                if (ReferenceEquals(day, previousDay))
                {
                    merged.RemoveAt(merged.Count - 1);
                }
                else
                {
                    i++;
                }

                merged.Add(current with { Span = Union(current.Span, day.Span), Value = day.Value + current.Value });
            }
            else if (next is not null && IsWeekdayName(text, current) && IsDay(next) && Adjacent(text, current.Span, next.Span))
            {
                merged.Add(next with { Span = Union(current.Span, next.Span) });
                i++;
            }
            else
            {
                merged.Add(current);
            }
        }

        return merged;
    }

    private static bool IsClock(TimeExpression t) => t.Type == TimexType.Time && t.Value is { } v && v.StartsWith('T');

    private static bool IsDay(TimeExpression t) => t.Type == TimexType.Date && t.Value is { Length: 10 };

    private static bool IsWeekdayName(string text, TimeExpression t) =>
        IsDay(t) && WeekdayLexicon.Parse(t.Span.Of(text).Split(' ')[^1]) is not null;

    private static bool Adjacent(string text, Span first, Span second) =>
        second.Start >= first.End && second.Start - first.End <= 8 && Joint.IsMatch(text.AsSpan(first.End, second.Start - first.End).ToString());

    private static Span Union(Span a, Span b) => Span.FromBounds(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));
}
