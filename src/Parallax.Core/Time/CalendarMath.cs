using System.Globalization;

namespace Parallax.Time;

/// <summary>Which occurrence of a recurring calendar unit (a weekday, a month) an expression means.</summary>
internal enum Occurrence
{
    /// <summary>Strictly before the anchor: "last Tuesday".</summary>
    Previous,
    /// <summary>Strictly after the anchor: "next Monday".</summary>
    Next,
    /// <summary>The anchor itself or the closest one before it: a weekday in a past-tense clause.</summary>
    PastOrSame,
    /// <summary>The anchor itself or the closest one after it: a weekday in a future-tense clause.</summary>
    FutureOrSame,
    /// <summary>Whichever is closest to the anchor.</summary>
    Nearest,
}

/// <summary>Date arithmetic and TimeML value formatting.</summary>
internal static class CalendarMath
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Month(DateOnly date) => Month(date.Year, date.Month);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    public static Occurrence FromTense(Tense tense) => tense switch
    {
        Tense.Past => Occurrence.PastOrSame,
        Tense.Future => Occurrence.FutureOrSame,
        _ => Occurrence.Nearest,
    };

    /// <summary>
    /// The date with weekday <paramref name="day"/> picked relative to <paramref name="anchor"/>.
    /// The same weekday as the anchor counts as the anchor itself unless "last"/"next" was said:
    /// wire copy names today's weekday ("said Friday") rather than writing "today".
    /// </summary>
    public static DateOnly Weekday(DateOnly anchor, DayOfWeek day, Occurrence occurrence)
    {
        var forward = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        var backward = (7 - forward) % 7;
        return occurrence switch
        {
            Occurrence.Previous => anchor.AddDays(-(backward == 0 ? 7 : backward)),
            Occurrence.Next => anchor.AddDays(forward == 0 ? 7 : forward),
            Occurrence.PastOrSame => anchor.AddDays(-backward),
            Occurrence.FutureOrSame => anchor.AddDays(forward),
            _ => forward <= backward ? anchor.AddDays(forward) : anchor.AddDays(-backward),
        };
    }

    /// <summary>The year of a month mentioned without one ("in April"), relative to the anchor.</summary>
    public static int YearOfMonth(DateOnly anchor, int month, Occurrence occurrence) => occurrence switch
    {
        Occurrence.Previous => month < anchor.Month ? anchor.Year : anchor.Year - 1,
        Occurrence.Next => month > anchor.Month ? anchor.Year : anchor.Year + 1,
        Occurrence.PastOrSame => month <= anchor.Month ? anchor.Year : anchor.Year - 1,
        Occurrence.FutureOrSame => month >= anchor.Month ? anchor.Year : anchor.Year + 1,
        _ => anchor.Year,
    };

    /// <summary>
    /// The year of a month mentioned alone ("in April"): the occurrence closest to the anchor,
    /// where one that contradicts the clause's tense counts as <see cref="MonthTensePenalty"/>
    /// months further away: a past clause takes the latest occurrence up to the anchor, a future
    /// clause the next from it, and a clause without tense the nearest ("January" in October is
    /// the coming one).
    /// </summary>
    public static int YearOfMonth(DateOnly anchor, int month, Tense tense)
    {
        var best = anchor.Year;
        var bestScore = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            var diff = ((year - anchor.Year) * 12) + month - anchor.Month;
            var penalty = (tense == Tense.Past && diff > 0) || (tense == Tense.Future && diff < 0) ? MonthTensePenalty : 0;
            if (Math.Abs(diff) + penalty < bestScore)
            {
                bestScore = Math.Abs(diff) + penalty;
                best = year;
            }
        }

        return best;
    }

    /// <summary>
    /// Nine months: tense wins except for the month right after the anchor, which news in a past
    /// frame often means as the coming one ("gave the firm until mid-November", written in
    /// October). Chosen on TimeBank and AQUAINT (both gained; six was even on TimeBank).
    /// </summary>
    private const int MonthTensePenalty = 9;

    /// <summary>
    /// The year of a day mentioned without one ("on 26 July"): the candidate closest to the
    /// anchor, where a candidate that contradicts the clause's tense counts as about four months further
    /// away. So "will visit on January 3" written in late December lands in the next year, and
    /// "met on December 30" written in early January lands in the previous one.
    /// </summary>
    /// <summary>About four months, chosen on TimeBank (AQUAINT unchanged by it).</summary>
    private const int DayTensePenalty = 120;

    public static DateOnly? DayWithoutYear(DateOnly anchor, int month, int day, Tense tense)
    {
        DateOnly? best = null;
        var bestScore = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            var diff = candidate.DayNumber - anchor.DayNumber;
            var penalty = (tense == Tense.Past && diff > 0) || (tense == Tense.Future && diff < 0) ? DayTensePenalty : 0;
            var score = Math.Abs(diff) + penalty;
            if (score < bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        return best;
    }

    public static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
