namespace Parallax.Quantities;

/// <summary>
/// English number words: cardinals ("two", "twenty-five", "three hundred", "a dozen", "three
/// million"), scale words that multiply a numeral ("5 million"), and ordinals ("fourth").
/// Shared by the quantity and time recognizers ("two years ago").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12m, ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        ["bn"] = 1_000_000_000m, ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["tn"] = 1_000_000_000_000m,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11,
        ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
        ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19,
        ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["hundredth"] = 100,
    };

    private const string Unit = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private const string Ten = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /// <summary>One cardinal word such as "seven", "forty" or "forty-two".</summary>
    public const string CardinalWord = "(?:(?:" + Ten + @")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|" + Unit + ")";

    /// <summary>Words that multiply what precedes them.</summary>
    public const string ScaleWord = "(?:dozen|hundred|thousand|million|billion|trillion)";

    /// <summary>
    /// A run of number words: "three", "twenty-five", "three hundred thousand", "a dozen",
    /// "a million", "two thousand five hundred". A lone "a" is never a number, so it must be
    /// followed by a scale word; a cardinal may follow only a scale word, so "two three" stays two numbers.
    /// </summary>
    public const string Phrase = @"(?:(?:an?\s+" + ScaleWord + ")|" + CardinalWord + @")(?:\s+" + ScaleWord + @"(?:\s+(?:and\s+)?" + CardinalWord + ")?)*";

    public const string OrdinalWord =
        "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth)";

    public static bool IsScale(string word) => Scales.ContainsKey(word);

    public static decimal Scale(string word) => Scales.TryGetValue(word, out var scale) ? scale : 1m;

    public static int? Ordinal(string word) => Ordinals.TryGetValue(word, out var value) ? value : null;

    /// <summary>Parses a number-word phrase matched by <see cref="Phrase"/>; null when it holds no number.</summary>
    public static decimal? Parse(string phrase)
    {
        decimal total = 0;
        decimal current = 0;
        var seen = false;
        foreach (var word in phrase.Split([' ', '-', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Small.TryGetValue(word, out var small))
            {
                current += small;
                seen = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                var basis = seen || current > 0 ? current : 1m;
                if (scale >= 1000m)
                {
                    total += basis * scale;
                    current = 0;
                }
                else
                {
                    current = basis * scale;
                }

                seen = true;
            }
            else if (word is not ("a" or "an" or "A" or "An" or "and"))
            {
                return null;
            }
        }

        return seen ? total + current : null;
    }
}
