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
    // Two wordings of one fact share the names and the key content words. Names are counted per
    // canonical entity (so spellings agree), which lets 0.3 join outlets' rewrites of one fact while
    // different facts about the same actors stay apart (checked by eye on the seed and demo corpora).
    public const double SameClaimSimilarity = 0.3;

    /// <summary>
    /// Single-source claims are kept (an uncorroborated claim is worth knowing) but only up to this
    /// many claims in all, most-supported and contested first, so a briefing stays readable.
    /// </summary>
    public const int MaxClaims = 25;

    // A claim is a checkable statement: questions, "- he explained" tails and fragments are not.
    private const int MinClaimWords = 6;

    // Reports that disagree on a figure or a date are worded less alike than reports that agree
    // (the disagreeing outlet often wrote its own lead), so a looser bar applies when a sentence
    // outside the group gives other values for the same counted thing.
    public const double ValueContradictionSimilarity = 0.2;

    public static IReadOnlyList<ClaimEntry> Group(StoryText story)
    {
        var groups = new List<(TermVector Centroid, List<SentenceFacts> Members)>();
        var all = story.Sentences.Where(IsClaimLike).Select(SentenceFacts.Of).Where(f => f.IsFactual).ToList();
        foreach (var facts in all)
        {
            var vector = facts.Sentence.Vector.Normalized();

            // Other sentences of the same article add nothing to a cross-check, and letting them
            // in pulls unrelated statements of one quote-heavy article together.
            var best = groups
                .Where(g => g.Members.All(m => m.Sentence.ArticleId != facts.Sentence.ArticleId))
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
            .ThenByDescending(p => p.Claim.ContradictingArticleIds.Count)
            .ThenBy(p => p.Index)
            .Take(MaxClaims)
            .Select(p => p.Claim)];
    }

    private static bool IsClaimLike(StorySentence sentence) =>
        !sentence.Vector.IsEmpty
        && sentence.WordCount >= MinClaimWords
        && !sentence.Text.TrimEnd('"', '\u201D', '\u2019', '\'', ' ').EndsWith('?')
        && !sentence.Text.StartsWith('-') && !sentence.Text.StartsWith('\u2013') && !sentence.Text.StartsWith('\u2014');

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
            && representative.GivesOtherValues(f, includeDates: false));
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
