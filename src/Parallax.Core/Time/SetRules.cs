using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Recurring times (TimeML SET): "daily", "weekly", "every year", "each Thursday", "each July",
/// "twice a week". Values follow TimeML: a period ("P1W") for a frequency, a calendar pattern
/// ("XXXX-WXX-4", "XXXX-07") for a recurring day or month.
/// </summary>
internal static class SetRules
{
    public static IEnumerable<TimeRule> Rules()
    {
        yield return TimeRule.Create("frequency-adverb", @"\b(?<x>daily|weekly|monthly|annually|yearly|nightly|hourly)\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Set, Frequency(m.Groups["x"].Value)));

        yield return TimeRule.Create("every-unit",
            $@"\b(?<x>(?:each|every)\s+(?:(?<wd>{WeekdayLexicon.Pattern})|(?<mon>{MonthLexicon.Pattern})|(?<unit>day|week|month|year|morning|night|evening|summer|winter|spring)))(?!\w)",
            Every);
    }

    private static string Frequency(string adverb) => adverb.ToLowerInvariant() switch
    {
        "daily" or "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "hourly" => "PT1H",
        _ => "P1Y",
    };

    private static TimeExpression? Every(Match m, Span span, TimeContext ctx)
    {
        if (m.Groups["wd"].Success)
        {
            return WeekdayLexicon.Parse(m.Groups["wd"].Value) is { } day
                ? new TimeExpression(span, TimexType.Set, $"XXXX-WXX-{(day == DayOfWeek.Sunday ? 7 : (int)day)}")
                : null;
        }

        if (m.Groups["mon"].Success)
        {
            return AbsoluteDateRules.MonthOf(m) is { } month ? new TimeExpression(span, TimexType.Set, $"XXXX-{month:D2}") : null;
        }

        var value = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => "P1D",
            "week" => "P1W",
            "month" => "P1M",
            "year" => "P1Y",
            "morning" => "TMO",
            "night" => "TNI",
            "evening" => "TEV",
            "summer" => "XXXX-SU",
            "winter" => "XXXX-WI",
            _ => "XXXX-SP",
        };
        return new TimeExpression(span, TimexType.Set, value);
    }
}
