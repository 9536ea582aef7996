namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>
/// The verbs and phrases of saying and reporting that define the "speech" subset of the quote
/// evaluation. PolNeAR also annotates attributions of thought, feeling and evidence ("wants",
/// "seemed", "shows"); a briefing's quotes are what people said or wrote, so that is the subset the
/// goal is set on. A cue belongs to the subset when any of its words (lower-cased, with the
/// phrase "according to" and a colon introducing a quote counted as such) is in this list.
/// </summary>
internal static class SpeechCues
{
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal)
    {
        "say", "says", "said", "saying",
        "tell", "tells", "told", "telling",
        "add", "adds", "added", "adding",
        "write", "writes", "wrote", "writing", "written",
        "ask", "asks", "asked", "asking",
        "note", "notes", "noted", "noting",
        "report", "reports", "reported", "reporting",
        "announce", "announces", "announced", "announcing",
        "state", "states", "stated", "stating", "statement",
        "explain", "explains", "explained", "explaining",
        "declare", "declares", "declared", "declaring",
        "tweet", "tweets", "tweeted", "tweeting",
        "claim", "claims", "claimed", "claiming",
        "insist", "insists", "insisted", "insisting",
        "argue", "argues", "argued", "arguing",
        "reply", "replies", "replied", "replying",
        "respond", "responds", "responded", "responding",
        "remark", "remarks", "remarked",
        "comment", "comments", "commented",
        "testify", "testifies", "testified",
        "quote", "quotes", "quoted", "quoting",
        "acknowledge", "acknowledges", "acknowledged",
        "confirm", "confirms", "confirmed",
        "deny", "denies", "denied",
        "warn", "warns", "warned", "warning",
        "admit", "admits", "admitted",
        "announcement", "interview", "according",
    };

    public static bool IsSpeech(string cue)
    {
        var trimmed = cue.Trim();
        if (trimmed == ":")
        {
            return true;
        }

        foreach (var word in trimmed.ToLowerInvariant().Split([' ', '\n', ',', '.', ':', ';', '\u2019', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Words.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
