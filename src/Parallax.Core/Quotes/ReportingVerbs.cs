namespace Parallax.Quotes;

/// <summary>
/// The general English lexicon of verbs that introduce speech or opinion, with their inflected
/// forms. Listed explicitly rather than inflected by rule because the irregular ones (said, told,
/// wrote, thought) are the most frequent.
/// </summary>
internal static class ReportingVerbs
{
    // Verbs that often take a plain noun object ("announced a plan", "confirmed the meeting") only
    // report speech when a clause follows; the others report speech with or without "that".
    private static readonly string[] ObjectTakingLemmas =
    [
        "announce", "confirm", "reveal", "indicate", "report", "deny", "disclose", "mention",
        "underline", "underscore", "acknowledge", "comment", "welcome", "expect", "hope", "clarify",
        "declare", "promise", "pledge", "recall", "estimate",
    ];

    private static readonly string[] Table =
    [
        "say says said saying",
        "tell tells told telling",
        "add adds added adding",
        "explain explains explained explaining",
        "predict predicts predicted predicting",
        "claim claims claimed claiming",
        "reveal reveals revealed revealing",
        "indicate indicates indicated indicating",
        "confirm confirms confirmed confirming",
        "announce announces announced announcing",
        "state states stated stating",
        "argue argues argued arguing",
        "note notes noted noting",
        "warn warns warned warning",
        "insist insists insisted insisting",
        "believe believes believed believing",
        "think thinks thought thinking",
        "stress stresses stressed stressing",
        "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
        "assert asserts asserted asserting",
        "declare declares declared declaring",
        "acknowledge acknowledges acknowledged acknowledging",
        "admit admits admitted admitting",
        "deny denies denied denying",
        "suggest suggests suggested suggesting",
        "report reports reported reporting",
        "write writes wrote writing",
        "tweet tweets tweeted tweeting",
        "comment comments commented commenting",
        "remark remarks remarked remarking",
        "observe observes observed observing",
        "clarify clarifies clarified clarifying",
        "reiterate reiterates reiterated reiterating",
        "underline underlines underlined underlining",
        "underscore underscores underscored underscoring",
        "maintain maintains maintained maintaining",
        "contend contends contended contending",
        "allege alleges alleged alleging",
        "estimate estimates estimated estimating",
        "concede concedes conceded conceding",
        "disclose discloses disclosed disclosing",
        "mention mentions mentioned mentioning",
        "recall recalls recalled recalling",
        "complain complains complained complaining",
        "caution cautions cautioned cautioning",
        "reply replies replied replying",
        "assure assures assured assuring",
        "pledge pledges pledged pledging",
        "vow vows vowed vowing",
        "promise promises promised promising",
        "welcome welcomes welcomed welcoming",
        "expect expects expected expecting",
        "hope hopes hoped hoping",
        "summarize summarizes summarized summarizing summarise summarises summarised summarising",
    ];

    private static readonly Dictionary<string, string> LemmaByForm = BuildForms();

    private static readonly HashSet<string> ObjectTaking = new(ObjectTakingLemmas, StringComparer.Ordinal);

    /// <summary>The lemma of a lower-cased reporting verb form, or null when the word is not one.</summary>
    public static string? LemmaOf(string lowerWord) => LemmaByForm.GetValueOrDefault(lowerWord);

    /// <summary>True for verbs whose bare noun object is not reported speech (see <see cref="ObjectTakingLemmas"/>).</summary>
    public static bool NeedsClause(string lemma) => ObjectTaking.Contains(lemma);

    public static bool IsParticiple(string lowerWord) => lowerWord.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Base and third-person forms double as nouns ("the report", "his claims").</summary>
    public static bool CanBeNoun(string lowerWord, string lemma) =>
        lowerWord == lemma || lowerWord == lemma + "s" || lowerWord == lemma + "es";

    private static Dictionary<string, string> BuildForms()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Table)
        {
            var forms = row.Split(' ');
            foreach (var form in forms)
            {
                map.TryAdd(form, forms[0]);
            }
        }

        return map;
    }
}
