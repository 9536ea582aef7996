using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Reads one unit (a sentence, or sentences joined by a quotation running across them) at a time,
/// finds its reporting cues ("said", "told reporters", "according to", "quoted X as saying"),
/// the speaker of each, and what each one reports: the quotation pieces next to it, the clause
/// after it, or the clause before it ("..., the minister said").
/// </summary>
internal sealed partial class AttributionFinder(QuoteText t, IReadOnlyList<EntityMention> entities)
{
    private static readonly HashSet<string> NounMarkers = new(
        ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "to", "this", "these", "those",
            "of", "for", "in", "on", "with", "by", "from", "at", "is", "are", "was", "were", "be", "been", "being", "widely"],
        StringComparer.Ordinal);

    private static readonly string[][] AudiencePhrases =
    [
        ["the", "press"], ["the", "media"], ["a", "news", "conference"], ["a", "press", "conference"],
        ["a", "briefing"], ["a", "news", "briefing"], ["a", "press", "briefing"],
    ];

    public Attribution?[] PieceAttribution { get; } = new Attribution?[t.Pieces.Count];

    /// <summary>Pieces reported as fragments of a mixed quote: they are not quotes of their own.</summary>
    public bool[] Embedded { get; } = new bool[t.Pieces.Count];

    public List<QuoteDraft> Drafts { get; } = [];

    /// <summary>"- he said" lines, with the paragraph before them that they attribute.</summary>
    public List<(Attribution Attribution, Span Paragraph)> DashLines { get; } = [];

    private readonly record struct Unit(int Start, int End, Span? PreviousParagraph, int FirstDraft);

    public void Read(int start, int end, Span? previousParagraph)
    {
        var unit = new Unit(start, end, previousParagraph, Drafts.Count);
        SpeakerPhrase? lastSubject = null;
        string? lastVia = null;
        SpeakerPhrase? cited = null;
        var k = start;
        if (k < end && t.Lower[k] == "citing")
        {
            cited = SpeakerPhrases.After(t, k + 1, end);
            k = cited is null ? k + 1 : cited.Last + 1;
        }

        for (; k < end; k++)
        {
            if (t.IsQuoted(k) || !t.IsWord(k))
            {
                continue;
            }

            var w = t.Lower[k];
            if (w == "according" && k + 1 < end && t.Lower[k + 1] == "to")
            {
                var speaker = SpeakerPhrases.After(t, k + 2, end);
                if (speaker is not null)
                {
                    var via = SpeakerPhrases.HasOutletWord(t, speaker) ? SpeakerPhrases.NameIn(t, speaker.First, speaker.Last) : null;
                    var attribution = new Attribution(speaker, t.Between(k, k + 1), via);
                    Attribute(unit, attribution, speaker.Last + 1, k, needsClause: false);
                    k = speaker.Last;
                }

                continue;
            }

            if (t.IsCapitalized(k) || (k > start && NounMarkers.Contains(t.Lower[k - 1])))
            {
                continue;
            }

            if (w == "quoted" && QuotedAsSaying(unit, k) is { } next)
            {
                k = next;
                continue;
            }

            var lemma = ReportingVerbs.LemmaOf(w);
            if (lemma is null)
            {
                continue;
            }

            if (ReportingVerbs.IsParticiple(w))
            {
                // ", saying that ...": the subject is the one of the clause it hangs on.
                if (k > start && t.Lower[k - 1] == "," && lastSubject is not null)
                {
                    Attribute(unit, new Attribution(lastSubject, t.SpanOf(k), lastVia), k + 1, k, needsClause: false);
                }

                continue;
            }

            var cueEnd = lemma == "tell" ? AudienceEnd(k, end) : k;
            var (subject, inverted) = FindSpeaker(k, cueEnd, start, end);
            if (subject is null)
            {
                continue;
            }

            string? relay = null;
            var c = inverted ? subject.Last + 1 : cueEnd + 1;
            if (lemma == "tell" && cueEnd == k && !inverted)
            {
                (relay, c) = ToldObject(k + 1, end);
            }

            var asReports = subject.First - 1 >= start && t.Lower[subject.First - 1] == "as"
                && (subject.First - 1 == start || t.Lower[subject.First - 2] == ",");
            if (asReports || SpeakerPhrases.HasOutletWord(t, subject))
            {
                relay ??= SpeakerPhrases.NameIn(t, subject.First, subject.Last);
            }

            if (cited is not null)
            {
                relay ??= SpeakerPhrases.NameIn(t, subject.First, subject.Last);
                subject = cited;
                cited = null;
            }

            lastSubject = subject;
            lastVia = relay;
            var cue = t.Between(k, cueEnd);
            var frameStart = inverted ? k : Math.Min(subject.First, k);
            if (t.IsDash(start) && subject.First == start + 1 && previousParagraph is { } paragraph)
            {
                DashLines.Add((new Attribution(subject, cue, relay ?? ReadVia(c, end)), paragraph));
                return;
            }

            Attribute(unit, new Attribution(subject, cue, relay), c, frameStart, ReportingVerbs.NeedsClause(lemma) && !asReports);
            k = Math.Max(k, c - 1);
        }
    }

    private int? QuotedAsSaying(Unit unit, int k)
    {
        for (var a = k + 2; a + 1 < unit.End && a < k + 40; a++)
        {
            if (t.IsQuoted(a) || t.Lower[a] != "as" || t.Lower[a + 1] != "saying")
            {
                continue;
            }

            var last = a - 1;
            while (last > k + 1 && !t.IsWord(last))
            {
                last--;
            }

            var speaker = new SpeakerPhrase(k + 1, last, SpeakerPhrases.Head(t, k + 1, last));
            var relaySubject = SpeakerPhrases.Before(t, k, unit.Start);
            var via = relaySubject is null ? null : SpeakerPhrases.NameIn(t, relaySubject.First, relaySubject.Last);
            var frameStart = relaySubject?.First ?? k;
            Attribute(unit, new Attribution(speaker, t.Between(a, a + 1), via), a + 2, frameStart, needsClause: false);
            return a + 1;
        }

        return null;
    }

    private (SpeakerPhrase? Speaker, bool Inverted) FindSpeaker(int k, int cueEnd, int start, int end)
    {
        var before = k > start ? SpeakerPhrases.Before(t, k, start) : null;
        var afterPunctuation = k == start || !t.IsWord(k - 1) || t.IsQuoted(k - 1);
        if (afterPunctuation || before is null)
        {
            var after = SpeakerPhrases.After(t, cueEnd + 1, end);
            if (after is not null && (after.Last + 1 >= end || !t.IsWord(after.Last + 1)))
            {
                return (after, true);
            }
        }

        return (before, false);
    }

    private int AudienceEnd(int k, int end)
    {
        if (k + 1 < end && SpeakerLexicon.Audiences.Contains(t.Lower[k + 1]))
        {
            return k + 1;
        }

        foreach (var phrase in AudiencePhrases)
        {
            if (k + phrase.Length < end && Enumerable.Range(0, phrase.Length).All(i => t.Lower[k + 1 + i] == phrase[i]))
            {
                return k + phrase.Length;
            }
        }

        return k;
    }

    /// <summary>"told The Daily Example that": a named, non-person addressee is the relaying outlet.</summary>
    private (string? Via, int Next) ToldObject(int c, int end)
    {
        var obj = SpeakerPhrases.After(t, c, end);
        if (obj is null)
        {
            return (null, c);
        }

        var named = t.IsCapitalized(obj.First) || (t.Lower[obj.First] == "the" && obj.First < obj.Last && t.IsCapitalized(obj.First + 1));
        var via = named && !IsPerson(obj) && !SpeakerLexicon.Pronouns.Contains(t.Lower[obj.First])
            ? SpeakerPhrases.NameIn(t, obj.First, obj.Last)
            : null;
        return (via, obj.Last + 1);
    }

    private string? ReadVia(int c, int end) => ComplementReader.Read(t, c, end, IsPerson).Via;

    private bool IsPerson(SpeakerPhrase phrase)
    {
        var span = t.Between(phrase.First, phrase.Last);
        return entities.Any(e => e.Type == EntityType.Person && e.Span.Overlaps(span));
    }
}
