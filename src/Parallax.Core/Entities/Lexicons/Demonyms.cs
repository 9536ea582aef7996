namespace Parallax.Entities.Lexicons;

/// <summary>
/// Nationality and group adjectives ("Iraqi", "French"). They are tagged MISC and, when they sit
/// before a title, become part of the person's role ("Iraqi Foreign Minister").
/// </summary>
internal static class Demonyms
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "American", "British", "English", "Scottish", "Welsh", "Irish", "French", "German", "Italian", "Spanish",
        "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish", "Norwegian", "Danish", "Finnish", "Icelandic",
        "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Greek", "Cypriot", "Serbian", "Croatian",
        "Bosnian", "Albanian", "Ukrainian", "Belarusian", "Russian", "Lithuanian", "Latvian", "Estonian", "Georgian",
        "Armenian", "Azerbaijani", "Turkish", "Kurdish", "Iraqi", "Iranian", "Persian", "Syrian", "Lebanese",
        "Jordanian", "Israeli", "Palestinian", "Saudi", "Emirati", "Qatari", "Kuwaiti", "Bahraini", "Omani", "Yemeni",
        "Egyptian", "Libyan", "Tunisian", "Algerian", "Moroccan", "Sudanese", "Ethiopian", "Somali", "Kenyan",
        "Ugandan", "Nigerian", "Ghanaian", "Malian", "Senegalese", "Congolese", "Angolan", "South African",
        "Zimbabwean", "Afghan", "Pakistani", "Indian", "Bangladeshi", "Sri Lankan", "Nepali", "Chinese", "Taiwanese",
        "Japanese", "Korean", "North Korean", "South Korean", "Vietnamese", "Thai", "Burmese", "Malaysian",
        "Indonesian", "Filipino", "Australian", "Canadian", "Mexican", "Cuban", "Venezuelan", "Colombian", "Brazilian",
        "Argentine", "Argentinian", "Chilean", "Peruvian", "European", "African", "Asian", "Arab", "Arabic", "Western",
        "Middle Eastern", "Latin American", "Shiite", "Shia", "Sunni", "Muslim", "Christian", "Jewish", "Catholic",
        "Iraqis", "Americans", "Iranians", "Syrians", "Afghans", "Kurds", "Arabs", "Israelis", "Palestinians",
        "Russians", "Ukrainians", "Europeans", "Africans", "Shiites", "Sunnis", "Muslims", "Christians", "Jews",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
