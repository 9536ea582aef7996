using Parallax.Quantities;

namespace Parallax.Time;

/// <summary>
/// Decides whether a bare four-digit number is a year ("in 2014") or a count ("2000 troops",
/// "1950 dollars"). Shared with the quantity recognizer so both layers agree on every number.
/// </summary>
internal static class StandaloneYear
{
    private static readonly HashSet<string> TemporalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "during", "from", "through", "to", "before", "after", "of", "early",
        "late", "mid", "around", "circa", "and", "between", "year", "season", "summer", "winter", "spring", "autumn", "fall",
    };

    public static bool IsYear(string text, int start, int length)
    {
        if (length != 4 || !int.TryParse(text.AsSpan(start, length), out var year) || year is < 1900 or > 2100)
        {
            return false;
        }

        if (start > 0 && text[start - 1] is '$' or '€' or '£' or '¥' or '#')
        {
            return false;
        }

        var next = NextWord(text, start + length);
        if (next.Length > 0 && (NumberWords.IsScale(next) || UnitLexicon.IsUnitWord(next)))
        {
            return false;
        }

        // "2000 troops": a count followed by a plural noun, unless something temporal precedes it.
        var looksCounted = next.Length > 2 && char.IsLower(next[0]) && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal);
        return !looksCounted || TemporalWords.Contains(PreviousWord(text, start));
    }

    private static string NextWord(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '%'))
        {
            i++;
        }

        return text[start..i];
    }

    private static string PreviousWord(string text, int i)
    {
        i--;
        while (i >= 0 && text[i] is ' ' or '-')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
        {
            i--;
        }

        return text[(i + 1)..end];
    }
}
