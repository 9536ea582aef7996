namespace Parallax.Quotes;

/// <summary>
/// Types an unnamed source from its description and the words after it in the sentence. The
/// affiliation is what qualifies the head noun: capitalized or demonym words before it ("US",
/// "State Department") or the object of a following "in/at/from/with/of/close to" phrase ("an
/// official in the ministry"). The reason for anonymity is the clause that explains it ("because he
/// was not authorized to ...", "to discuss private talks"), looked for after an anonymity phrase
/// ("on condition of anonymity", "asked not to be named") or on its own ("not authorized to").
/// </summary>
internal static class UnnamedSourceReader
{
    private const int ReasonReach = 40;

    private static readonly HashSet<string> Seniorities = new(
        ["senior", "junior", "top", "high-ranking", "high-level", "senior-level", "mid-level", "low-level", "chief", "leading"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Skipped = new(
        ["a", "an", "the", "one", "two", "three", "several", "some", "many", "unnamed", "anonymous", "former", "current", "other", "another"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> ClauseSubjects = new(
        ["he", "she", "they", "it", "i", "we", "the", "this", "that", "these", "those", "his", "her", "their", "its", "there"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> AffiliationPrepositions = new(["in", "at", "from", "with", "of", "within", "inside"], StringComparer.Ordinal);

    public static UnnamedSource Read(QuoteText t, SpeakerPhrase phrase)
    {
        var head = t.Lower[phrase.Head];
        var seniority = new List<string>();
        var affiliation = new List<string>();
        for (var k = phrase.First; k < phrase.Head; k++)
        {
            var lower = t.Lower[k];
            if (Seniorities.Contains(lower))
            {
                seniority.Add(lower);
            }
            else if (!Skipped.Contains(lower) && t.IsWord(k) && (t.IsCapitalized(k) || affiliation.Count > 0))
            {
                affiliation.Add(t.Word(k).Replace(".", string.Empty, StringComparison.Ordinal));
            }
        }

        var after = AffiliationAfter(t, phrase);
        return new UnnamedSource(
            Singular(head),
            after ?? (affiliation.Count > 0 ? string.Join(' ', affiliation) : null),
            seniority.Count > 0 ? string.Join(' ', seniority) : null,
            Reason(t, phrase.Head + 1));
    }

    private static string Singular(string head) => head switch
    {
        "people" => "person",
        "spokesmen" => "spokesman",
        "spokeswomen" => "spokeswoman",
        "spokespeople" => "spokesperson",
        _ when head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) => head[..^1],
        _ => head,
    };

    /// <summary>"an official in the ministry", "a source close to the talks": the phrase's own qualifier.</summary>
    private static string? AffiliationAfter(QuoteText t, SpeakerPhrase phrase)
    {
        var k = phrase.Head + 1;
        if (k > phrase.Last)
        {
            return null;
        }

        if (t.Lower[k] is "close" or "familiar" && k + 1 <= phrase.Last && t.Lower[k + 1] is "to" or "with")
        {
            k += 2;
        }
        else if (AffiliationPrepositions.Contains(t.Lower[k]))
        {
            k++;
        }
        else
        {
            return null;
        }

        var last = k;
        while (last + 1 <= phrase.Last && t.IsWord(last + 1) && t.Lower[last + 1] is not ("who" or "which" or "that"))
        {
            last++;
        }

        return k <= phrase.Last ? t.Between(k, last).Of(t.Text) : null;
    }

    private static string? Reason(QuoteText t, int from)
    {
        var end = Math.Min(t.Count, from + ReasonReach);
        var anonymity = false;
        for (var k = from; k < end; k++)
        {
            var w = t.Lower[k];
            if (w is "." or "?" or "!" || (t.IsQuoted(k) && !anonymity))
            {
                return null;
            }

            anonymity |= w is "anonymity" or "named" or "identified";
            // "because ..." always gives a reason; "as"/"since" only when a clause follows ("as he
            // was not authorized"), not in "quoted X, who spoke on condition of anonymity, as saying".
            var starts = (anonymity && k + 1 < end && t.IsWord(k + 1)
                    && (w == "because" || (w is "since" or "as" && ClauseSubjects.Contains(t.Lower[k + 1]))))
                || (anonymity && w == "to" && k + 1 < end && t.Lower[k + 1] is "discuss" or "speak" or "describe" or "talk" or "share" or "brief" or "comment")
                || (w is "not" or "n't" && k + 1 < end && t.Lower[k + 1] is "authorized" or "authorised" or "allowed" or "permitted" or "cleared");
            if (starts)
            {
                return t.Between(k, ClauseEnd(t, k, end)).Of(t.Text);
            }
        }

        return null;
    }

    private static int ClauseEnd(QuoteText t, int k, int end)
    {
        var last = k;
        while (last + 1 < end && t.Lower[last + 1] is not ("," or "." or ";" or ":" or "?" or "!") && !t.IsQuoted(last + 1))
        {
            last++;
        }

        return last;
    }
}
