using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Time;

/// <summary>
/// Dates that name their calendar position: "2021-07-24", "July 24, 2021", "26 July 2021",
/// "November 2020", and day-month pairs whose year comes from the publication date ("on 26 July").
/// </summary>
internal static class AbsoluteDateRules
{
    private const string Month = MonthLexicon.Pattern;
    private const string Ordinal = "(?:st|nd|rd|th)?";

    public static IEnumerable<TimeRule> Rules()
    {
        yield return TimeRule.Create("iso-date", @"(?<![\d-])(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)(?![\d-])", (m, span, _) =>
            Full(span, Int(m, "y"), Int(m, "m"), Int(m, "d")));

        yield return TimeRule.Create("month-day-year", $@"\b(?<mon>{Month})\s+(?<d>\d{{1,2}}){Ordinal},?\s+(?<y>(?:1[89]|20)\d\d)(?!\d)", (m, span, _) =>
            MonthOf(m) is { } month ? Full(span, Int(m, "y"), month, Int(m, "d")) : null);

        yield return TimeRule.Create("day-month-year", $@"(?<!\d)(?<d>\d{{1,2}}){Ordinal}\s+(?:of\s+)?(?<mon>{Month}),?\s+(?<y>(?:1[89]|20)\d\d)(?!\d)", (m, span, _) =>
            MonthOf(m) is { } month ? Full(span, Int(m, "y"), month, Int(m, "d")) : null);

        yield return TimeRule.Create("month-year", $@"\b(?<mon>{Month}),?\s+(?:of\s+)?(?<y>(?:1[89]|20)\d\d)(?![\d,.]\d)", (m, span, _) =>
            MonthOf(m) is { } month ? new TimeExpression(span, TimexType.Date, CalendarMath.Month(Int(m, "y"), month)) : null);
    }

    /// <summary>Day-month pairs without a year; they run after the other date rules so those win.</summary>
    public static IEnumerable<TimeRule> DayMonthRules()
    {
        yield return TimeRule.Create("month-day", $@"\b(?<mon>{Month})\s+(?<d>\d{{1,2}}){Ordinal}(?![\d:.,]?\d)(?!\w)", (m, span, ctx) =>
            DayWithoutYear(m, span, ctx));

        yield return TimeRule.Create("day-month", $@"(?<![\d.,:])(?<d>\d{{1,2}}){Ordinal}\s+(?:of\s+)?(?<mon>{Month})(?!\w)", (m, span, ctx) =>
            DayWithoutYear(m, span, ctx));
    }

    private static readonly Regex EndedBefore = new(
        @"\bended\s+(?:on\s+)?$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static bool EndsPeriod(string text, Text.Span span)
    {
        var lead = Math.Max(0, span.Start - 12);
        return EndedBefore.IsMatch(text.AsSpan(lead, span.Start - lead).ToString());
    }

    internal static int? MonthOf(Match m) => MonthLexicon.Parse(m.Groups["mon"].Value);

    internal static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static TimeExpression? Full(Text.Span span, int year, int month, int day) =>
        CalendarMath.TryDate(year, month, day) is { } date ? new TimeExpression(span, TimexType.Date, CalendarMath.Day(date)) : null;

    private static TimeExpression? DayWithoutYear(Match m, Text.Span span, TimeContext ctx)
    {
        if (MonthOf(m) is not { } month)
        {
            return null;
        }

        var day = Int(m, "d");
        if (day is < 1 or > 31)
        {
            return null;
        }

        if (ctx.Published is not { } published || CalendarMath.DayWithoutYear(published, month, day, ctx.TenseAt(span)) is not { } date)
        {
            return new TimeExpression(span, TimexType.Date, null);
        }

        // "the fiscal year ended Jan. 31": a period reported as ended closed on or before publication,
        // however near the coming occurrence of that day is.
        if (date > published && EndsPeriod(ctx.Text, span) && CalendarMath.TryDate(date.Year - 1, month, day) is { } previous)
        {
            date = previous;
        }

        return new TimeExpression(span, TimexType.Date, CalendarMath.Day(date));
    }
}
