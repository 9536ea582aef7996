using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Cleaning;

/// <summary>
/// Finds a calendar date in a short metadata line (a byline, a "Published" stamp, a meta tag value).
/// Only unambiguous shapes are read: month names in either order, and ISO dates. Numeric forms such
/// as 07/08/2021 are skipped on purpose because day and month order differ between outlets.
/// </summary>
internal static partial class DateLineParser
{
    private const string Month =
        "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    [GeneratedRegex("\\b" + Month + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d{2})\\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + ",?\\s+(?<year>(?:19|20)\\d{2})\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("(?<!\\d)(?<year>(?:19|20)\\d{2})-(?<monthNumber>\\d{2})-(?<day>\\d{2})(?!\\d)")]
    private static partial Regex IsoDate();

    public static DateOnly? Parse(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        foreach (var regex in new[] { IsoDate(), MonthDayYear(), DayMonthYear() })
        {
            var match = regex.Match(line);
            if (match.Success && TryBuild(match, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Blanks out every date in <paramref name="line"/>, so callers can see what else the line holds.</summary>
    public static string RemoveDates(string line)
    {
        foreach (var regex in new[] { IsoDate(), MonthDayYear(), DayMonthYear() })
        {
            line = regex.Replace(line, " ");
        }

        return line;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["monthNumber"].Success
            ? int.Parse(match.Groups["monthNumber"].Value, CultureInfo.InvariantCulture)
            : MonthNumber(match.Groups["month"].Value);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    };
}
