using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Holidays that name one calendar day: "Christmas", "Christmas Eve", "New Year's Day",
/// "Thanksgiving Day" (the fourth Thursday of November). The year is chosen like that of a day
/// written without one ("on 26 July"): nearest to publication, leaning on the clause's tense,
/// or "last"/"next" when said.
/// </summary>
internal static class HolidayRules
{
    public static IEnumerable<TimeRule> Rules()
    {
        yield return TimeRule.Create("holiday",
            @"\b(?<x>(?:(?<rel>last|next|this)\s+)?(?<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?))(?!\w|'s\s+(?:Day|Eve))",
            Resolve);
    }

    private static TimeExpression Resolve(System.Text.RegularExpressions.Match m, Span span, TimeContext ctx)
    {
        var name = m.Groups["h"].Value;
        if (ctx.Published is not { } p)
        {
            return new TimeExpression(span, TimexType.Date, null);
        }

        var candidates = Enumerable.Range(p.Year - 1, 3).Select(year => DayOf(name, year)).ToList();
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        DateOnly chosen = rel switch
        {
            "last" => candidates.Last(d => d < p),
            "next" => candidates.First(d => d > p),
            "this" => candidates[1],
            _ => Nearest(candidates, p, ctx.TenseAt(span)),
        };
        return new TimeExpression(span, TimexType.Date, CalendarMath.Day(chosen));
    }

    private static DateOnly Nearest(List<DateOnly> candidates, DateOnly published, Tense tense)
    {
        var month = candidates[1];
        var day = CalendarMath.DayWithoutYear(published, month.Month, month.Day, tense) ?? month;
        // Thanksgiving moves within November; take that year's date.
        return candidates.First(c => c.Year == day.Year);
    }

    private static DateOnly DayOf(string name, int year)
    {
        var n = name.ToLowerInvariant();
        if (n.StartsWith("thanksgiving", StringComparison.Ordinal))
        {
            var first = new DateOnly(year, 11, 1);
            var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
            return firstThursday.AddDays(21);
        }

        return n.StartsWith("new", StringComparison.Ordinal)
            ? (n.EndsWith("eve", StringComparison.Ordinal) ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1))
            : new DateOnly(year, 12, n.EndsWith("eve", StringComparison.Ordinal) ? 24 : 25);
    }
}
