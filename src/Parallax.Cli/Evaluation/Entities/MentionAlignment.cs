using Parallax.Analysis;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Cli.Evaluation.Entities;

/// <summary>One mention in the scored set: the chain Parallax put it in and the gold chain, with its place for --predictions.</summary>
internal sealed record ScoredMention(string Document, Span Span, string Text, string Predicted, string Gold, bool InGold, bool InSystem);

/// <summary>
/// Pairs Parallax's entity mentions with the gold name mentions of one document by token overlap
/// (most shared tokens first, one to one). The scored set is the union: an aligned pair carries
/// both chains; a gold name Parallax missed is a singleton on the system side; a system mention no
/// gold mention explains is a singleton on the gold side. Two kinds of system mentions are left
/// out because the gold cannot judge them: those overlapping a gold mention that is not a name
/// (Parallax found "Reid" inside a gold "Reid's lawyer", say), and those outside the sentences ECB+
/// annotated for coreference. Its coders linked chains in selected sentences only (the release's
/// ECBplus_coreference_sentences.csv, absent here), so a sentence counts as selected when it holds a
/// mention of a cross-document chain; gold mentions elsewhere are left out too, since many of them
/// were never linked to the chain they belong to.
/// </summary>
internal static class MentionAlignment
{
    public static IEnumerable<ScoredMention> Align(EcbPlusEntityDocument document, ArticleAnalysis analysis, EntityIndex index, string scope)
    {
        var rule = new NamedMentionRule(document.Tokens);
        var tokens = document.Tokens.Where(t => t.Span is not null).ToList();
        var sentenceOf = document.Tokens.ToDictionary(t => t.Id, t => t.Sentence);
        var annotatedSentences = document.Mentions.Where(m => m.CrossDocument).SelectMany(m => m.TokenIds).Where(sentenceOf.ContainsKey).Select(id => sentenceOf[id]).ToHashSet();
        bool Judged(IEnumerable<int> tokenIds) => tokenIds.Any(id => sentenceOf.TryGetValue(id, out var sentence) && annotatedSentences.Contains(sentence));
        var names = document.Mentions.Where(m => rule.IsName(m) && Judged(m.TokenIds)).ToList();
        var others = document.Mentions.Except(names).ToList();
        var system = analysis.Entities
            .Select(m => (Mention: m, Tokens: tokens.Where(t => t.Span!.Value.Overlaps(m.Span)).Select(t => t.Id).ToHashSet()))
            .Where(s => s.Tokens.Count > 0)
            .ToList();

        var pairs = new List<(int Gold, int System, int Overlap)>();
        for (var g = 0; g < names.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = names[g].TokenIds.Count(system[s].Tokens.Contains);
                if (overlap > 0)
                {
                    pairs.Add((g, s, overlap));
                }
            }
        }

        var goldTaken = new Dictionary<int, int>();
        var systemTaken = new HashSet<int>();
        foreach (var (g, s, _) in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.Gold).ThenBy(p => p.System))
        {
            if (!goldTaken.ContainsKey(g) && systemTaken.Add(s))
            {
                goldTaken[g] = s;
            }
        }

        string PredictedOf(EntityMention mention) =>
            scope + (index.Find(analysis.Article.Id, mention)?.Id ?? $"unresolved:{document.FileName}@{mention.Span.Start}");

        for (var g = 0; g < names.Count; g++)
        {
            var span = GoldSpan(names[g], tokens);
            if (goldTaken.TryGetValue(g, out var s))
            {
                yield return new ScoredMention(document.FileName, span, span.Of(document.Text), PredictedOf(system[s].Mention), names[g].Chain, true, true);
            }
            else
            {
                yield return new ScoredMention(document.FileName, span, span.Of(document.Text), $"{scope}missed:{document.FileName}#{names[g].MarkableId}", names[g].Chain, true, false);
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            var (mention, covered) = system[s];
            if (systemTaken.Contains(s) || !Judged(covered) || others.Any(o => o.TokenIds.Any(covered.Contains)))
            {
                continue;
            }

            yield return new ScoredMention(document.FileName, mention.Span, mention.Text, PredictedOf(mention), $"spurious:{document.FileName}@{mention.Span.Start}", false, true);
        }
    }

    private static Span GoldSpan(GoldMention mention, List<GoldToken> tokens)
    {
        var spans = tokens.Where(t => mention.TokenIds.Contains(t.Id)).Select(t => t.Span!.Value).ToList();
        return spans.Count == 0 ? new Span(0, 0) : Span.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
    }
}
