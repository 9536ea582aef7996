namespace Parallax.Entities.Lexicons;

/// <summary>
/// Titles, offices and honorifics that introduce a person's name ("Foreign Minister", "spokesman",
/// "Dr"). Stored lower-case as word sequences so they match both "Prime Minister X" and
/// "prime minister X"; the longest title wins.
/// </summary>
internal static class PersonTitles
{
    private static readonly string[] Phrases =
    [
        // Heads of state and government.
        "president", "vice president", "prime minister", "deputy prime minister", "chancellor", "premier",
        "king", "queen", "prince", "princess", "crown prince", "emir", "sheikh", "sultan", "pope", "ayatollah",
        "supreme leader", "governor", "gov", "lieutenant governor", "lt gov", "mayor", "senator", "sen", "congressman", "congresswoman", "representative", "rep",
        "speaker", "lawmaker", "chairman", "chairwoman", "chair", "leader", "opposition leader",
        // Ministers and secretaries.
        "minister", "foreign minister", "defence minister", "defense minister", "interior minister", "finance minister",
        "oil minister", "health minister", "justice minister", "deputy minister", "secretary", "secretary of state",
        "secretary of defense", "defense secretary", "defence secretary", "foreign secretary", "home secretary",
        "press secretary", "secretary-general", "secretary general", "undersecretary", "under secretary",
        "attorney general", "ambassador", "envoy", "special envoy", "minister of state",
        "national security adviser", "national security advisor", "adviser", "advisor", "commissioner",
        // Military and police ranks.
        "general", "gen", "lieutenant general", "major general", "brigadier general", "lt", "colonel", "col",
        "lieutenant colonel", "major", "maj", "captain", "capt", "sergeant", "sgt", "admiral", "adm", "commander",
        "chief of staff", "field marshal", "marshal", "brigadier", "corporal", "private", "police chief",
        "sheriff", "deputy sheriff", "detective", "inspector", "superintendent",
        // Spokespeople and functions typically placed right before a name.
        "spokesman", "spokeswoman", "spokesperson", "press officer", "official", "director", "director general",
        "chief executive", "ceo", "cfo", "founder", "co-founder", "analyst", "professor", "prof", "judge", "justice",
        "chief justice", "prosecutor", "correspondent", "reporter", "editor", "cleric", "imam", "rabbi", "bishop",
        "archbishop", "cardinal", "reverend", "rev", "father", "head", "chief", "coach", "manager", "economist",
        // Honorifics.
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam",
    ];

    private static readonly string[][] Titles = [.. Phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length)];

    private static readonly HashSet<string> TitleWords = new(Phrases.SelectMany(p => p.Split(' ')), StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics say "a person follows" and nothing else, so they are not kept as roles.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam",
    };

    public static bool IsTitleWord(string word) => TitleWords.Contains(word);

    public static bool IsHonorific(string word) => Honorifics.Contains(word.TrimEnd('.'));

    /// <summary>Length in words of the longest title starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(IReadOnlyList<string> words, int start)
    {
        foreach (var title in Titles)
        {
            if (start + title.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < title.Length && matches; k++)
            {
                matches = string.Equals(words[start + k].TrimEnd('.'), title[k], StringComparison.OrdinalIgnoreCase);
            }

            if (matches)
            {
                return title.Length;
            }
        }

        return 0;
    }
}
