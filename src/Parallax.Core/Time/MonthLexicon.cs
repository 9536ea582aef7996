namespace Parallax.Time;

/// <summary>English month names and their usual news abbreviations.</summary>
internal static class MonthLexicon
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>
    /// Regex alternation for a month word. Abbreviations need their dot because "mar", "jun" or
    /// "dec" without one are usually other words.
    /// </summary>
    public const string Pattern =
        @"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.)";

    /// <summary>
    /// The month number of <paramref name="word"/>, or null. Months are always capitalized in
    /// English, which is what separates "May" the month from "may" the verb.
    /// </summary>
    public static int? Parse(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return null;
        }

        return Months.TryGetValue(word.TrimEnd('.'), out var month) ? month : null;
    }
}
