namespace Parallax.Entities.Lexicons;

/// <summary>
/// Common nouns that say what the next name is. Translated and wire copy often introduces places
/// with their kind ("the settlement X", "the city of X") and officials with their portfolio
/// ("Minister of Internal Affairs X"), where no gazetteer or given-name list knows the name itself.
/// </summary>
internal static class ContextNouns
{
    /// <summary>Lower-case kinds of place: "the village X", "the city of X" name a location.</summary>
    private static readonly HashSet<string> PlaceKinds = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "settlement", "hamlet", "municipality", "region", "province", "district",
        "county", "oblast", "governorate", "prefecture", "state", "island", "port", "river", "capital", "suburb",
    };

    /// <summary>Words that end an "of" portfolio in a title: "Minister of Internal Affairs", "Head of the Region".</summary>
    private static readonly HashSet<string> PortfolioEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "affairs", "defence", "defense", "justice", "health", "finance", "interior", "education", "economy",
        "agriculture", "transport", "energy", "culture", "labour", "labor", "trade", "industry", "environment",
        "tourism", "security", "emergencies", "development", "communications", "infrastructure", "sport", "sports",
        "administration", "region", "republic", "parliament", "council", "staff", "police", "city", "province", "district",
    };

    public static bool IsPlaceKind(string word) => PlaceKinds.Contains(word);

    public static bool EndsPortfolio(string word) => PortfolioEnds.Contains(word);
}
