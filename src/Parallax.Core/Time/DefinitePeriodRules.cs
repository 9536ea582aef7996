using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Periods named with "the" that news means as the current one ("the year", "the week", "the
/// fiscal year", "the weekend"), fiscal years ("fiscal 1989") and the year-ago comparison
/// adjectives of results stories ("year-earlier", "year-ago").
/// </summary>
internal static class DefinitePeriodRules
{
    private const string Year = "(?:1[89]|20)\\d\\d";

    public static IEnumerable<TimeRule> Rules()
    {
        yield return TimeRule.Create("fiscal-year",
            $@"\b(?<x>(?:the\s+)?fiscal(?:\s+year)?\s+(?<y>{Year})|(?:the|this)\s+(?<rel>current\s+|latest\s+|previous\s+|next\s+)?fiscal\s+year)\b(?<ended>\s+(?:ended|ending))?",
            FiscalYear);

        yield return TimeRule.Create("definite-period",
            @"\b(?<x>the\s+(?:full\s+)?(?<unit>year|week|weekend))\b(?!\s+(?:before|after|earlier|later|of|that|when|in\s+which))(?!-)(?<ended>\s+(?:ended|ending))?",
            DefinitePeriod);

        // "by year-end", "around year end": the end of the publication year, like "the end of the year".
        yield return TimeRule.Create("year-end", @"\b(?<x>(?:the\s+)?year(?:-end|\s+end|'s\s+end))\b", (m, span, ctx) =>
            new TimeExpression(span, TimexType.Date, ctx.Published is { } p ? CalendarMath.Year(p.Year) : null) { Modifier = "END" });

        yield return TimeRule.Create("year-ago", @"\b(?<x>year-(?:ago|earlier))\b", (m, span, ctx) =>
            new TimeExpression(span, TimexType.Date, ctx.Published is { } p ? CalendarMath.Year(p.Year - 1) : null));
    }

    private static TimeExpression FiscalYear(Match m, Span span, TimeContext ctx)
    {
        if (m.Groups["ended"].Success)
        {
            return YearEnded(span);
        }

        if (m.Groups["y"].Success)
        {
            return new TimeExpression(span, TimexType.Date, m.Groups["y"].Value);
        }

        var rel = m.Groups["rel"].Value.Trim().ToLowerInvariant();
        var shift = rel == "previous" ? -1 : rel == "next" ? 1 : 0;
        return new TimeExpression(span, TimexType.Date, ctx.Published is { } p ? CalendarMath.Year(p.Year + shift) : null);
    }

    /// <summary>
    /// "the year" is the publication year; "the weekend" is the one just past in a past clause
    /// and the coming one in a future clause.
    /// </summary>
    private static TimeExpression DefinitePeriod(Match m, Span span, TimeContext ctx)
    {
        if (m.Groups["ended"].Success && m.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            return YearEnded(span);
        }

        if (ctx.Published is not { } p)
        {
            return new TimeExpression(span, TimexType.Date, null);
        }

        var value = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "year" => CalendarMath.Year(p.Year),
            "week" => CalendarMath.Week(p),
            _ => CalendarMath.Week(CalendarMath.Weekday(p, DayOfWeek.Saturday, ctx.TenseAt(span) == Tense.Future ? Occurrence.FutureOrSame : Occurrence.PastOrSame)) + "-WE",
        };
        return new TimeExpression(span, TimexType.Date, value);
    }

    /// <summary>"the year ended March 31" is a twelve-month span closing on that date, not a calendar year.</summary>
    private static TimeExpression YearEnded(Span span) => new(span, TimexType.Duration, "P1Y");
}
