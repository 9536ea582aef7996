using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Days named relative to publication: "yesterday", "tomorrow", "tonight", "this morning",
/// "last night" and weekdays ("on Monday", "next Monday", "last Tuesday"). Weekdays without
/// "last"/"next" take their direction from the tense of the clause.
/// </summary>
internal static class RelativeDayRules
{
    /// <summary>"early Tuesday", "late yesterday": TimeBank keeps the adverb inside the day's timex.</summary>
    private const string Edge = @"(?:(?:early|late|earlier|later)\s+)?";

    public static IEnumerable<TimeRule> Rules()
    {
        yield return TimeRule.Create("relative-day",
            $@"\b(?<x>{Edge}(?<day>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow)(?:\s+(?<pod>morning|afternoon|evening|night))?)\b",
            (m, span, ctx) => IsPartOfName(ctx.Text, m.Groups["day"].Index)
                ? null
                : Day(span, Shifted(ctx.Published, DayShift(m.Groups["day"].Value))));

        yield return TimeRule.Create("part-of-day",
            @"\b(?<x>tonight|last\s+night|this\s+(?<pod>morning|afternoon|evening))\b",
            (m, span, ctx) =>
            {
                var phrase = m.Groups["x"].Value.ToLowerInvariant();
                var shift = phrase.StartsWith("last", StringComparison.Ordinal) ? -1 : 0;
                var part = m.Groups["pod"].Success ? PartOfDay(m.Groups["pod"].Value) : "NI";
                var day = Shifted(ctx.Published, shift);
                return new TimeExpression(span, TimexType.Time, day is null ? null : $"{day}T{part}");
            });

        yield return TimeRule.Create("weekday",
            $@"\b(?<x>{Edge}(?:(?<rel>last|next|this|coming|past)\s+)?(?<wd>{WeekdayLexicon.Pattern})(?:\s+(?<pod>morning|afternoon|evening|night))?)(?!\w)",
            Weekday);
    }

    /// <summary>A capitalized "Today" right after a capitalized word is a title ("USA Today"), not a day.</summary>
    private static bool IsPartOfName(string text, int start)
    {
        if (!char.IsUpper(text[start]) || start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var i = start - 2;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return char.IsLetter(text[i]) && char.IsUpper(text[i]);
    }

    private static int DayShift(string phrase)
    {
        var p = phrase.ToLowerInvariant();
        return p.Contains("before") ? -2 : p.Contains("after") ? 2 : p switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
    }

    private static string? Shifted(DateOnly? published, int days) =>
        published is { } p ? CalendarMath.Day(p.AddDays(days)) : null;

    private static string PartOfDay(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    };

    private static TimeExpression? Weekday(System.Text.RegularExpressions.Match m, Span span, TimeContext ctx)
    {
        if (WeekdayLexicon.Parse(m.Groups["wd"].Value) is not { } day)
        {
            return null;
        }

        if (ctx.Published is not { } p)
        {
            return Day(span, null);
        }

        var occurrence = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "last" or "past" => Occurrence.Previous,
            "next" => Occurrence.Next,
            "coming" => Occurrence.FutureOrSame,
            // "Thursday's closing price", "Wednesday's ruling": news names an event by its day
            // once it has happened.
            _ when IsPossessive(ctx.Text, span.End) => Occurrence.PastOrSame,
            // "this Monday" leans on tense like a bare weekday.
            _ => CalendarMath.FromTense(ctx.TenseAt(span)),
        };
        return Day(span, CalendarMath.Day(CalendarMath.Weekday(p, day, occurrence)));
    }

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    /// <summary>
    /// "Thursday evening", "yesterday morning" stay the DATE of that day: TimeML would make them a
    /// TIME ("2021-07-22TEV") and TimeBank does, but AQUAINT annotates the day, and switching cost
    /// more on AQUAINT than it gained on TimeBank.
    /// </summary>
    private static TimeExpression Day(Span span, string? day) => new(span, TimexType.Date, day);
}
