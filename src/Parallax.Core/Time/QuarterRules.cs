using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Quarters as business news writes them: "the third quarter", "third-quarter", "Q3 2021", "the
/// 1988 second quarter", "next year's first quarter", and the reporting period referred back to
/// ("the quarter", "the latest quarter", "the year-ago quarter", "the latest period").
/// </summary>
internal static partial class QuarterRules
{
    private const string Year = "(?:1[89]|20)\\d\\d";
    private const string Ordinal = "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)";
    private const string YearAgo = @"(?:(?:comparable|corresponding|same)\s+)?(?<ago>year-ago|year-earlier|year\s+earlier)\s+";

    public static IEnumerable<TimeRule> Rules()
    {
        yield return TimeRule.Create("quarter",
            $@"\b(?<x>(?:the\s+|(?<rel>this|next|last)\s+year's\s+)?(?:{YearAgo})?(?:(?<y>{Year})\s+)?{Ordinal}[-\s]+quarter(?:\s+of\s+(?:(?<y>{Year})|(?<rel>this|next|last|the)\s+year)|,?\s+(?<y>{Year}))?|Q(?<qn>[1-4])(?:\s+(?<y>{Year}))?)(?![\w-])",
            Numbered);

        // "the first half of 1990", "the second half", "the last half of this year": TimeML "1990-H1".
        yield return TimeRule.Create("half-year",
            $@"\b(?<x>(?:the\s+)?(?<h>first|second|last|latter)[-\s]+half(?:\s+of\s+(?:(?<y>{Year})|(?<rel>this|next|last|the)\s+year)|,?\s+(?<y>{Year}))?)(?![\w-])",
            Half);

        yield return TimeRule.Create("reporting-period",
            $@"\b(?<x>(?:the|this|that|(?<rel>last|this)\s+year's)\s+(?:{YearAgo})?(?:(?<y>{Year})\s+)?(?<current>latest\s+|most\s+recent\s+|current\s+|just-ended\s+|corresponding\s+|comparable\s+|same\s+)?(?<unit>quarter|period)(?<lastyear>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?)(?![\w-])",
            Anaphoric);
    }

    private static int CurrentQuarter(DateOnly date) => ((date.Month - 1) / 3) + 1;

    private static TimeExpression Numbered(Match m, Span span, TimeContext ctx)
    {
        // "the third-quarter loss": the hyphenated quarter modifies the noun that owns "the".
        if (m.Groups["q"].Success && span.Of(ctx.Text).StartsWith("the ", StringComparison.OrdinalIgnoreCase) && ctx.Text[m.Groups["q"].Index + m.Groups["q"].Length] == '-')
        {
            span = Span.FromBounds(m.Groups["q"].Index, span.End);
        }

        var q = m.Groups["qn"].Success ? int.Parse(m.Groups["qn"].Value, System.Globalization.CultureInfo.InvariantCulture) : OrdinalValue(m.Groups["q"].Value);
        int? year = m.Groups["y"].Success ? AbsoluteDateRules.Int(m, "y") : null;
        if (year is null && ctx.Published is { } p)
        {
            var rel = m.Groups["rel"].Value.ToLowerInvariant();
            year = rel switch
            {
                "next" => p.Year + 1,
                "last" => p.Year - 1,
                "this" or "the" => p.Year,
                _ => YearOfQuarter(p, q, ctx.TenseAt(span)),
            };
        }

        if (m.Groups["ago"].Success && year is { } y)
        {
            year = y - 1;
        }

        return new TimeExpression(span, TimexType.Date, year is { } resolved ? $"{CalendarMath.Year(resolved)}-Q{q}" : null);
    }

    private static TimeExpression? Half(Match m, Span span, TimeContext ctx)
    {
        // "the first half" of a match or of a book is no period: without a year it needs "of the
        // year" or a results word after it ("first-half profit").
        var half = m.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        if (!m.Groups["y"].Success && !m.Groups["rel"].Success
            && !ResultsWord().IsMatch(ctx.Text.AsSpan(span.End, Math.Min(40, ctx.Text.Length - span.End)).ToString()))
        {
            return null;
        }

        int? year = m.Groups["y"].Success ? AbsoluteDateRules.Int(m, "y")
            : ctx.Published is { } p ? p.Year + (m.Groups["rel"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 })
            : null;
        return new TimeExpression(span, TimexType.Date, year is { } y ? $"{CalendarMath.Year(y)}-H{half}" : null);
    }

    [GeneratedRegex(@"^\W*(?:of\s+(?:the\s+)?(?:year|fiscal)|(?:sales|profits?|earnings|revenues?|results|net|losses?|growth)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultsWord();

    /// <summary>
    /// A quarter named without a year is the nearest one the clause allows: a later quarter in a
    /// past clause is last year's, an earlier one in a future clause is next year's, except the
    /// quarter just ended: its results are still to come ("third-quarter earnings will be low").
    /// </summary>
    private static int YearOfQuarter(DateOnly published, int quarter, Tense tense)
    {
        var current = CurrentQuarter(published);
        return quarter > current && tense != Tense.Future ? published.Year - 1
            : quarter < current - 1 && tense == Tense.Future ? published.Year + 1
            : published.Year;
    }

    /// <summary>
    /// "The quarter" in a results story is the one just reported, the last completed quarter;
    /// "this/current quarter" or a future clause means the running one. "The period" only counts
    /// with "latest" or "year-ago", where it is the same reporting period.
    /// </summary>
    private static TimeExpression? Anaphoric(Match m, Span span, TimeContext ctx)
    {
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var current = m.Groups["current"].Value.Trim().ToLowerInvariant();
        if (unit == "period" && current.Length == 0 && !m.Groups["ago"].Success && !m.Groups["y"].Success)
        {
            return null;
        }

        if (ctx.Published is not { } p)
        {
            return new TimeExpression(span, TimexType.Date, null);
        }

        var running = current == "current" || span.Of(ctx.Text).StartsWith("this", StringComparison.OrdinalIgnoreCase) || ctx.TenseAt(span) == Tense.Future;
        var quarterStart = new DateOnly(p.Year, ((CurrentQuarter(p) - 1) * 3) + 1, 1);
        var reported = running ? quarterStart : quarterStart.AddMonths(-3);
        if (m.Groups["y"].Success)
        {
            reported = new DateOnly(AbsoluteDateRules.Int(m, "y"), reported.Month, 1);
        }
        else if (m.Groups["ago"].Success || m.Groups["lastyear"].Success || m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            reported = reported.AddYears(-1);
        }

        return new TimeExpression(span, TimexType.Date, $"{CalendarMath.Year(reported.Year)}-Q{CurrentQuarter(reported)}");
    }

    private static int OrdinalValue(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };
}
