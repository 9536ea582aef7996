namespace Parallax.Quantities;

/// <summary>
/// Currencies and measurement units as written in English news, mapped to the canonical unit a
/// <see cref="Quantity"/> carries (ISO 4217 codes for money, SI-style symbols for measures).
/// </summary>
internal static class UnitLexicon
{
    /// <summary>Symbols written before the number: "$5", "US$5", "€20".</summary>
    public static readonly IReadOnlyDictionary<string, string> PrefixCurrencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US$"] = "USD", ["$"] = "USD", ["C$"] = "CAD", ["A$"] = "AUD", ["NZ$"] = "NZD", ["HK$"] = "HKD",
        ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₹"] = "INR", ["₽"] = "RUB", ["₩"] = "KRW", ["₺"] = "TRY",
        ["USD"] = "USD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["JPY"] = "JPY", ["CHF"] = "CHF", ["CNY"] = "CNY", ["RUB"] = "RUB",
    };

    /// <summary>Regex alternation of the prefix currencies, longest first so "US$" beats "$".</summary>
    public const string PrefixPattern = @"(?:US\$|C\$|A\$|NZ\$|HK\$|\$|€|£|¥|₹|₽|₩|₺|USD\s?|EUR\s?|GBP\s?|JPY\s?|CHF\s?|CNY\s?|RUB\s?)";

    /// <summary>Words written after the number. Plain "pounds" is a weight: money needs "£" or "sterling".</summary>
    private static readonly Dictionary<string, string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY",
        ["yuan"] = "CNY", ["rupees"] = "INR", ["roubles"] = "RUB", ["rubles"] = "RUB", ["francs"] = "CHF",
        ["percent"] = "%", ["per cent"] = "%", ["%"] = "%", ["percentage points"] = "pp",
        ["km"] = "km", ["kilometers"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometre"] = "km",
        ["miles"] = "mi", ["mile"] = "mi", ["meters"] = "m", ["metres"] = "m", ["meter"] = "m", ["metre"] = "m",
        ["feet"] = "ft", ["foot"] = "ft", ["ft"] = "ft", ["inches"] = "in", ["cm"] = "cm", ["mm"] = "mm",
        ["kg"] = "kg", ["kilograms"] = "kg", ["kilogrammes"] = "kg", ["kilos"] = "kg", ["grams"] = "g",
        ["tons"] = "t", ["tonnes"] = "t", ["ton"] = "t", ["tonne"] = "t", ["pounds"] = "lb", ["lbs"] = "lb", ["lb"] = "lb",
        ["liters"] = "l", ["litres"] = "l", ["gallons"] = "gal", ["barrels"] = "bbl",
        ["hectares"] = "ha", ["acres"] = "acre", ["square kilometers"] = "km2", ["square kilometres"] = "km2",
        ["square miles"] = "mi2", ["km2"] = "km2", ["mph"] = "mph", ["km/h"] = "km/h",
        ["megawatts"] = "MW", ["MW"] = "MW", ["gigawatts"] = "GW", ["GW"] = "GW",
        ["pounds sterling"] = "GBP", ["sterling"] = "GBP",
    };

    /// <summary>Regex alternation of the suffix units, multi-word ones first.</summary>
    public const string SuffixPattern =
        @"(?:pounds\s+sterling|percentage\s+points|square\s+(?:kilomet(?:er|re)s|miles)|per\s+cent|percent|%|dollars?|euros?|yen|yuan|rupees|r[o]?ubles|francs|sterling|kilomet(?:er|re)s?|km/h|km2|km|miles?|met(?:er|re)s?|feet|foot|ft|inches|cm|mm|kilogram(?:me)?s|kilos|kg|grams|tonnes?|tons?|pounds|lbs?|lit(?:er|re)s|gallons|barrels|hectares|acres|mph|megawatts|MW|gigawatts|GW)";

    public static string? Suffix(string word)
    {
        var key = System.Text.RegularExpressions.Regex.Replace(word, @"\s+", " ");
        return Suffixes.TryGetValue(key, out var unit) ? unit : null;
    }

    public static bool IsUnitWord(string word) => Suffixes.ContainsKey(word);

    public static bool IsCurrency(string? unit) => unit is { Length: 3 } && unit.All(char.IsUpper);
}
