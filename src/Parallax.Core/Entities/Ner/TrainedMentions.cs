using Parallax.Analysis;
using Parallax.Segmentation;

namespace Parallax.Entities.Ner;

/// <summary>
/// How the trained model's mentions join the rule-based ones: the rules keep what they found
/// (their roles, types and headline handling are tested against real coverage), and the model
/// contributes types for the names no rule could type, and the names they missed: mentions
/// overlapping no rule mention, with a word listed as a name in training. A one-word mention
/// at a sentence start whose lower-case form the article also uses is left out, as the rules do.
/// </summary>
internal static class TrainedMentions
{
    /// <summary>The model's mentions in the body sentences, with whether each starts its sentence.</summary>
    public static List<(EntityMention Mention, bool SentenceInitial)> Find(ArticleAnalysis analysis, IEnumerable<Sentence> sentences, NerMentionFinder finder)
    {
        var found = new List<(EntityMention, bool)>();
        foreach (var sentence in sentences)
        {
            var first = analysis.TokensIn(sentence.Span).FirstOrDefault().Span.Start;
            found.AddRange(finder.Find(analysis, sentence).Select(m => (m, m.Span.Start == first)));
        }

        return found;
    }

    public static IEnumerable<EntityMention> Missed(
        NerModel model, List<(EntityMention Mention, bool SentenceInitial)> trained, IReadOnlyList<EntityMention> found, HashSet<string> lowercaseWords)
    {
        foreach (var (mention, sentenceInitial) in trained)
        {
            if (!mention.Text.Split(' ').Any(model.Gazetteer.ListsWord))
            {
                // The rules already guess at names nobody has seen (and know shapes that are not
                // names, like "D-Ore."); the model adds only names with a word listed in training.
                continue;
            }

            var overlaps = found.Any(m => m.Span.Overlaps(mention.Span) || (m.RoleSpan is { } role && role.Overlaps(mention.Span)));
            var commonWord = (sentenceInitial && !mention.Text.Contains(' ') && lowercaseWords.Contains(mention.Text.ToLowerInvariant()))
                || Lexicons.CommonCapitalizedWords.IsCommonAbbreviation(mention.Text);
            if (!overlaps && !commonWord && mention.Text.Any(char.IsUpper))
            {
                yield return mention;
            }
        }
    }
}
