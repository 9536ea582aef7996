using Parallax.Clustering;

namespace Parallax.Briefing;

/// <summary>
/// An extractive summary: sentences from independent (non-duplicate) articles ranked by centrality
/// (cosine to the story centroid, with a small bonus for an article's lead, where news puts the
/// essentials), picked by maximal marginal relevance so that no two say the same thing, then put
/// back in story order.
/// </summary>
internal static class ExtractiveSummarizer
{
    public const int MaxSentences = 5;

    // Relevance against redundancy in MMR; 0.7 favours relevance but still rejects near-repeats.
    private const double Lambda = 0.7;

    // A candidate this similar to an already chosen sentence repeats it.
    private const double RedundantSimilarity = 0.6;

    public static IReadOnlyList<SummarySentence> Summarize(StoryText story)
    {
        var candidates = story.Sentences
            .Where(s => !story.IsDuplicate(s.ArticleId) && s.WordCount is >= 6 and <= 60 && !s.Vector.IsEmpty && !s.Text.EndsWith('?'))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var centroid = new TermVector();
        foreach (var sentence in candidates)
        {
            centroid.AddScaled(sentence.Vector.Normalized(), 1);
        }

        var relevance = candidates.ToDictionary(s => s, s => TermVector.Cosine(s.Vector, centroid) * (1 + (0.3 / (1 + s.Position))));
        var chosen = new List<StorySentence>();
        var remaining = new List<StorySentence>(candidates);
        while (chosen.Count < MaxSentences && remaining.Count > 0)
        {
            StorySentence? best = null;
            var bestScore = double.MinValue;
            foreach (var candidate in remaining)
            {
                var redundancy = chosen.Count == 0 ? 0 : chosen.Max(c => TermVector.Cosine(c.Vector, candidate.Vector));
                if (redundancy >= RedundantSimilarity)
                {
                    continue;
                }

                var score = (Lambda * relevance[candidate]) - ((1 - Lambda) * redundancy);
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }

            if (best is null)
            {
                break;
            }

            chosen.Add(best);
            remaining.Remove(best);
        }

        return [.. chosen.OrderBy(s => s.ArticleOrder).ThenBy(s => s.Position).Select(s => new SummarySentence(s.Text, s.ArticleId))];
    }
}
