namespace Parallax.Entities.Lexicons;

/// <summary>
/// Countries (with their common short forms), capitals and major cities, continents and regions.
/// Each entry is "Canonical|alias|alias" so the resolver can treat "U.S." and "United States" as one
/// place.
/// </summary>
internal static class PlaceGazetteer
{
    private static readonly string[] Entries =
    [
        // Countries and their usual short forms.
        "United States|US|U.S.|USA|U.S.A.|America|United States of America", "United Kingdom|UK|U.K.|Britain|Great Britain",
        "United Arab Emirates|UAE|U.A.E.|Emirates", "Russia|Russian Federation", "China|People's Republic of China|PRC",
        "South Korea|Republic of Korea", "North Korea|DPRK", "Iran|Islamic Republic of Iran", "Syria", "Iraq", "Afghanistan",
        "Pakistan", "India", "Bangladesh", "Sri Lanka", "Nepal", "Bhutan", "Myanmar|Burma", "Thailand", "Vietnam|Viet Nam",
        "Cambodia", "Laos", "Malaysia", "Singapore", "Indonesia", "Philippines", "Japan", "Taiwan", "Mongolia",
        "Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan", "Azerbaijan", "Armenia", "Georgia",
        "Turkey|Turkiye|Türkiye", "Israel", "Palestine|Palestinian Territories", "Lebanon", "Jordan", "Saudi Arabia",
        "Kuwait", "Bahrain", "Qatar", "Oman", "Yemen", "Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan",
        "South Sudan", "Ethiopia", "Eritrea", "Somalia", "Djibouti", "Kenya", "Uganda", "Tanzania", "Rwanda", "Burundi",
        "Democratic Republic of the Congo|DRC|DR Congo", "Republic of the Congo|Congo", "Nigeria", "Niger", "Mali", "Chad",
        "Burkina Faso", "Senegal", "Ghana", "Ivory Coast|Cote d'Ivoire", "Cameroon", "Gabon", "Angola", "Zambia",
        "Zimbabwe", "Mozambique", "Malawi", "Madagascar", "Namibia", "Botswana", "South Africa", "Guinea", "Sierra Leone",
        "Liberia", "Mauritania", "Gambia", "Benin", "Togo", "Central African Republic", "Lesotho", "Eswatini|Swaziland",
        "Canada", "Mexico", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Cuba", "Haiti",
        "Dominican Republic", "Jamaica", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina",
        "Brazil", "Paraguay", "Uruguay", "Guyana", "Suriname", "Australia", "New Zealand", "Papua New Guinea", "Fiji",
        "France", "Germany", "Italy", "Spain", "Portugal", "Netherlands|Holland", "Belgium", "Luxembourg", "Switzerland",
        "Austria", "Ireland", "Iceland", "Norway", "Sweden", "Finland", "Denmark", "Poland", "Czech Republic|Czechia",
        "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece", "Cyprus", "Malta", "Serbia", "Croatia", "Slovenia",
        "Bosnia and Herzegovina|Bosnia", "Montenegro", "North Macedonia|Macedonia", "Albania", "Kosovo", "Moldova",
        "Ukraine", "Belarus", "Lithuania", "Latvia", "Estonia", "Vatican|Holy See", "Monaco",
        // Capitals and major cities.
        "Washington|Washington D.C.|Washington, D.C.", "Baghdad", "Tehran", "Damascus", "Beirut", "Amman", "Riyadh",
        "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Kuwait City", "Manama", "Muscat", "Sanaa", "Cairo", "Tripoli", "Tunis",
        "Algiers", "Rabat", "Khartoum", "Ankara", "Istanbul", "Jerusalem", "Tel Aviv", "Gaza", "West Bank", "Ramallah",
        "Kabul", "Kandahar", "Islamabad", "Karachi", "Lahore", "New Delhi|Delhi", "Mumbai", "Dhaka", "Beijing", "Shanghai",
        "Hong Kong", "Taipei", "Tokyo", "Seoul", "Pyongyang", "Bangkok", "Hanoi", "Manila", "Jakarta", "Kuala Lumpur",
        "Moscow", "Kyiv|Kiev", "Minsk", "Warsaw", "Berlin", "Paris", "London", "Madrid", "Rome", "Lisbon", "Brussels",
        "Amsterdam", "The Hague", "Vienna", "Geneva", "Zurich", "Bern", "Stockholm", "Oslo", "Copenhagen", "Helsinki",
        "Athens", "Budapest", "Prague", "Bucharest", "Sofia", "Belgrade", "Dublin", "Ottawa", "Toronto", "Mexico City",
        "Havana", "Caracas", "Bogota", "Lima", "Santiago", "Buenos Aires", "Brasilia", "Sao Paulo", "Rio de Janeiro",
        "Canberra", "Sydney", "Nairobi", "Addis Ababa", "Lagos", "Abuja", "Johannesburg", "Pretoria", "Cape Town",
        "New York|New York City|NYC", "Los Angeles", "Chicago", "San Francisco", "Miami", "Boston", "Houston",
        "Mosul", "Basra", "Erbil", "Kirkuk", "Fallujah", "Najaf", "Karbala", "Aleppo", "Idlib", "Homs", "Raqqa",
        "Benghazi", "Aden", "Mecca", "Medina", "Herat", "Mazar-i-Sharif", "Odesa|Odessa", "Kharkiv", "Donetsk", "Crimea",
        // Continents and regions.
        "Africa", "North Africa", "West Africa", "East Africa", "Southern Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Antarctica", "Oceania",
        "Middle East", "Near East", "Far East", "Gulf|Persian Gulf|Arabian Gulf", "Levant", "Balkans", "Caucasus",
        "Central Asia", "South Asia", "Southeast Asia", "East Asia", "Sahel", "Horn of Africa", "Maghreb", "Scandinavia",
        "Eastern Europe", "Western Europe", "Kurdistan", "Mediterranean", "Red Sea", "Black Sea", "Caribbean",
        "Pacific", "Atlantic", "Indian Ocean", "Arctic", "Persian Gulf", "Strait of Hormuz", "Golan Heights", "Sinai",
    ];

