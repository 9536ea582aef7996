using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Quantities;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Years written in words, as broadcast transcripts and some translated copy do: "nineteen
/// ninety-six", "in nineteen seventy-nine", "the year two thousand".
/// </summary>
internal static class SpelledYearRules
{
    private const string Ten = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string Digit = "one|two|three|four|five|six|seven|eight|nine";

    public static IEnumerable<TimeRule> Rules()
    {
        // "nineteen ninety-six": a century word then a tens word; "nineteen eighty" alone too.
        yield return TimeRule.Create("spelled-year",
            $@"\b(?<x>(?:the\s+year\s+|(?:the\s+)?(?<s>summer|winter|spring|autumn|fall)\s+of\s+|(?<mon>{MonthLexicon.Pattern}),?\s+)?(?<c>nineteen|eighteen)[-\s]+(?<t>{Ten})(?:[-\s](?<u>{Digit}))?)\b(?![-\s]+(?:{NumberWords.ScaleWord}|percent|per\s+cent)\b)",
            (m, span, _) => new TimeExpression(span, TimexType.Date, SpelledYear(m)));

        // "the year two thousand": without "the year", "two thousand" is far more often a count.
        yield return TimeRule.Create("spelled-millennium",
            $@"\b(?<x>the\s+year\s+two\s+thousand(?:\s+and\s+(?<u>{Digit}|ten))?)\b",
            (m, span, _) => new TimeExpression(span, TimexType.Date, (2000 + (m.Groups["u"].Success ? (int)(NumberWords.Parse(m.Groups["u"].Value) ?? 0) : 0)).ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>"nineteen ninety-six" is "1996"; with a month or season before it, "1997-01" or "1994-WI".</summary>
    private static string SpelledYear(Match m)
    {
        var century = (int)(NumberWords.Parse(m.Groups["c"].Value) ?? 19);
        var tens = (int)(NumberWords.Parse(m.Groups["t"].Value) ?? 0);
        var units = m.Groups["u"].Success ? (int)(NumberWords.Parse(m.Groups["u"].Value) ?? 0) : 0;
        var year = (century * 100) + tens + units;
        if (m.Groups["mon"].Success && AbsoluteDateRules.MonthOf(m) is { } month)
        {
            return CalendarMath.Month(year, month);
        }

        return m.Groups["s"].Success ? $"{CalendarMath.Year(year)}-{PeriodRules.SeasonOf(m.Groups["s"].Value).Code}" : CalendarMath.Year(year);
    }
}
