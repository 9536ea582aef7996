using Parallax.Analysis;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// The quotation stage: finds quotation pieces in every typography, reads the attribution of each
/// sentence (direct, indirect and mixed speech, "- he said" lines under a quoted paragraph), then
/// resolves speakers in text order against the entity layer. Runs after segmentation and entities.
/// </summary>
internal sealed class QuoteExtractor : IArticleAnnotator
{
    /// <summary>Unattributed quotations shorter than this are scare quotes or titles ("so-called “combat” troops").</summary>
    private const int MinContinuationWords = 4;

    /// <summary>How far after an attributed quotation an unattributed one is still taken as its continuation.</summary>
    private const int ContinuationReach = 400;

    public void Annotate(ArticleAnalysis analysis)
    {
        var text = analysis.Text;
        var pieces = QuoteMarkScanner.Scan(text);
        var t = new QuoteText(text, analysis.Tokens, pieces);
        var finder = new AttributionFinder(t, analysis.Entities);
        Span? paragraph = null;
        Span? previousParagraph = null;
        var previousEnd = -1;
        foreach (var unit in Units(analysis.Sentences, pieces))
        {
            var opensParagraph = previousEnd < 0 || text.AsSpan(previousEnd, unit.Start - previousEnd).Contains('\n');
            if (opensParagraph)
            {
                previousParagraph = paragraph;
                paragraph = unit;
            }
            else
            {
                paragraph = Span.FromBounds(paragraph!.Value.Start, unit.End);
            }

            finder.Read(t.TokenAtOrAfter(unit.Start), t.TokenAtOrAfter(unit.End), opensParagraph ? previousParagraph : null);
            previousEnd = unit.End;
        }

        var drafts = new List<QuoteDraft>(finder.Drafts);
        var attributions = finder.PieceAttribution;
        AttributeDashParagraphs(finder, pieces, drafts);
        ShareWithinGroups(pieces, attributions);
        AttributeContinuations(t, pieces, attributions, finder.Embedded);
        for (var p = 0; p < pieces.Count; p++)
        {
            if (attributions[p] is { } attribution)
            {
                drafts.Add(new QuoteDraft(pieces[p].Inner, QuoteKind.Direct, attribution));
            }
        }

        var resolver = new SpeakerResolver(t, analysis.Entities);
        foreach (var draft in drafts.OrderBy(d => Math.Min(d.Content.Start, d.Attribution.Cue.Start)))
        {
            var speaker = resolver.Resolve(draft.Attribution.Speaker);
            analysis.Quotes.Add(new Quote(draft.Content, draft.Kind != QuoteKind.Indirect, draft.Attribution.Cue, speaker)
            {
                Via = draft.Attribution.Via,
                Kind = draft.Kind,
            });
        }

        analysis.Quotes.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
    }

    /// <summary>Sentences, joined where a quotation runs from one into the next.</summary>
    private static List<Span> Units(IReadOnlyList<Sentence> sentences, IReadOnlyList<QuotedPiece> pieces)
    {
        var units = new List<Span>();
        var p = 0;
        foreach (var sentence in sentences)
        {
            while (p < pieces.Count && pieces[p].Outer.End <= sentence.Span.Start)
            {
                p++;
            }

            var crossesIn = units.Count > 0 && p < pieces.Count && pieces[p].Outer.Start < sentence.Span.Start
                && pieces[p].Outer.End > sentence.Span.Start && pieces[p].Outer.Start < units[^1].End;
            if (crossesIn)
            {
                units[^1] = Span.FromBounds(units[^1].Start, sentence.Span.End);
            }
            else
            {
                units.Add(sentence.Span);
            }
        }

        return units;
    }

    /// <summary>
    /// A paragraph followed by "- he said" is the quoted paragraph: its unattributed quotation pieces,
    /// or, when it has no quotation marks at all, the whole paragraph.
    /// </summary>
    private static void AttributeDashParagraphs(AttributionFinder finder, IReadOnlyList<QuotedPiece> pieces, List<QuoteDraft> drafts)
    {
        foreach (var (attribution, paragraph) in finder.DashLines)
        {
            var inside = Enumerable.Range(0, pieces.Count).Where(p => paragraph.Contains(pieces[p].Outer) && !finder.Embedded[p]).ToList();
            if (inside.Count > 0)
            {
                inside.ForEach(p => finder.PieceAttribution[p] ??= attribution);
            }
            else if (!drafts.Any(d => paragraph.Overlaps(d.Content)))
            {
                drafts.Add(new QuoteDraft(paragraph, QuoteKind.Direct, attribution));
            }
        }
    }

    private static void ShareWithinGroups(IReadOnlyList<QuotedPiece> pieces, Attribution?[] attributions)
    {
        for (var p = 0; p < pieces.Count; p++)
        {
            if (attributions[p] is { } attribution)
            {
                for (var q = 0; q < pieces.Count; q++)
                {
                    if (pieces[q].Group == pieces[p].Group)
                    {
                        attributions[q] ??= attribution;
                    }
                }
            }
        }
    }

    /// <summary>A long unattributed quotation soon after an attributed one continues the same speaker.</summary>
    private static void AttributeContinuations(QuoteText t, IReadOnlyList<QuotedPiece> pieces, Attribution?[] attributions, bool[] embedded)
    {
        for (var p = 1; p < pieces.Count; p++)
        {
            if (attributions[p] is not null || embedded[p] || attributions[p - 1] is not { } previous
                || pieces[p].Outer.Start - pieces[p - 1].Outer.End > ContinuationReach)
            {
                continue;
            }

            var words = 0;
            for (var k = t.TokenAtOrAfter(pieces[p].Inner.Start); k < t.Count && t.SpanOf(k).End <= pieces[p].Inner.End; k++)
            {
                words += t.IsWord(k) ? 1 : 0;
            }

            if (words >= MinContinuationWords && StartsSentence(t.Text, pieces[p].Outer.Start))
            {
                attributions[p] = previous;
            }
        }
    }

    private static bool StartsSentence(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\u201D' or '"';
    }
}
