using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Calendar periods: "this week", "next month", "later this year", "the end of 2021", "early next
/// month", "the third quarter", "this summer", "the 1990s", "in April", "in 2014".
/// </summary>
internal static class PeriodRules
{
    private const string Month = MonthLexicon.Pattern;
    private const string Year = "(?:1[89]|20)\\d\\d";
    private const string Relative = @"(?<rel>this|the|next|last|past|coming|previous|current|the\s+current|the\s+coming|the\s+next|the\s+previous)";

    public static IEnumerable<TimeRule> Rules()
    {
        // "the past year", "the last decade", "the next year": TimeBank annotates one unit
        // without a count as the calendar period before or after publication, a DATE ("1997"),
        // while a counted span ("the past three years") stays a DURATION.
        yield return TimeRule.Create("past-unit",
            @"\b(?<x>the\s+(?<rel>past|last|previous|next|coming)\s+(?<unit>year|month))\b",
            (m, span, ctx) => new TimeExpression(span, TimexType.Date, Period(ctx.Published, m.Groups["rel"].Value, m.Groups["unit"].Value)));

        // "the past week", "the past decade" are annotated both ways; they stay the span they name.
        yield return TimeRule.Create("past-week",
            @"\b(?<x>the\s+(?:past|last|previous|next|coming)\s+(?<u>week|decade|century))\b",
            (m, span, _) => new TimeExpression(span, TimexType.Duration, DurationAndClockRules.DurationValue(1, m.Groups["u"].Value)));

        // "by the end of this year", "before the end of the year", "the start of 2022": the edge
        // becomes the TimeML mod, the value stays the whole period.
        yield return TimeRule.Create("period-edge",
            $@"\b(?<x>(?:the\s+)?(?<edge>end|close|beginning|start|middle)\s+of\s+(?:{Relative}\s+(?<unit>year|month|week|decade)|(?<y>{Year})|(?<mon>{Month})(?:,?\s+(?<my>{Year}))?))(?![\w-])",
            (m, span, ctx) => Edge(m, span, ctx, EdgeModifier(m.Groups["edge"].Value)));

        yield return TimeRule.Create("period-early-late",
            $@"\b(?<x>(?<edge>early|late|mid)[-\s]+(?:(?<rel>this|next|last)\s+(?<unit>year|month|week|decade)|(?<y>{Year})|(?<mon>{Month})(?:,?\s+(?<my>{Year}))?))(?![\w-])",
            (m, span, ctx) => Edge(m, span, ctx, EdgeModifier(m.Groups["edge"].Value)));

        yield return TimeRule.Create("period-later-earlier",
            @"\b(?<x>(?:later|earlier)\s+(?<rel>this)\s+(?<unit>year|month|week))\b",
            (m, span, ctx) => new TimeExpression(span, TimexType.Date, Period(ctx.Published, m.Groups["rel"].Value, m.Groups["unit"].Value)));

        yield return TimeRule.Create("season",
            $@"\b(?<x>(?:(?<rel>this\s+past|this\s+coming|this|last|next|the\s+coming|the\s+past)\s+(?<s>summer|winter|spring|autumn|fall)|(?<s>summer|winter|spring|autumn|fall)\s+(?:of\s+)?(?<y>{Year})|(?<=\bin\s+(?:the\s+)?)(?<s>summer|winter|spring|autumn)))(?![\w-])",
            Season);

        yield return TimeRule.Create("decade", @"\b(?<x>(?:the\s+)?(?<d>(?:1[89]|20)\d)0'?s)\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Date, m.Groups["d"].Value));

        // "the nineties" is the 1990s: spelled decades in news are of the twentieth century.
        yield return TimeRule.Create("spelled-decade", @"\b(?<x>the\s+(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Date, "19" + SpelledDecade(m.Groups["d"].Value)));

        // "the 20th century" is TimeML "19" (its years are 19xx).
        yield return TimeRule.Create("century", @"\b(?<x>(?:the\s+)?(?<n>[1-2]?\d)(?:st|nd|rd|th)[-\s]+century)\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Date, (AbsoluteDateRules.Int(m, "n") - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

        // "June last year", "January this year": before "last year" alone can claim the year.
        yield return TimeRule.Create("month-of-relative-year",
            $@"\b(?<x>(?<mon>{Month}),?\s+(?<yrel>this|last|next)\s+year)\b",
            ResolveMonth);

        yield return TimeRule.Create("calendar-period",
            @"\b(?<x>(?<rel>this|next|last|coming|previous|current|the\s+coming|the\s+next|the\s+previous)\s+(?<unit>week|month|year|weekend|decade))\b",
            (m, span, ctx) => new TimeExpression(span, TimexType.Date, Period(ctx.Published, m.Groups["rel"].Value, m.Groups["unit"].Value)));
    }

    /// <summary>A month or a year standing alone; they run last so that longer patterns win.</summary>
    public static IEnumerable<TimeRule> BareRules()
    {
        yield return TimeRule.Create("month",
            $@"\b(?:(?<pre>in|since|until|till|by|during|from|through|before|after|of)\s+)?(?<x>(?:(?<rel>last|next|this\s+past|this\s+coming|this)\s+)?(?<mon>{Month}))(?!\w)",
            ResolveMonth);

        yield return TimeRule.Create("year", $@"(?<![\w$€£¥.,:/-]|\d[.,])(?<x>{Year})(?![\w%]|[.,:/-]\d)", (m, span, ctx) =>
            StandaloneYear.IsYear(ctx.Text, span.Start, span.Length) ? new TimeExpression(span, TimexType.Date, m.Groups["x"].Value) : null);
    }

    private static int SpelledDecade(string word) => Array.IndexOf(
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], word.ToLowerInvariant()) + 2;

    private static string? EdgeModifier(string edge) => edge.ToLowerInvariant() switch
    {
        "end" or "close" or "late" => "END",
        "beginning" or "start" or "early" => "START",
        "middle" or "mid" => "MID",
        _ => null,
    };

    private static TimeExpression? Edge(Match m, Span span, TimeContext ctx, string? modifier)
    {
        string? value;
        if (m.Groups["y"].Success)
        {
            value = m.Groups["y"].Value;
        }
        else if (m.Groups["mon"].Success)
        {
            if (AbsoluteDateRules.MonthOf(m) is not { } month)
            {
                return null;
            }

            value = m.Groups["my"].Success
                ? CalendarMath.Month(AbsoluteDateRules.Int(m, "my"), month)
                : ctx.Published is { } p ? CalendarMath.Month(CalendarMath.YearOfMonth(p, month, ctx.TenseAt(span)), month) : null;
        }
        else
        {
            value = Period(ctx.Published, m.Groups["rel"].Value, m.Groups["unit"].Value);
        }

        return new TimeExpression(span, TimexType.Date, value) { Modifier = modifier };
    }

    /// <summary>The TimeML value of "this/next/last week|month|year|weekend|decade".</summary>
    internal static string? Period(DateOnly? published, string relative, string unit)
    {
        if (published is not { } p)
        {
            return null;
        }

        var rel = relative.ToLowerInvariant();
        var shift = rel.Contains("next") || rel.Contains("coming") ? 1 : rel is "last" or "past" || rel.Contains("previous") ? -1 : 0;
        return unit.ToLowerInvariant() switch
        {
            "year" => CalendarMath.Year(p.Year + shift),
            "month" => CalendarMath.Month(p.AddMonths(shift)),
            "week" => CalendarMath.Week(p.AddDays(7 * shift)),
            "weekend" => CalendarMath.Week(p.AddDays(7 * shift)) + "-WE",
            "decade" => ((p.Year / 10) + shift).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>A season's TimeML code and the month it starts in (northern hemisphere).</summary>
    internal static (string Code, int StartMonth) SeasonOf(string name) => name.ToLowerInvariant() switch
    {
        "summer" => ("SU", 6),
        "winter" => ("WI", 12),
        "spring" => ("SP", 3),
        _ => ("FA", 9),
    };

    private static TimeExpression Season(Match m, Span span, TimeContext ctx)
    {
        var (code, startMonth) = SeasonOf(m.Groups["s"].Value);
        if (m.Groups["y"].Success)
        {
            return new TimeExpression(span, TimexType.Date, $"{m.Groups["y"].Value}-{code}");
        }

        if (ctx.Published is not { } p)
        {
            return new TimeExpression(span, TimexType.Date, null);
        }

        // A season is "current" from its first month for three months; "last summer" said in
        // July is the previous year's, "last spring" said in July is this year's.
        var inSeason = ((p.Month - startMonth + 12) % 12) < 3;
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var year = rel.Contains("last") || rel.Contains("past")
            ? (inSeason ? p.Year - 1 : CalendarMath.YearOfMonth(p, startMonth, Occurrence.Previous))
            : rel.Contains("next") || rel.Contains("coming")
                ? (inSeason ? p.Year + 1 : CalendarMath.YearOfMonth(p, startMonth, Occurrence.Next))
                : p.Year;
        return new TimeExpression(span, TimexType.Date, $"{CalendarMath.Year(year)}-{code}");
    }

    private static TimeExpression? ResolveMonth(Match m, Span span, TimeContext ctx)
    {
        if (AbsoluteDateRules.MonthOf(m) is not { } month)
        {
            return null;
        }

        // A month followed by a capitalized word with nothing temporal before it is usually a
        // first name ("April Jones"), not a date.
        var after = span.End;
        var followedByName = after + 1 < ctx.Text.Length && ctx.Text[after] == ' ' && char.IsUpper(ctx.Text[after + 1]);
        if (followedByName && !m.Groups["pre"].Success && !m.Groups["rel"].Success)
        {
            return null;
        }

        if (ctx.Published is not { } p)
        {
            return new TimeExpression(span, TimexType.Date, null);
        }

        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        int year;
        if (m.Groups["yrel"].Success)
        {
            var yrel = m.Groups["yrel"].Value.ToLowerInvariant();
            year = p.Year + (yrel == "last" ? -1 : yrel == "next" ? 1 : 0);
        }
        else
        {
            year = rel switch
            {
                "last" or "this past" => CalendarMath.YearOfMonth(p, month, Occurrence.Previous),
                "next" or "this coming" => CalendarMath.YearOfMonth(p, month, Occurrence.Next),
                "this" => p.Year,
                // "by May", "until January": a deadline lies ahead whatever the tense of the frame ("the talks
                // were supposed to end by May"); "through" is left out, it often closes a past span.
                _ when m.Groups["pre"].Value.ToLowerInvariant() is "by" or "until" or "till" =>
                    CalendarMath.YearOfMonth(p, month, Tense.Future),
                _ => CalendarMath.YearOfMonth(p, month, ctx.TenseAt(span)),
            };
        }

        return new TimeExpression(span, TimexType.Date, CalendarMath.Month(year, month));
    }
}
