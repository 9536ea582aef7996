using System.Globalization;
using System.Text.RegularExpressions;
using Parallax.Analysis;
using Parallax.Text;
using Parallax.Time;

namespace Parallax.Quantities;

/// <summary>
/// Finds stated quantities: numerals and number words with their scale ("three million"),
/// currency ("$5 million" → USD), unit ("20 km", "15%"), approximation ("about", "more than") and
/// what they count ("2,500 U.S. troops"), plus ordinals ("the fourth round"). A quantity's span
/// runs from its approximation word to the end of its unit or counted phrase, so the whole claim
/// can be quoted. Numbers that belong to dates, clock times, years, durations (the time layer's
/// business) and names ("F-16", "COVID-19") are not quantities.
/// </summary>
internal sealed class QuantityRecognizer : IArticleAnnotator
{
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Number = new(
        @"(?<![\w])(?<d>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)?)(?!\d)|\b(?<w>" + NumberWords.Phrase + @")\b",
        Options, Timeout);

    private static readonly Regex Ordinal = new(
        @"\b(?:(?<det>the|its|their|his|her|our|this|a)\s+(?<o>" + NumberWords.OrdinalWord + @")|(?<n>\d+)(?:st|nd|rd|th))\b",
        Options, Timeout);

    private static readonly Regex ScaleAfter = new(@"\G(?:\s*(?<s>" + NumberWords.ScaleWord + @"|bn|mn|mln|tn)\b|(?<s>[mk])\b)", Options, Timeout);

    private static readonly Regex UnitAfter = new(@"\G\s*(?<u>" + UnitLexicon.SuffixPattern + @")(?![\w])", Options, Timeout);

    private static readonly Regex CurrencyBefore = new(UnitLexicon.PrefixPattern + @"$", RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex ApproximationBefore = new(
        @"\b(?<a>about|approximately|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|some|around|up\s+to|roughly|at\s+least|at\s+most|as\s+many\s+as|an\s+estimated|close\s+to|just\s+over|just\s+under|under|upwards\s+of|estimated)\s+$",
        Options, Timeout);

    private static readonly Regex TimeUnitAfter = new(
        @"\G[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|[ap]\.?m\b\.?|o'clock)(?!\w)",
        Options, Timeout);

    private static readonly HashSet<string> PronounOneContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "any", "every", "each", "the", "this", "that", "which", "another", "someone", "anyone",
    };

    public void Annotate(ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var found = new List<RangeCandidate>();
        foreach (Match m in Ordinal.Matches(text))
        {
            if (OrdinalAt(m, analysis) is { } q)
            {
                found.Add(q);
            }
        }

        foreach (Match m in Number.Matches(text))
        {
            var core = new Span(m.Index, m.Length);
            if (found.Any(f => f.Quantity.Span.Overlaps(core)) || CardinalAt(m, core, analysis) is not { } q)
            {
                continue;
            }

            found.Add(q);
        }

        found.Sort((a, b) => a.Quantity.Span.Start.CompareTo(b.Quantity.Span.Start));
        analysis.Quantities.AddRange(QuantityRanges.Complete(text, found));
    }

    private static RangeCandidate? OrdinalAt(Match m, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var core = m.Groups["o"].Success ? new Span(m.Groups["o"].Index, m.Groups["o"].Length) : new Span(m.Index, m.Length);
        if (OverlapsTime(analysis, core))
        {
            return null;
        }

        int value = m.Groups["o"].Success ? NumberWords.Ordinal(m.Groups["o"].Value) ?? 0 : int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var counted = CountedPhrase.After(text, core.End, singular: true);
        // "first" and "second" are too often adverbs or time words to stand without a noun.
        if (value == 0 || (counted is null && m.Groups["o"].Success))
        {
            return null;
        }

        var end = counted?.End ?? core.End;
        var quantity = new Quantity(Span.FromBounds(core.Start, end), value) { Unit = "ordinal", Counted = counted?.Of(text) };
        return new RangeCandidate(quantity, core, 1m);
    }

