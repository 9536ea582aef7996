namespace Parallax.Quotes;

/// <summary>What a found cue reports: the quotation pieces next to it, the clause after it, or the clause before it.</summary>
internal sealed partial class AttributionFinder
{
    /// <summary>Decides what a cue reports, and records it.</summary>
    private void Attribute(Unit unit, Attribution attribution, int c, int frameStart, bool needsClause)
    {
        var quotedBefore = AttachPieceBefore(unit, frameStart, attribution);
        var complement = ComplementReader.Read(t, c, unit.End, IsPerson);
        if (complement.Cited is not null)
        {
            // "reports said citing officials": the cited are the speakers, the subject relays.
            var relay = SpeakerPhrases.NameIn(t, attribution.Speaker.First, attribution.Speaker.Last);
            attribution = attribution with { Speaker = complement.Cited, Via = attribution.Via ?? relay };
        }
        else if (complement.Via is not null && attribution.Via is null)
        {
            attribution = attribution with { Via = complement.Via };
        }

        var end = ComplementReader.ClauseEnd(t, complement.Start, unit.End);
        var last = end - 1;
        while (last >= complement.Start && !t.IsWord(last) && !t.IsMark(last))
        {
            last--;
        }

        if (last < complement.Start)
        {
            AttributeClauseBefore(unit, attribution, frameStart);
            return;
        }

        if (t.Lower[complement.Start] == "to" && !t.IsQuoted(complement.Start))
        {
            return; // "believed to be", "expected to": an infinitive, not a reported clause
        }

        if (needsClause && !complement.SawThat && !ComplementReader.ClauseFollows(t, complement.Start, end))
        {
            return;
        }

        var words = 0;
        var pieces = new List<int>();
        for (var k = complement.Start; k <= last; k++)
        {
            if (t.IsQuoted(k))
            {
                if (!pieces.Contains(t.PieceOf[k]))
                {
                    pieces.Add(t.PieceOf[k]);
                }
            }
            else if (t.IsWord(k))
            {
                words++;
            }
        }

        if (words == 0 && pieces.Count > 0)
        {
            pieces.ForEach(p => PieceAttribution[p] ??= attribution);
        }
        else if (pieces.Count > 0)
        {
            pieces.ForEach(p => Embedded[p] = true);
            Drafts.Add(new QuoteDraft(t.Between(complement.Start, last), QuoteKind.Mixed, attribution));
        }
        else if (words >= 3 && (!quotedBefore || complement.SawThat))
        {
            // After "“...,” said X," what follows describes the speaker or the occasion
            // ("who owns a repair shop", "repeating a refrain"), unless a "that" opens a new report.
            Drafts.Add(new QuoteDraft(t.Between(complement.Start, last), QuoteKind.Indirect, attribution));
        }
    }

    /// <summary>"“...,” she said" and "“...,” he told reporters, “...”": the quotation right before the attribution.</summary>
    /// <returns>True when a quotation sits right before the attribution (whether or not it was already attributed).</returns>
    private bool AttachPieceBefore(Unit unit, int frameStart, Attribution attribution)
    {
        var j = frameStart - 1;
        while (j >= unit.Start && !t.IsWord(j) && !t.IsQuoted(j))
        {
            j--;
        }

        if (j >= unit.Start && t.IsQuoted(j) && t.IsMark(j))
        {
            PieceAttribution[t.PieceOf[j]] ??= attribution;
            return true;
        }

        return false;
    }

    /// <summary>"The plan will change, officials said." and "..., writes the Example Post."</summary>
    private void AttributeClauseBefore(Unit unit, Attribution attribution, int frameStart)
    {
        var last = frameStart - 1;
        if (last < unit.Start || t.Lower[last] != ",")
        {
            return;
        }

        last--;
        if (last >= unit.Start && t.IsQuoted(last))
        {
            return; // the quotation before was attached as a whole
        }

        if (Drafts.Count > unit.FirstDraft && t.SpanOf(attribution.Speaker.First).Start > attribution.Cue.Start)
        {
            // "X said that ..., writes the Example Post": the trailing name relays the quote before it.
            var name = SpeakerPhrases.NameIn(t, attribution.Speaker.First, attribution.Speaker.Last);
            for (var i = unit.FirstDraft; i < Drafts.Count; i++)
            {
                Drafts[i] = Drafts[i] with { Attribution = Drafts[i].Attribution with { Via = Drafts[i].Attribution.Via ?? name } };
            }

            return;
        }

        var first = unit.Start;
        while (first < last && (!t.IsWord(first) || t.IsQuoted(first)))
        {
            first++;
        }

        var words = 0;
        var quoted = false;
        for (var k = first; k <= last; k++)
        {
            words += t.IsWord(k) && !t.IsQuoted(k) ? 1 : 0;
            quoted |= t.IsQuoted(k);
        }

        if (words >= 3 && Drafts.Count == unit.FirstDraft)
        {
            Drafts.Add(new QuoteDraft(t.Between(first, last), quoted ? QuoteKind.Mixed : QuoteKind.Indirect, attribution));
        }
    }
}
