namespace Parallax.Entities.Lexicons;

/// <summary>
/// Words that are capitalized for grammatical reasons (sentence starts, calendar names) rather than
/// because they name something, and verbs that mark the person speaking.
/// </summary>
internal static class CommonCapitalizedWords
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "your", "who", "what", "when", "where", "why", "how", "which",
        "however", "but", "and", "or", "so", "yet", "also", "still", "meanwhile", "moreover", "furthermore",
        "although", "though", "while", "whereas", "because", "since", "if", "unless", "as", "after", "before",
        "during", "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "under", "over", "about",
        "against", "among", "between", "into", "through", "despite", "according", "amid", "following", "last",
        "next", "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "now", "then", "once", "some",
        "many", "most", "all", "both", "each", "every", "several", "few", "other", "another", "such", "no", "not",
        "one", "two", "three", "four", "five", "first", "second", "third", "more", "less", "much", "even", "only",
        "just", "instead", "indeed", "thus", "therefore", "overall", "finally", "again", "already", "read", "also",
        "please", "dear", "click", "share", "comments", "comment", "reply", "leave", "sign", "subscribe",
        "related", "advertisement", "image", "photo", "video", "features", "interviews", "news", "breaking",
        "update", "updated", "senior", "top", "former", "said", "says", "citing", "for", "any", "yes", "what",
        "should", "would", "could", "will", "can", "may", "might", "must", "do", "does", "did", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "source", "sources",
        // Plural speakers that open "X said" sentences without being names.
        "officials", "reports", "witnesses", "analysts", "police", "critics", "residents", "experts", "observers",
        "authorities", "officers", "doctors", "diplomats", "protesters", "lawmakers", "investigators", "prosecutors",
        "others", "people", "voters", "leaders", "troops", "soldiers", "rebels", "militants", "journalists", "reporters",
    };

    private static readonly HashSet<string> Calendar = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "christmas", "easter", "ramadan", "eid", "am", "pm", "gmt", "utc", "est", "edt", "pst",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted", "wrote", "writes",
        "argued", "claimed", "insisted", "warned", "announced", "asked", "replied", "confirmed", "denied",
        "declared", "believes", "believed", "predicted", "stressed", "urged", "tweeted", "acknowledged",
    };

    /// <summary>
    /// Abbreviations of common nouns: written in capitals like an organization's acronym, but they name
    /// a thing or an offence, not an entity ("a DUI charge", "on TV", "10:00 GMT"). Case matters: "Dna" is not one.
    /// </summary>
    private static readonly HashSet<string> CommonAbbreviations = new(StringComparer.Ordinal)
    {
        "DUI", "DWI", "OWI", "TV", "CCTV", "DNA", "GPS", "ATM", "SUV", "MVP", "GMT", "UTC", "IQ", "KO", "TKO", "KOs",
        "HIV", "CD", "DVD", "MRI", "ICU", "IVF", "LED", "LCD", "USB", "PIN", "VAT", "GDP", "CPI", "IPO", "FAQ",
        "PDF", "URL", "SMS", "OK", "ID", "RIP", "AM", "PM", "SOS", "ISP", "ISPs", "PC", "PCs", "CPU", "RPG",
    };

    /// <summary>Function words and discourse openers: capitalized only because a sentence starts with them.</summary>
    public static bool IsCommon(string word) => Common.Contains(word);

    /// <summary>Months, weekdays and holidays are time expressions, never entities.</summary>
    public static bool IsCalendarWord(string word) => Calendar.Contains(word.TrimEnd('.'));

    public static bool IsReportingVerb(string word) => ReportingVerbs.Contains(word);

    public static bool IsCommonAbbreviation(string word) => CommonAbbreviations.Contains(word.Replace(".", string.Empty, StringComparison.Ordinal));
}