    private static RangeCandidate? CardinalAt(Match m, Span core, ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        if (OverlapsTime(analysis, core) || IsPartOfName(text, core) || IsPartOfDateOrClock(text, core) || TimeUnitAfter.IsMatch(text, core.End))
        {
            return null;
        }

        var isWords = m.Groups["w"].Success;
        if (isWords && m.Value.Equals("one", StringComparison.OrdinalIgnoreCase) && IsPronounOne(text, core))
        {
            return null;
        }

        var end = core.End;
        var scale = 1m;
        var hasScale = false;
        var prefix = CurrencyBefore.Match(text[Math.Max(0, core.Start - 4)..core.Start]);
        string? unit = prefix.Success ? UnitLexicon.PrefixCurrencies[prefix.Value.Trim()] : null;
        var start = prefix.Success ? core.Start - prefix.Length : core.Start;

        var scaleMatch = ScaleAfter.Match(text, end);
        if (!isWords && scaleMatch.Success && (scaleMatch.Groups["s"].Length > 1 || unit is not null))
        {
            var word = scaleMatch.Groups["s"].Value.ToLowerInvariant();
            scale = word switch { "m" => 1_000_000m, "k" => 1_000m, _ => NumberWords.Scale(word) };
            hasScale = true;
            end = scaleMatch.Index + scaleMatch.Length;
        }

        var unitMatch = UnitAfter.Match(text, end);
        if (unitMatch.Success)
        {
            unit = UnitLexicon.Suffix(unitMatch.Groups["u"].Value) ?? unit;
            end = unitMatch.Index + unitMatch.Length;
        }
        else if (end < text.Length && char.IsLetter(text[end]))
        {
            return null; // glued letters that are no unit: "1990s", "4G", "3D"
        }

        decimal value;
        var uncertain = false;
        if (isWords)
        {
            if (NumberWords.Parse(m.Value) is not { } parsed)
            {
                return null;
            }

            value = parsed;
            scale = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NumberWords.Scale).Append(1m).Max();
        }
        else
        {
            if (unit is null && !hasScale && StandaloneYear.IsYear(text, core.Start, core.Length))
            {
                return null;
            }

            if (NumeralParser.Parse(m.Value, decimalLikely: hasScale || unit is not null) is not { } reading)
            {
                return null;
            }

            value = reading.Value * scale;
            uncertain = reading.Uncertain;
        }

        string? counted = null;
        if (unit is null || !UnitLexicon.IsCurrency(unit) && unit != "%")
        {
            if (unit is null && CountedPhrase.After(text, end, singular: value == 1) is { } phrase)
            {
                counted = phrase.Of(text);
                end = phrase.End;
            }
        }

        var approximation = ApproximationBefore.Match(text[Math.Max(0, start - 20)..start]);
        if (approximation.Success)
        {
            start -= approximation.Length;
        }

        var quantity = new Quantity(Span.FromBounds(start, end), value)
        {
            Unit = unit,
            Counted = counted,
            Approximation = approximation.Success ? Regex.Replace(approximation.Groups["a"].Value.ToLowerInvariant(), @"\s+", " ") : null,
            Uncertain = uncertain,
        };
        return new RangeCandidate(quantity, core, scale);
    }

    private static bool OverlapsTime(ArticleAnalysis analysis, Span core) => analysis.Times.Any(t => t.Span.Overlaps(core));

    /// <summary>Digits glued to letters by a hyphen or slash are designations: "F-16", "C-172", "COVID-19".</summary>
    private static bool IsPartOfName(string text, Span core)
    {
        var before = core.Start - 1;
        return before >= 1 && text[before] is '-' or '/' or '\u2011' && char.IsLetter(text[before - 1]);
    }

    /// <summary>A day next to a month name, or digits around a colon, are dates and clock times.</summary>
    private static bool IsPartOfDateOrClock(string text, Span core)
    {
        if ((core.Start > 0 && text[core.Start - 1] == ':') || (core.End < text.Length && text[core.End] == ':'))
        {
            return true;
        }

        var previous = Regex.Match(text[Math.Max(0, core.Start - 12)..core.Start], @"(?<m>\p{Lu}[a-z]+\.?)\s+$", RegexOptions.CultureInvariant, Timeout);
        var next = Regex.Match(text[core.End..Math.Min(text.Length, core.End + 14)], @"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>\p{Lu}[a-z]+\.?)", RegexOptions.CultureInvariant, Timeout);
        return (previous.Success && MonthLexicon.Parse(previous.Groups["m"].Value) is not null && core.Length <= 2)
            || (next.Success && MonthLexicon.Parse(next.Groups["m"].Value) is not null && core.Length <= 2);
    }

    private static bool IsPronounOne(string text, Span core)
    {
        var previous = Regex.Match(text[Math.Max(0, core.Start - 12)..core.Start], @"(?<w>\w+)\s+$", RegexOptions.CultureInvariant, Timeout);
        var next = Regex.Match(text[core.End..Math.Min(text.Length, core.End + 10)], @"^\s+(?<w>\w+)", RegexOptions.CultureInvariant, Timeout);
        return (previous.Success && PronounOneContext.Contains(previous.Groups["w"].Value))
            || (next.Success && next.Groups["w"].Value is "of" or "another" or "OF")
            || CountedPhrase.After(text, core.End, singular: true) is null;
    }
}
