namespace Parallax.Quotes;

/// <summary>Where a reporting verb's clause starts, and what the words in between told us.</summary>
internal readonly record struct Complement(int Start, bool SawThat, string? Via, SpeakerPhrase? Cited);

/// <summary>
/// Reads past what sits between a reporting verb and the reported clause: commas, times
/// ("on Monday"), settings ("in a statement", "in an interview with Voice of Example",
/// "at a news conference") and "citing X", up to an optional "that".
/// </summary>
internal static class ComplementReader
{
    private static readonly HashSet<string> Prepositions = new(
        ["in", "during", "at", "to", "with", "before", "after", "ahead", "following", "while", "when", "from", "for"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> InterviewNouns = new(
        ["interview", "interviews", "conversation", "talk", "podcast", "broadcast", "appearance"],
        StringComparer.Ordinal);

    public static Complement Read(QuoteText t, int c, int end, Func<SpeakerPhrase, bool> isPerson)
    {
        string? via = null;
        SpeakerPhrase? cited = null;
        var afterInterview = false;
        for (var guard = 0; c < end && guard < 40; guard++)
        {
            if (t.IsQuoted(c))
            {
                break;
            }

            var w = t.Lower[c];
            if (w is "," or ":" or "\u2014" or "\u2013")
            {
                c++;
            }
            else if (w == "that")
            {
                return new Complement(c + 1, true, via, cited);
            }
            else if (SpeakerLexicon.TimeWords.Contains(w))
            {
                c++;
            }
            else if (w is "on" or "last" or "this" or "late" or "early" or "next" && c + 1 < end && SpeakerLexicon.TimeWords.Contains(t.Lower[c + 1]))
            {
                c += 2;
            }
            else if (w == "citing")
            {
                cited = SpeakerPhrases.After(t, c + 1, end);
                c = cited is null ? c + 1 : cited.Last + 1;
            }
            else if (Prepositions.Contains(w) && !t.IsCapitalized(c))
            {
                var phraseEnd = PhraseEnd(t, c + 1, end);
                if (phraseEnd == c + 1)
                {
                    break;
                }

                if ((w == "with" && afterInterview) || (w == "to" && t.IsCapitalized(c + 1)))
                {
                    var phrase = new SpeakerPhrase(c + 1, phraseEnd - 1, phraseEnd - 1);
                    via ??= isPerson(phrase) ? null : SpeakerPhrases.NameIn(t, c + 1, phraseEnd - 1);
                }

                afterInterview = InterviewNouns.Contains(t.Lower[phraseEnd - 1]);
                c = phraseEnd;
            }
            else
            {
                break;
            }
        }

        return new Complement(c, false, via, cited);
    }

    /// <summary>
    /// Where the reported clause of a cue ends: at a semicolon, or at a comma that introduces
    /// another attribution (", adding that", ", according to", ", writes X").
    /// </summary>
    public static int ClauseEnd(QuoteText t, int c, int end)
    {
        for (var k = c; k < end; k++)
        {
            if (t.IsQuoted(k))
            {
                continue;
            }

            if (t.Lower[k] == ";")
            {
                return k;
            }

            if (t.Lower[k] == "," && k + 1 < end && !t.IsQuoted(k + 1) &&
                (t.Lower[k + 1] == "according" || (ReportingVerbs.LemmaOf(t.Lower[k + 1]) is not null && !t.IsCapitalized(k + 1))))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>True when a finite verb shows up soon, i.e. a clause follows ("confirmed the talks would resume").</summary>
    public static bool ClauseFollows(QuoteText t, int c, int end)
    {
        for (var k = c; k < end && k < c + 10; k++)
        {
            if (t.IsQuoted(k))
            {
                return true;
            }

            var w = t.Lower[k];
            if (w is "," or ";" or ":")
            {
                return false;
            }

            if (w is "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "had" or "can"
                or "could" or "should" or "must" or "may" or "might" or "did" or "does" or "do")
            {
                return true;
            }
        }

        return false;
    }

    private static int PhraseEnd(QuoteText t, int k, int end)
    {
        while (k < end && t.IsWord(k) && !t.IsQuoted(k) && t.Lower[k] != "that"
            && !(Prepositions.Contains(t.Lower[k]) && !t.IsCapitalized(k))
            && !(SpeakerLexicon.Boundaries.Contains(t.Lower[k]) && !t.IsCapitalized(k)))
        {
            k++;
        }

        return k;
    }
}
