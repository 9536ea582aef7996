using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Quantities;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Spans of time ("18 years", "18-year", "less than three months"), points counted back from
/// publication ("two years ago"), references to the present or past ("now", "recently") and
/// clock times ("07:12 AM", "5 p.m.").
/// </summary>
internal static class DurationAndClockRules
{
    private const string Count = @"(?<n>\d+(?:\.\d+)?(?<half>\s+1/2)?|" + NumberWords.Phrase + @"|an?)";
    private const string TimeUnit = "(?<u>year|month|week|day|hour|minute|decade|century|centuries|quarter)";
    private const string Approximately = @"(?<app>about|around|nearly|almost|more\s+than|no\s+more\s+than|over|less\s+than|under|up\s+to|at\s+least|some|roughly|approximately)";

    public static IEnumerable<TimeRule> Rules()
    {
        // "two years ago", "a year earlier", "three days from now": a point counted from publication.
        yield return TimeRule.Create("ago",
            $@"\b(?<x>(?:{Approximately}\s+)?(?:{Count}|several|a\s+few|many)\s+(?<u>year|month|week|day|decade)s?\s+(?<dir>ago|earlier|later|from\s+now))\b",
            Ago);

        // "the past three months", "the next few years", "recent weeks": spans reaching back or
        // forward from publication are durations; the determiner belongs to the timex.
        yield return TimeRule.Create("duration",
            $@"(?<![\w.,-])(?<x>(?<the>the\s+(?<which>(?:past|last|next|first|previous|coming|following|final|initial|remaining)\s+)?)?(?:{Approximately}\s+)?(?:{Count}|(?<vague>several|a\s+few|a\s+couple\s+of|few|many))(?:\s+(?:more|additional|further))?[-\s]+{TimeUnit}s?)(?![\w])",
            Duration);

        // "for weeks", "within months", "for centuries", "in coming weeks": a span of unstated length.
        yield return TimeRule.Create("open-span",
            @"\b(?:(?<=\b(?:for|within|in|over)\s+)(?<x>(?<u>day|week|month|year|decade|centurie)s)|(?<x>coming\s+(?<u>day|week|month|year|decade)s))\b(?!\s+(?:ago|earlier|later|old)\b)",
            (m, span, _) => new TimeExpression(span, TimexType.Duration, VagueDuration(m.Groups["u"].Value == "centurie" ? "century" : m.Groups["u"].Value)));

        yield return TimeRule.Create("recent-span", @"\b(?<x>recent\s+(?<u>year|month|week|day)s)\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Duration, VagueDuration(m.Groups["u"].Value)));

        yield return TimeRule.Create("present", @"\b(?<x>right\s+now|now|currently|current|at\s+present|at\s+the\s+moment|nowadays|these\s+days)\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Date, "PRESENT_REF"));

        yield return TimeRule.Create("past-future",
            @"\b(?:in\s+)?(?<x>recently|recent|the\s+past|(?<!\bas\s+)soon(?!\s+as\b)(?<after>\s+(?:after|afterwards?|thereafter)\b)?|the\s+(?:near\s+|distant\s+)?future)\b",
            PastOrFuture);

        // Clock values are provisional ("T07:12"): the recognizer later attaches them to an
        // adjacent date or to the publication day.
        yield return TimeRule.Create("clock", @"(?<![\d:.,])(?<x>(?<h>\d{1,2}):(?<mi>[0-5]\d)(?:\s*(?<ap>[ap]\.m\.|[ap]m)(?!\w))?)(?![\d:])", Clock);
        yield return TimeRule.Create("noon-midnight", @"\b(?<x>noon|midnight)\b", (m, span, _) =>
            new TimeExpression(span, TimexType.Time, m.Groups["x"].Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? "T12:00" : "T24:00"));
        yield return TimeRule.Create("clock-hour", @"(?<![\d:.,])(?<x>(?<h>\d{1,2})\s*(?<ap>[ap]\.m\.|[ap]m)(?!\w))", Clock);
    }

    private static decimal? CountOf(Match m)
    {
        var raw = m.Groups["n"].Value;
        if (raw.Length == 0)
        {
            return null;
        }

        if (raw.Equals("a", StringComparison.OrdinalIgnoreCase) || raw.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (m.Groups["half"].Success)
        {
            raw = raw[..^m.Groups["half"].Length];
            return decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var whole) ? whole + 0.5m : null;
        }

        return decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Parse(raw);
    }

    /// <summary>
    /// "soon" points past the publication date only in a clause about the future: in past narration
    /// ("he was soon released") or before "after" ("killed soon after being captured") it is
    /// measured from another event and names no point relative to the present, so it is no FUTURE_REF.
    /// </summary>
    private static TimeExpression? PastOrFuture(Match m, Span span, TimeContext ctx)
    {
        var x = m.Groups["x"].Value;
        if (!IsFuture(x))
        {
            return new TimeExpression(span, TimexType.Date, "PAST_REF");
        }

        var isSoon = x.StartsWith("soon", StringComparison.OrdinalIgnoreCase);
        if (isSoon && (m.Groups["after"].Success || ctx.TenseAt(span) == Tense.Past))
        {
            return null;
        }

        return new TimeExpression(span, TimexType.Date, "FUTURE_REF");
    }

    private static bool IsFuture(string phrase) =>
        phrase.Contains("soon", StringComparison.OrdinalIgnoreCase) || phrase.Contains("future", StringComparison.OrdinalIgnoreCase);

    private static TimeExpression Ago(Match m, Span span, TimeContext ctx)
    {
        var modifier = Modifier(m);
        if (CountOf(m) is not { } n || n != Math.Floor(n) || ctx.Published is not { } p)
        {
            // "several years ago" names no point; it still refers to the past.
            return new TimeExpression(span, TimexType.Date, CountOf(m) is null ? "PAST_REF" : null) { Modifier = modifier };
        }

        var direction = m.Groups["dir"].Value.ToLowerInvariant() is "ago" or "earlier" ? -1 : 1;
        var k = (int)n * direction;
        var value = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "year" => CalendarMath.Year(p.Year + k),
            "month" => CalendarMath.Month(p.AddMonths(k)),
            "week" => CalendarMath.Week(p.AddDays(7 * k)),
            "decade" => ((p.Year + (10 * k)) / 10).ToString(CultureInfo.InvariantCulture),
            _ => CalendarMath.Day(p.AddDays(k)),
        };
        return new TimeExpression(span, TimexType.Date, value) { Modifier = modifier };
    }

    private static TimeExpression? Duration(Match m, Span span, TimeContext ctx)
    {
        // "the 18-year campaign": the determiner belongs to the noun the duration modifies.
        if (m.Groups["the"].Success && !m.Groups["which"].Success && !m.Value.EndsWith('s'))
        {
            var count = m.Groups["vague"].Success ? m.Groups["vague"] : m.Groups["n"];
            span = Span.FromBounds(count.Index, span.End);
        }

        // "three-quarters" and "a quarter" are fractions unless a period is counted back or on.
        if (m.Groups["u"].Value.Equals("quarter", StringComparison.OrdinalIgnoreCase) && !m.Groups["which"].Success && !m.Groups["vague"].Success)
        {
            return null;
        }

        // "a couple of years": about two, which TimeML writes as the count with an APPROX modifier.
        if (m.Groups["vague"].Value.StartsWith("a couple", StringComparison.OrdinalIgnoreCase))
        {
            return new TimeExpression(span, TimexType.Duration, DurationValue(2, m.Groups["u"].Value)) { Modifier = Modifier(m) ?? "APPROX" };
        }

        if (m.Groups["vague"].Success)
        {
            return new TimeExpression(span, TimexType.Duration, VagueDuration(m.Groups["u"].Value)) { Modifier = Modifier(m) };
        }

        if (CountOf(m) is not { } n || IsAge(ctx.Text, span) || IsRate(m, ctx.Text))
        {
            return null;
        }

        // A four-digit number before "year" is a year being named ("the 2021 year"), not a span.
        if (m.Groups["n"].Value.Length == 4 && StandaloneYear.IsYear(ctx.Text, m.Groups["n"].Index, 4))
        {
            return null;
        }

        return new TimeExpression(span, TimexType.Duration, DurationValue(n, m.Groups["u"].Value)) { Modifier = Modifier(m) };
    }

    /// <summary>"37 years old" is an age, which TimeML does not annotate.</summary>
    private static bool IsAge(string text, Span span) =>
        AgeAfter.IsMatch(text.AsSpan(span.End, Math.Min(6, text.Length - span.End)).ToString());

    /// <summary>
    /// "four flights a week", "$1.76 a year": "a" meaning "per" makes a rate, not a duration. A
    /// single unit counts as a duration only after a word that introduces a span of time.
    /// </summary>
    private static bool IsRate(Match m, string text)
    {
        var count = m.Groups["n"];
        if (!count.Success || count.Length > 2 || !count.Value.StartsWith("a", StringComparison.OrdinalIgnoreCase) || count.Index != m.Groups["x"].Index)
        {
            return false;
        }

        var before = text.AsSpan(0, count.Index).TrimEnd();
        var start = before.LastIndexOfAny(' ', '\n', '(') + 1;
        return !SpanIntroducers.Contains(before[start..].ToString());
    }

    private static readonly HashSet<string> SpanIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "for", "in", "within", "after", "than", "about", "around", "nearly", "almost", "over", "only", "just", "least", "of", "during", "take", "takes", "took", "spent", "spend", "lasted", "last", "lasts", "to", "until", "another", "",
    };

