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

    // A date as path segments (/2021/07/26/) or one segment (/2021-07-26/), as news CMSes put it in URLs.
    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})[/-](?<monthNumber>\d{2})[/-](?<day>\d{2})(?=[/\-_.]|$)")]
    private static partial Regex UrlDate();

    // An ISO timestamp with a time and an offset: only then is the instant known.
    [GeneratedRegex(@"^\s*(?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IsoInstant();

    // "PARIS, July 26, 2021 -" or "LONDON (Reuters), 26 July 2021 --": a place in capitals, then the date, then a dash.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\s.'\-]{1,40}(?:\([^)]{1,30}\))?,?\s+(?<date>[^\u2013\u2014]{5,40}?)\s*(?:\([^)]{1,30}\))?\s*(?:--|[\u2013\u2014-])\s")]
    private static partial Regex Dateline();

    // What a dateline without a year holds: "July 26", "Tuesday, 26 July".
    [GeneratedRegex("^(?:\\p{L}+day,?\\s+)?(?:" + Month + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?|(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    // A year as a whole path segment (/2021/ or /2021/07/), as many CMSes file articles.
    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})(?=/)")]
    private static partial Regex UrlYear();

    public static DateOnly? ParseUrl(string? url)
    {
        var match = url is null ? Match.Empty : UrlDate().Match(url);
        return match.Success && TryBuild(match, out var date) ? date : null;
    }

    /// <summary>The date of a dateline opening <paramref name="paragraph"/>, when it carries a year.</summary>
    public static DateOnly? ParseDateline(string? paragraph)
    {
        var match = paragraph is null ? Match.Empty : Dateline().Match(paragraph);
        return match.Success ? Parse(match.Groups["date"].Value) : null;
    }

    /// <summary>Month and day of a dateline opening <paramref name="paragraph"/>, when it gives them without a year.</summary>
    public static (int Month, int Day)? ParseDatelineWithoutYear(string? paragraph)
    {
        var dateline = paragraph is null ? Match.Empty : Dateline().Match(paragraph);
        var match = dateline.Success ? MonthDay().Match(dateline.Groups["date"].Value.Trim()) : Match.Empty;
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31 ? (MonthNumber(match.Groups["month"].Value), day) : null;
    }

    /// <summary>A year filed as a path segment of <paramref name="url"/> (host excluded).</summary>
    public static int? ParseUrlYear(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var match = UrlYear().Match(uri.AbsolutePath);
        return match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The instant of a full ISO timestamp with offset ("2021-07-26T14:05:00+02:00"); null otherwise.</summary>
    public static DateTimeOffset? ParseInstant(string? value) =>
        value is not null && IsoInstant().IsMatch(value)
            && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;

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