    /// <summary>Last words that make a capitalized phrase a place or facility ("Kennedy Airport", "Tahrir Square").</summary>
    private static readonly HashSet<string> PlaceHeadWords = new(StringComparer.Ordinal)
    {
        "Airport", "Square", "Bridge", "Street", "Avenue", "Road", "Highway", "River", "Mountains", "Mountain", "Island",
        "Islands", "Province", "Governorate", "Region", "District", "County", "City", "Valley", "Sea", "Ocean", "Bay",
        "Desert", "Strait", "Canal", "Dam", "Peninsula", "Heights", "Camp", "Base", "Airbase", "Port", "Harbour", "Harbor",
    };

    private static readonly Dictionary<string, string> CanonicalByName = Build();

    public static bool IsPlaceHeadWord(string word) => PlaceHeadWords.Contains(word);

    /// <summary>Number of words of the longest place name, used to bound phrase matching.</summary>
    public static int MaxWords { get; } = CanonicalByName.Keys.Max(k => k.Split(' ').Length);

    public static bool Contains(string name) => CanonicalByName.ContainsKey(Normalize(name));

    /// <summary>The canonical spelling of a place ("U.S." -> "United States"), or null when unknown.</summary>
    public static string? Canonical(string name) => CanonicalByName.GetValueOrDefault(Normalize(name));

    /// <summary>True when some place name starts with <paramref name="prefix"/> followed by more words.</summary>
    public static bool HasLongerNameStartingWith(string prefix)
    {
        var key = Normalize(prefix) + " ";
        return CanonicalByName.Keys.Any(k => k.StartsWith(key, StringComparison.Ordinal));
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant().Replace('\u2019', '\'');

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var names = entry.Split('|');
            foreach (var name in names)
            {
                map.TryAdd(Normalize(name), names[0]);
            }
        }

        return map;
    }
}
