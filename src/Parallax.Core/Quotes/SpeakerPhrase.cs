namespace Parallax.Quotes;

/// <summary>
/// A speaker as written, by token indices (inclusive). <see cref="Head"/> is the token that names
/// the speaker: the name's last word or the description's noun ("officials" in "one of the officials").
/// </summary>
internal sealed record SpeakerPhrase(int First, int Last, int Head);

/// <summary>A reporting cue with its speaker, and the outlet the words were relayed through.</summary>
internal sealed record Attribution(SpeakerPhrase Speaker, Text.Span Cue, string? Via);

/// <summary>A quote found in the text before its speaker is resolved against the rest of the article.</summary>
internal sealed record QuoteDraft(Text.Span Content, QuoteKind Kind, Attribution Attribution);

/// <summary>Finds the boundaries of speaker phrases around a reporting verb.</summary>
internal static class SpeakerPhrases
{
    private const int MaxWords = 14;

    /// <summary>
    /// The subject before a cue: "Foreign Minister Jane Doe [also] said", "one of the officials
    /// told", "an aide, who asked not to be named, said". Null when no phrase precedes the cue.
    /// </summary>
    public static SpeakerPhrase? Before(QuoteText t, int cue, int floor)
    {
        var k = cue - 1;
        while (k >= floor && t.IsWord(k) && SpeakerLexicon.VerbPrefixes.Contains(t.Lower[k]))
        {
            k--;
        }

        if (k >= floor + 1 && t.Lower[k - 1] == "on" && SpeakerLexicon.TimeWords.Contains(t.Lower[k]))
        {
            k -= 2;
        }

        var last = k;
        if (k >= floor && t.Lower[k] == ",")
        {
            // An aside between subject and verb: skip back to the comma that opens it.
            var j = k - 1;
            while (j >= floor && t.Lower[j] != "," && !t.IsQuoted(j) && k - j < 25)
            {
                j--;
            }

            if (j < floor || t.Lower[j] != ",")
            {
                return null;
            }

            last = k - 1;
            k = j - 1;
        }

        var end = k;
        while (k >= floor && end - k < MaxWords && IsPhraseWord(t, k, k == end))
        {
            k--;
        }

        var first = k + 1;
        while (first <= end && IsEdgeWord(t.Lower[first]))
        {
            first++;
        }

        return first > end ? null : new SpeakerPhrase(first, Math.Max(last, end), Head(t, first, end));
    }

    /// <summary>The phrase after a cue ("said Jane Doe", "according to a senior official"), up to punctuation.</summary>
    public static SpeakerPhrase? After(QuoteText t, int from, int limit, bool stopAtAs = false)
    {
        var k = from;
        while (k < limit && k - from < MaxWords && t.IsWord(k) && !t.IsQuoted(k) && !EndsForward(t, k, limit, stopAtAs))
        {
            k++;
        }

        var last = k - 1;
        while (last >= from && IsEdgeWord(t.Lower[last]))
        {
            last--;
        }

        return last < from ? null : new SpeakerPhrase(from, last, Head(t, from, last));
    }

    /// <summary>The outlet name in a phrase: its last run of capitalized words ("Voice of America", "Harbor Times").</summary>
    public static string? NameIn(QuoteText t, int first, int last)
    {
        var end = last;
        while (end >= first && !t.IsCapitalized(end))
        {
            end--;
        }

        if (end < first)
        {
            return null;
        }

        var start = end;
        while (start > first && (t.IsCapitalized(start - 1) || (t.Lower[start - 1] == "of" && start - 2 >= first && t.IsCapitalized(start - 2))))
        {
            start--;
        }

        if (t.Lower[start] == "the")
        {
            start++;
        }

        return start > end ? null : t.Between(start, end).Of(t.Text);
    }

    /// <summary>True when the phrase's last capitalized word is a media noun ("the Harbor Times", not "Press Secretary Jane Doe").</summary>
    public static bool HasOutletWord(QuoteText t, SpeakerPhrase phrase)
    {
        for (var k = phrase.Last; k >= phrase.First; k--)
        {
            if (t.IsCapitalized(k))
            {
                return SpeakerLexicon.OutletWords.Contains(t.Lower[k]);
            }
        }

        return false;
    }

    public static int Head(QuoteText t, int first, int last)
    {
        var k = first;
        if (SpeakerLexicon.Partitives.Contains(t.Lower[first]) && first + 2 <= last && t.Lower[first + 1] == "of")
        {
            k = first + 2;
        }

        var scanStart = k;
        for (; k <= last; k++)
        {
            if (k > scanStart && SpeakerLexicon.HeadEnders.Contains(t.Lower[k]))
            {
                return k - 1;
            }
        }

        return last;
    }

    private static bool IsPhraseWord(QuoteText t, int k, bool isHead)
    {
        if (!t.IsWord(k) || t.IsQuoted(k))
        {
            return false;
        }

        var w = t.Lower[k];
        if (SpeakerLexicon.Boundaries.Contains(w) && !t.IsCapitalized(k))
        {
            return false;
        }

        var lemma = ReportingVerbs.LemmaOf(w);
        return lemma is null || t.IsCapitalized(k) || (isHead && ReportingVerbs.CanBeNoun(w, lemma));
    }

    private static bool EndsForward(QuoteText t, int k, int limit, bool stopAtAs)
    {
        var w = t.Lower[k];
        if (w is "that" or "who" or "which" || (stopAtAs && w == "as") || (SpeakerLexicon.Boundaries.Contains(w) && !t.IsCapitalized(k)))
        {
            return true;
        }

        if (SpeakerLexicon.TimeWords.Contains(w))
        {
            return true;
        }

        if (w is "on" or "last" or "in" && k + 1 < limit && SpeakerLexicon.TimeWords.Contains(t.Lower[k + 1]))
        {
            return true;
        }

        return !t.IsCapitalized(k) && ReportingVerbs.LemmaOf(w) is not null && !ReportingVerbs.CanBeNoun(w, ReportingVerbs.LemmaOf(w)!);
    }

    private static bool IsEdgeWord(string w) =>
        w is "and" or "or" or "of" or "in" or "at" or "for" or "with" or "from" or "on" or "to" or "by" or "but";
}
