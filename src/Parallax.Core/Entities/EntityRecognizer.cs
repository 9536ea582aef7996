using Parallax.Analysis;
using Parallax.Entities.Lexicons;
using Parallax.Entities.Ner;
using Parallax.Segmentation;

namespace Parallax.Entities;

/// <summary>
/// Rule-based named-entity recognition: capitalized runs of each sentence are classified by
/// <see cref="NameRunClassifier"/>; then an article-wide pass promotes unexplained names that repeat
/// a known person's name ("Biden" after "Joe Biden") and drops capitalized common words. Headlines
/// (title case or all caps) only yield names the lexicons or the body already vouch for. With a
/// trained model, names no rule could type take the model's type, and body names the rules missed
/// are added from it (see <see cref="TrainedMentions"/>).
/// </summary>
internal sealed class EntityRecognizer(NerModel? model = null) : IArticleAnnotator
{
    public void Annotate(ArticleAnalysis analysis)
    {
        var lowercaseWords = analysis.Tokens
            .Select(t => t.Span.Of(analysis.Text))
            .Where(w => w.Length > 0 && char.IsLower(w[0]))
            .ToHashSet(StringComparer.Ordinal);

        var body = new List<EntityCandidate>();
        var bodySentences = new List<Sentence>();
        var headlines = new List<List<NamePiece>>();
        foreach (var sentence in analysis.Sentences)
        {
            var pieces = NamePieceReader.Read(analysis, sentence);
            if (HeadlineStyle.IsHeadline(pieces))
            {
                headlines.Add(pieces);
                continue;
            }

            bodySentences.Add(sentence);
            var classifier = new NameRunClassifier(analysis.Text, pieces, lowercaseWords);
            body.AddRange(NameRun.FindAll(pieces).SelectMany(classifier.Classify));
        }

        List<(EntityMention Mention, bool SentenceInitial)> trained = model is null ? [] : TrainedMentions.Find(analysis, bodySentences, new NerMentionFinder(model));
        var mentions = Settle(body, lowercaseWords, trained.ToDictionary(t => t.Mention.Span, t => t.Mention.Type));
        if (model is not null)
        {
            mentions.AddRange(TrainedMentions.Missed(model, trained, mentions, lowercaseWords));
        }

        var known = KnownNames(mentions);
        foreach (var pieces in headlines)
        {
            mentions.AddRange(HeadlineStyle.FindKnownNames(analysis.Text, pieces, known));
        }

        analysis.Entities.AddRange(mentions.OrderBy(m => m.Span.Start));
    }

    /// <summary>Second look at guesses now that the whole article's names are known.</summary>
    private static List<EntityMention> Settle(List<EntityCandidate> candidates, HashSet<string> lowercaseWords, Dictionary<Text.Span, EntityType> trainedTypes)
    {
        var sure = candidates.Where(c => !c.IsGuess).Select(c => c.Mention).ToList();
        var personWords = sure.Where(m => m.Type == EntityType.Person)
            .SelectMany(m => NameWords(m.Text))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var typeByText = sure.GroupBy(m => m.Text, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.OrdinalIgnoreCase);

        var settled = new List<EntityMention>(sure);
        var guesses = candidates.Where(c => c.IsGuess).OrderByDescending(c => c.Mention.Text.Count(char.IsWhiteSpace)).ToList();
        foreach (var guess in guesses)
        {
            // Longer guesses go first so that a promoted "Tomas Berg" can promote a later "Berg".
            var mention = guess.Mention;
            var words = NameWords(mention.Text).ToList();
            if (typeByText.TryGetValue(mention.Text, out var type))
            {
                settled.Add(mention with { Type = type });
            }
            else if (words.Count > 0 && (words.All(personWords.Contains) || (words.Count is 2 or 3 && personWords.Contains(words[^1]))))
            {
                // A known person's name, or a relative sharing a known surname ("Grace Okafor" after "Daniel Okafor").
                settled.Add(mention with { Type = EntityType.Person });
                personWords.UnionWith(words);
            }
            else if (words.Count > 1 || !(guess.SentenceInitial || lowercaseWords.Contains(mention.Text.ToLowerInvariant())))
            {
                // No rule could type it: the trained model's type for exactly this name beats MISC.
                var trainedType = trainedTypes.GetValueOrDefault(mention.Span, EntityType.Misc);
                settled.Add(mention with { Type = trainedType });
                if (trainedType == EntityType.Person)
                {
                    personWords.UnionWith(words);
                }
            }
        }

        return settled;
    }

    private static Dictionary<string, EntityType> KnownNames(List<EntityMention> mentions)
    {
        var known = new Dictionary<string, EntityType>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in mentions)
        {
            known.TryAdd(mention.Text, mention.Type);
            if (mention.Type == EntityType.Person)
            {
                foreach (var word in NameWords(mention.Text))
                {
                    known.TryAdd(word, EntityType.Person);
                }
            }
        }

        return known;
    }

    /// <summary>The words of a name without particles, and without Arabic article prefixes.</summary>
    internal static IEnumerable<string> NameWords(string name) =>
        name.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !NameParticles.IsParticle(w))
            .Select(w => w[NameParticles.ArticlePrefixLength(w)..]);
}
