using System.Globalization;

namespace Parallax.Quantities;

/// <summary>
/// Reads a numeral whose digit grouping follows any of the common conventions: "2,500" and
/// "1,234.5" (English), "2.500" and "1.234,5" (continental), "2 500" (spaced groups), "2,5"
/// (decimal comma). The convention is decided by pattern: the last separator is the decimal one
/// when both appear; a lone separator followed by exactly three digits groups thousands. Readings
/// that an English reader could take either way are flagged uncertain.
/// </summary>
internal static class NumeralParser
{
    public readonly record struct Reading(decimal Value, bool Uncertain);

    /// <param name="raw">The numeral as written.</param>
    /// <param name="decimalLikely">True when a scale or unit follows ("2.500 percent"), which makes a decimal dot the likelier reading.</param>
    public static Reading? Parse(string raw, bool decimalLikely = false)
    {
        var s = raw.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        if (s.Contains(' '))
        {
            return Plain(s.Replace(" ", string.Empty), false);
        }

        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            return lastDot > lastComma
                ? Plain(s.Replace(",", string.Empty), false)
                : Plain(s.Replace(".", string.Empty).Replace(',', '.'), false);
        }

        if (lastComma >= 0)
        {
            // "2,500" groups thousands; "2,5" or "2,50" can only be a decimal comma, which in
            // English copy usually means a translation kept the source convention: flag it.
            return GroupsOfThree(s, ',')
                ? Plain(s.Replace(",", string.Empty), false)
                : Plain(s.Replace(',', '.'), true);
        }

        if (lastDot >= 0)
        {
            var groups = s.Split('.');
            if (groups.Length > 2 && GroupsOfThree(s, '.'))
            {
                return Plain(s.Replace(".", string.Empty), false);
            }

            if (groups.Length == 2 && groups[1].Length == 3 && !decimalLikely && groups[0] != "0")
            {
                // "2.500 soldiers": continental thousands is the likelier reading, but "2.5" written
                // with trailing zeros is possible too.
                return Plain(s.Replace(".", string.Empty), true);
            }

            return Plain(s, false);
        }

        return Plain(s, false);
    }

    private static bool GroupsOfThree(string s, char separator)
    {
        var groups = s.Split(separator);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    private static Reading? Plain(string s, bool uncertain) =>
        decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? new Reading(value, uncertain)
            : null;
}
