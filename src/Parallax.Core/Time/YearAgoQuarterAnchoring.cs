using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Time;

/// <summary>
/// In results stories "a year ago", "a year earlier" and "year-earlier" compare with the quarter
/// being reported, not with the publication day: after "third-quarter profit rose", "a year
/// earlier" is the third quarter of the previous year. So these phrases take the last quarter
/// mentioned before them, one year back; without a preceding quarter they keep their year value.
/// </summary>
internal static partial class YearAgoQuarterAnchoring
{
    [GeneratedRegex(@"^(?:an?\s+year\s+(?:ago|earlier)|year-(?:ago|earlier))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearAgo();

    [GeneratedRegex(@"^(?<y>\d{4})-Q(?<q>[1-4])$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    public static void Apply(List<TimeExpression> sorted, string text)
    {
        Match? lastQuarter = null;
        for (var i = 0; i < sorted.Count; i++)
        {
            var time = sorted[i];
            if (time.Value is { } value && Quarter().Match(value) is { Success: true } quarter)
            {
                lastQuarter = quarter;
            }
            else if (lastQuarter is not null && time.Type == TimexType.Date && YearAgo().IsMatch(time.Span.Of(text)))
            {
                var year = int.Parse(lastQuarter.Groups["y"].Value, CultureInfo.InvariantCulture) - 1;
                sorted[i] = time with { Value = $"{CalendarMath.Year(year)}-Q{lastQuarter.Groups["q"].Value}" };
            }
        }
    }
}
