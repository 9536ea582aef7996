namespace Parallax.Entities.Lexicons;

/// <summary>
/// Nationality and group adjectives ("Iraqi", "French") and the place each names. They are tagged MISC
/// and, when they sit before a title, become part of the person's role ("Iraqi Foreign Minister"). The
/// resolver links a demonym to its place entity without merging the two: "Iraqi officials" are not Iraq.
/// </summary>
internal static class Demonyms
{
    /// <summary>"Place|demonym|demonym": the place spelled as <see cref="PlaceGazetteer"/> names it, singular and plural forms.</summary>
    private static readonly string[] PlaceEntries =
    [
        "United States|American|Americans", "United Kingdom|British|Briton|Britons", "England|English", "Scotland|Scottish",
        "Wales|Welsh", "Ireland|Irish", "France|French", "Germany|German|Germans", "Italy|Italian|Italians",
        "Spain|Spanish", "Portugal|Portuguese", "Netherlands|Dutch", "Belgium|Belgian|Belgians", "Switzerland|Swiss",
        "Austria|Austrian|Austrians", "Sweden|Swedish", "Norway|Norwegian|Norwegians", "Denmark|Danish", "Finland|Finnish",
        "Iceland|Icelandic", "Poland|Polish", "Czech Republic|Czech|Czechs", "Slovakia|Slovak|Slovaks",
        "Hungary|Hungarian|Hungarians", "Romania|Romanian|Romanians", "Bulgaria|Bulgarian|Bulgarians", "Greece|Greek|Greeks",
        "Cyprus|Cypriot|Cypriots", "Serbia|Serbian|Serbians|Serb|Serbs", "Croatia|Croatian|Croatians|Croat|Croats",
        "Bosnia and Herzegovina|Bosnian|Bosnians", "Albania|Albanian|Albanians", "Ukraine|Ukrainian|Ukrainians",
        "Belarus|Belarusian|Belarusians", "Russia|Russian|Russians", "Lithuania|Lithuanian|Lithuanians",
        "Latvia|Latvian|Latvians", "Estonia|Estonian|Estonians", "Georgia|Georgian|Georgians", "Armenia|Armenian|Armenians",
        "Azerbaijan|Azerbaijani|Azerbaijanis", "Turkey|Turkish|Turks", "Kurdistan|Kurdish|Kurd|Kurds", "Iraq|Iraqi|Iraqis",
        "Iran|Iranian|Iranians|Persian", "Syria|Syrian|Syrians", "Lebanon|Lebanese", "Jordan|Jordanian|Jordanians",
        "Israel|Israeli|Israelis", "Palestine|Palestinian|Palestinians", "Saudi Arabia|Saudi|Saudis",
        "United Arab Emirates|Emirati|Emiratis", "Qatar|Qatari|Qataris", "Kuwait|Kuwaiti|Kuwaitis", "Bahrain|Bahraini|Bahrainis",
        "Oman|Omani|Omanis", "Yemen|Yemeni|Yemenis", "Egypt|Egyptian|Egyptians", "Libya|Libyan|Libyans",
        "Tunisia|Tunisian|Tunisians", "Algeria|Algerian|Algerians", "Morocco|Moroccan|Moroccans", "Sudan|Sudanese",
        "Ethiopia|Ethiopian|Ethiopians", "Somalia|Somali|Somalis", "Kenya|Kenyan|Kenyans", "Uganda|Ugandan|Ugandans",
        "Nigeria|Nigerian|Nigerians", "Ghana|Ghanaian|Ghanaians", "Mali|Malian|Malians", "Senegal|Senegalese",
        "Angola|Angolan|Angolans", "South Africa|South African|South Africans", "Zimbabwe|Zimbabwean|Zimbabweans",
        "Afghanistan|Afghan|Afghans", "Pakistan|Pakistani|Pakistanis", "India|Indian|Indians",
        "Bangladesh|Bangladeshi|Bangladeshis", "Sri Lanka|Sri Lankan|Sri Lankans", "Nepal|Nepali|Nepalis", "China|Chinese",
        "Taiwan|Taiwanese", "Japan|Japanese", "North Korea|North Korean|North Koreans",
        "South Korea|South Korean|South Koreans", "Vietnam|Vietnamese", "Thailand|Thai|Thais", "Myanmar|Burmese",
        "Malaysia|Malaysian|Malaysians", "Indonesia|Indonesian|Indonesians", "Philippines|Filipino|Filipinos",
        "Australia|Australian|Australians", "Canada|Canadian|Canadians", "Mexico|Mexican|Mexicans", "Cuba|Cuban|Cubans",
        "Venezuela|Venezuelan|Venezuelans", "Colombia|Colombian|Colombians", "Brazil|Brazilian|Brazilians",
        "Argentina|Argentine|Argentinian|Argentines|Argentinians", "Chile|Chilean|Chileans", "Peru|Peruvian|Peruvians",
        "Europe|European|Europeans", "Africa|African|Africans", "Asia|Asian|Asians", "Middle East|Middle Eastern",
        "Latin America|Latin American|Latin Americans",
    ];

    /// <summary>Group words that name no single place ("Korean" could be either Korea; "Arab" spans many countries).</summary>
    private static readonly string[] Unplaced =
    [
        "Korean", "Congolese", "Arab", "Arabic", "Arabs", "Western", "Shiite", "Shia", "Sunni", "Muslim", "Christian",
        "Jewish", "Catholic", "Shiites", "Sunnis", "Muslims", "Christians", "Jews",
    ];

    private static readonly Dictionary<string, string> PlaceByDemonym = BuildPlaceMap();

    private static readonly HashSet<string> Words = new([.. PlaceByDemonym.Keys, .. Unplaced], StringComparer.OrdinalIgnoreCase);

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>The place a demonym names ("Iraqis" -> "Iraq"), or null for group words and unknown words.</summary>
    public static string? PlaceOf(string demonym) => PlaceByDemonym.GetValueOrDefault(demonym);

    private static Dictionary<string, string> BuildPlaceMap()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in PlaceEntries)
        {
            var names = entry.Split('|');
            foreach (var demonym in names.Skip(1))
            {
                map.Add(demonym, names[0]);
            }
        }

        return map;
    }
}
