namespace Parallax.Briefing;

/// <summary>
/// Picks the headline that best represents the whole story: the title whose words are, on average,
/// most similar to the other articles' bodies. Copies are skipped when an independent article
/// exists, since a syndicated headline is often a re-written teaser.
/// </summary>
internal static class HeadlineSelector
{
    public static string Select(StoryText story)
    {
        var titled = story.Articles.Where(a => !string.IsNullOrWhiteSpace(a.Article.Title)).ToList();
        var candidates = titled.Where(a => !story.IsDuplicate(a.Article.Id)).ToList();
        if (candidates.Count == 0)
        {
            candidates = titled;
        }

        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        var bodies = story.Articles.Select(a => (a.Article.Id, Vector: story.ArticleVector(a))).ToList();
        var best = candidates[0];
        var bestScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var title = story.Vector(candidate.Article.Title);
            var others = bodies.Where(b => b.Id != candidate.Article.Id).ToList();
            if (others.Count == 0)
            {
                others = bodies;
            }

            var score = others.Average(b => Clustering.TermVector.Cosine(title, b.Vector));
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best.Article.Title.Trim();
    }
}
