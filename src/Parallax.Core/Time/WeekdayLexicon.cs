namespace Parallax.Time;

/// <summary>English weekday names and abbreviations.</summary>
internal static class WeekdayLexicon
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    /// <summary>Regex alternation for a weekday; abbreviations need their dot ("sat" and "sun" are words).</summary>
    public const string Pattern =
        @"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues|tue|wed|thurs|thu|fri|sat|sun)\.)";

    /// <summary>The weekday named by <paramref name="word"/>; like months, weekdays are capitalized.</summary>
    public static DayOfWeek? Parse(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return null;
        }

        return Days.TryGetValue(word.TrimEnd('.'), out var day) ? day : null;
    }
}
