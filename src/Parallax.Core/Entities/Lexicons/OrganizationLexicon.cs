namespace Parallax.Entities.Lexicons;

/// <summary>
/// What marks a name as an organization: head words ("Ministry", "Bank", "Party"), the major news
/// agencies and outlets, and seats of government used for the institution ("the Pentagon").
/// </summary>
internal static class OrganizationLexicon
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "Agency", "Council", "Party", "Army", "Forces", "Force", "Navy", "Guard", "Guards",
        "Group", "Organization", "Organisation", "University", "College", "Institute", "Bank", "Company", "Inc",
        "Corp", "Corporation", "Ltd", "LLC", "Co", "News", "Times", "Journal", "Post", "Press", "Tribune", "Herald",
        "Gazette", "Telegraph", "Guardian", "Observer", "Chronicle", "Daily", "Magazine", "Network", "Television", "TV",
        "Radio", "Broadcasting", "Congress", "Parliament", "Senate", "Assembly", "Court", "Committee", "Commission",
        "Coalition", "Alliance", "Union", "Association", "Federation", "Foundation", "Fund", "Authority", "Office",
        "Bureau", "Administration", "Command", "Brigade", "Brigades", "Battalion", "Regiment", "Corps", "Militia",
        "Front", "Movement", "Federal", "Service", "Services", "Police", "Airlines", "Airways", "Motors", "Industries",
        "Holdings", "Group", "Partners", "Systems", "Technologies", "Labs", "Mobilization", "Cabinet",
        "Government", "Embassy", "Consulate", "Secretariat", "Tribunal", "Directorate", "Hospital", "School", "Church",
        "Mosque", "Club", "Board", "Exchange", "Reserve", "Treasury", "Pentagon", "Kremlin", "Hezbollah", "Hamas",
    };

    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // International news agencies and outlets.
        "Reuters", "Associated Press", "AP", "Agence France-Presse", "AFP", "BBC", "BBC News", "CNN", "Al Jazeera",
        "Al-Jazeera", "Al Arabiya", "Bloomberg", "Xinhua", "TASS", "Interfax", "RIA Novosti", "RT", "Russia Today",
        "Sputnik", "DPA", "ANSA", "EFE", "Kyodo", "Yonhap", "UPI", "PTI", "Anadolu", "Voice of America", "VOA",
        "Radio Free Europe", "Politico", "Axios", "NPR", "PBS", "ABC", "NBC", "CBS", "Fox News", "MSNBC", "Sky News",
        "Deutsche Welle", "DW", "France 24", "Euronews", "New York Times", "Washington Post", "Wall Street Journal",
        "Financial Times", "The Economist", "Economist", "Guardian", "The Guardian", "Times of India",
        "Haaretz", "Le Monde", "Der Spiegel", "Spiegel", "El Pais", "Asharq Al-Awsat", "Al-Monitor", "Middle East Eye",
        "Los Angeles Times", "USA Today", "Newsweek", "The Hill", "Defense News", "Military Times",
        // International bodies and seats of government used for their institutions.
        "United Nations", "UN", "U.N.", "NATO", "European Union", "EU", "African Union", "Arab League", "OPEC",
        "World Bank", "International Monetary Fund", "IMF", "World Health Organization", "WHO", "Red Cross",
        "White House", "Pentagon", "Kremlin", "Downing Street", "Elysee", "Élysée", "State Department", "Capitol",
        "Congress", "Senate", "Security Council", "Taliban", "al-Qaeda", "Al-Qaeda", "al-Shabab", "Islamic State",
        "Hezbollah", "Hamas", "Houthis",
    };

    /// <summary>The head words that make a capitalized phrase an organization when it contains one.</summary>
    public static bool IsKeyword(string word) => Keywords.Contains(word);

    /// <summary>An outlet, agency, international body or institution known by name.</summary>
    public static bool IsKnownName(string name) => KnownNames.Contains(name);

    public static bool HasLongerNameStartingWith(string prefix)
    {
        var start = prefix + " ";
        return KnownNames.Any(k => k.StartsWith(start, StringComparison.OrdinalIgnoreCase));
    }
}
