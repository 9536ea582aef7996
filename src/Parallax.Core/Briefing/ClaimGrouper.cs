using Parallax.Clustering;

namespace Parallax.Briefing;

/// <summary>
/// Claims: factual sentences (with a quote, a figure, a date, or a name and a reporting verb)
/// grouped across articles by content-word similarity. Within a group, members that agree with the
/// clearest member support the claim; members that negate it or give other figures or dates for
/// the same thing contradict it. Independent origins count the sources behind the supporters: a
/// copy counts as its original, and articles relaying the same outlet count once.
/// </summary>
internal static class ClaimGrouper
{
    // Two wordings of one fact share the names and the key content words; 0.4 keeps different
    // facts about the same actors apart.
    public const double SameClaimSimilarity = 0.4;

    // Reports that disagree on a figure or a date are worded less alike than reports that agree
    // (the disagreeing outlet often wrote its own lead), so a looser bar applies when a sentence
    // outside the group gives other values for the same counted thing.
    public const double ValueContradictionSimilarity = 0.2;

    public static IReadOnlyList<ClaimEntry> Group(StoryText story)
    {
        var groups = new List<(TermVector Centroid, List<SentenceFacts> Members)>();
        var all = story.Sentences.Where(s => !s.Vector.IsEmpty).Select(SentenceFacts.Of).Where(f => f.IsFactual).ToList();
        foreach (var facts in all)
        {
            var vector = facts.Sentence.Vector.Normalized();
            var best = groups
                .Select(g => (Group: g, Similarity: TermVector.Cosine(vector, g.Centroid)))
                .Where(p => p.Similarity >= SameClaimSimilarity)
                .OrderByDescending(p => p.Similarity)
                .Select(p => p.Group.Members)
                .FirstOrDefault();
            if (best is null)
            {
                groups.Add((vector, [facts]));
            }
            else
            {
                groups.First(g => ReferenceEquals(g.Members, best)).Centroid.AddScaled(vector, 1);
                best.Add(facts);
            }
        }

        return [.. groups
            .Select((g, i) => (Claim: ToClaim(story, g.Centroid, g.Members, all), Index: i))
            .OrderByDescending(p => p.Claim.SupportingArticleIds.Count)
            .ThenBy(p => p.Index)
            .Select(p => p.Claim)];
    }

    private static ClaimEntry ToClaim(StoryText story, TermVector centroid, List<SentenceFacts> members, List<SentenceFacts> all)
    {
        var representative = Clearest(story, centroid, members);
        var (agree, disagree) = Partition(representative, members);
        if (Articles(disagree).Count > Articles(agree).Count)
        {
            representative = Clearest(story, centroid, disagree);
            (agree, disagree) = Partition(representative, members);
        }

        var supporting = Articles(agree);
        var outside = all.Where(f => !members.Contains(f)
            && TermVector.Cosine(f.Sentence.Vector, representative.Sentence.Vector) >= ValueContradictionSimilarity
            && representative.GivesOtherValues(f));
        var contradicting = Articles([.. disagree, .. outside]).Where(id => !supporting.Contains(id)).ToList();
        return new ClaimEntry(representative.Sentence.Text, supporting, Origins(story, agree), contradicting);
    }

    private static (List<SentenceFacts> Agree, List<SentenceFacts> Disagree) Partition(SentenceFacts representative, List<SentenceFacts> members)
    {
        var agree = members.Where(m => ReferenceEquals(m, representative) || !m.Contradicts(representative)).ToList();
        return (agree, [.. members.Except(agree)]);
    }

    /// <summary>Closest to the group's centroid, preferring independent articles and penalizing rambling sentences.</summary>
    private static SentenceFacts Clearest(StoryText story, TermVector centroid, List<SentenceFacts> members)
    {
        var pool = members.Where(m => !story.IsDuplicate(m.Sentence.ArticleId)).ToList();
        return (pool.Count > 0 ? pool : members)
            .OrderByDescending(m => TermVector.Cosine(m.Sentence.Vector, centroid) - (0.01 * Math.Max(0, m.Sentence.WordCount - 35)))
            .First();
    }

    private static List<string> Articles(List<SentenceFacts> members) =>
        [.. members.Select(m => m.Sentence.ArticleId).Distinct(StringComparer.Ordinal)];

    private static int Origins(StoryText story, List<SentenceFacts> supporters)
    {
        var relays = supporters.Where(s => s.Relay is not null).Select(s => s.Relay!).ToHashSet(StringComparer.Ordinal);
        var byArticle = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in supporters.Where(s => !story.IsDuplicate(s.Sentence.ArticleId)))
        {
            var outlet = member.Sentence.Analysis.Article.Outlet is { } o ? SentenceFacts.NormalizeSource(o) : null;

            // An article by the outlet others relay is that same origin, not another one.
            var origin = member.Relay ?? (outlet is not null && relays.Contains(outlet) ? outlet : "article:" + member.Sentence.ArticleId);
            byArticle.TryAdd(member.Sentence.ArticleId, origin);
        }

        var origins = new HashSet<string>(byArticle.Values, StringComparer.Ordinal);
        foreach (var member in supporters.Where(s => story.IsDuplicate(s.Sentence.ArticleId)))
        {
            var original = story.OriginalOf(member.Sentence.ArticleId);
            origins.Add(byArticle.TryGetValue(original, out var origin) ? origin : "article:" + original);
        }

        return origins.Count;
    }
}