    private static readonly Regex AgeAfter = new(@"^[\s-]*old\b", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    /// <summary>The TimeML duration of <paramref name="n"/> units: "P3Y", "PT2H", "P2Q".</summary>
    internal static string DurationValue(decimal n, string unit)
    {
        // "2 1/2 years" is "P2Y6M" and "5.5 hours" "PT5H30M": TimeML writes the fraction in the next unit.
        if (n != Math.Floor(n) && Fraction(n, unit) is { } mixed)
        {
            return mixed;
        }

        var amount = n.ToString(CultureInfo.InvariantCulture);
        return unit.ToLowerInvariant() switch
        {
            "year" => $"P{amount}Y",
            "month" => $"P{amount}M",
            "week" => $"P{amount}W",
            "day" => $"P{amount}D",
            "hour" => $"PT{amount}H",
            "minute" => $"PT{amount}M",
            "quarter" => $"P{amount}Q",
            "decade" => $"P{(n * 10).ToString(CultureInfo.InvariantCulture)}Y",
            _ => $"P{(n * 100).ToString(CultureInfo.InvariantCulture)}Y",
        };
    }

    private static string? Fraction(decimal n, string unit)
    {
        var whole = Math.Floor(n);
        var (perUnit, format) = unit.ToLowerInvariant() switch
        {
            "year" => (12m, "P{0}Y{1}M"),
            "week" => (7m, "P{0}W{1}D"),
            "day" => (24m, "P{0}DT{1}H"),
            "hour" => (60m, "PT{0}H{1}M"),
            _ => (0m, ""),
        };
        var rest = (n - whole) * perUnit;
        return perUnit == 0 || rest != Math.Floor(rest)
            ? null
            : string.Format(CultureInfo.InvariantCulture, format, (int)whole, (int)rest);
    }

    /// <summary>An unspecified number of units ("several years", "recent months"): "PXY", "PXM".</summary>
    internal static string VagueDuration(string unit) => unit.ToLowerInvariant() switch
    {
        "decade" => "PXDE",
        "century" or "centuries" => "PXCE",
        var u => DurationValue(1, u).Replace("1", "X", StringComparison.Ordinal),
    };

    private static string? Modifier(Match m) => Regex.Replace(m.Groups["app"].Value.ToLowerInvariant(), @"\s+", " ") switch
    {
        "" => null,
        "more than" or "over" => "MORE_THAN",
        "less than" or "under" => "LESS_THAN",
        "no more than" or "up to" => "EQUAL_OR_LESS",
        "at least" => "EQUAL_OR_MORE",
        _ => "APPROX",
    };

    private static TimeExpression? Clock(Match m, Span span, TimeContext ctx)
    {
        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ap"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            var pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (hour > 23)
        {
            return null;
        }

        return new TimeExpression(span, TimexType.Time, $"T{hour:D2}:{minute:D2}");
    }
}
