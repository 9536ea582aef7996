using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>
/// Groups articles into stories in one pass over the coverage in publication order: each article
/// joins the most similar existing story (cosine to the story centroid over TF-IDF vectors of
/// content words, names, title words, numbers and mentioned years) or founds a new one; then a few
/// rounds of <see cref="CentroidRefinement"/> move articles the pass placed too early, and
/// <see cref="StorySplitting"/> separates stories that hold two events of one kind. Candidate
/// stories come from an inverted index of their heaviest terms, so the cost grows with overlap,
/// not with all pairs.
/// A story's id is "s-" + its founding article's id, so it stays stable as coverage is added.
/// </summary>
public sealed class StoryClusterer(StoryClustererOptions? options = null)
{
    private readonly StoryClustererOptions _options = options ?? new StoryClustererOptions();

    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<ArticleAnalysis> articles)
    {
        var ordered = PublicationOrder.Sort(articles);
        var occurrences = ordered.Select(Occurrences).ToList();
        var idf = new InverseDocumentFrequency(occurrences.Select(o => o.Select(p => p.Term)));

        var vectors = occurrences.Select(o => idf.Vector(o).Normalized()).ToList();
        var dates = ordered.Select(WindowDate).ToList();
        var stories = new SinglePassClustering(_options.SimilarityThreshold, _options.RetrievalTerms, _options.DateWindowDays);
        var assigned = vectors.Select((v, i) => stories.Add(v, dates[i])).ToArray();
        assigned = CentroidRefinement.Refine(vectors, dates, assigned, _options.SimilarityThreshold, _options.RetrievalTerms, _options.DateWindowDays, _options.RefinementRounds);
        if (_options.SplitThreshold > 0)
        {
            assigned = StorySplitting.Split(vectors, assigned, _options.SplitThreshold, _options.MinimumSplitHalf);

            // The halves' articles, and those the first refinement placed by a mixed centroid, get
            // to settle against the purer centroids.
            assigned = CentroidRefinement.Refine(vectors, dates, assigned, _options.SimilarityThreshold, _options.RetrievalTerms, _options.DateWindowDays, _options.RefinementRounds);
        }

        // Stories in the order of their earliest article, members in publication order.
        var members = Enumerable.Range(0, ordered.Count).GroupBy(i => assigned[i]).OrderBy(g => g.Min()).Select(g => g.Order().ToList()).ToList();

        var topics = GroupTopics(ordered, members);
        return [.. members.Select((m, s) => new StoryCluster(StoryId(ordered[m[0]]), [.. m.Select(i => ordered[i].Article.Id)])
        {
            TopicId = "t-" + ordered[members[topics[s]][0]].Article.Id,
        })];
    }

    /// <summary>
    /// The date the story window is applied to: the publication date when the source gave it, none
    /// when it was only inferred from the text (a date the text mentions may be another event's,
    /// and a hard window on it splits reports of one event). Inferred dates still set the order.
    /// On ECB+ development topics (all dates inferred) the window cost 0.03 sub-event F1.
    /// </summary>
    private static DateOnly? WindowDate(ArticleAnalysis analysis) =>
        analysis.Article.PublishedInferred ? null : analysis.Article.Published;

    private static string StoryId(ArticleAnalysis founder) => "s-" + founder.Article.Id;

    /// <summary>
    /// The second, looser level: stories are grouped by average link over their articles' topic
    /// vectors (<see cref="TopicVectors"/>: the whole article and its lead side by side), in which
    /// names may weigh differently than in story vectors, since related events of one storyline
    /// share their vocabulary more than their specific names. Returns, per story, the index of the
    /// earliest story of its topic.
    /// </summary>
    private int[] GroupTopics(List<ArticleAnalysis> ordered, List<List<int>> members)
    {
        // Numbers and dates are left out: they tell one event from its repeat, which a topic groups.
        var whole = ordered.Select(a => ContentWords.Weighted(a.Text, a.Article.Title, a.Entities.Select(e => e.Text), _options.TitleWeight, _options.TopicEntityWeight).ToList()).ToList();
        var lead = ordered.Select(a => TopicVectors.LeadTerms(a, _options.TopicLeadSentences, _options.TopicLeadTitleWeight, _options.TopicEntityWeight)).ToList();
        var vectors = TopicVectors.Of(whole, lead, _options.TopicLeadShare);
        var groups = new List<(TermVector Sum, int Count)>(members.Count);
        foreach (var story in members)
        {
            var sum = new TermVector();
            foreach (var i in story)
            {
                sum.AddScaled(vectors[i], 1);
            }

            groups.Add((sum, story.Count));
        }

        return AverageLinkGrouping.Group(groups, _options.TopicSimilarityThreshold, _options.TopicRetrievalTerms);
    }

    private List<(string Term, double Weight)> Occurrences(ArticleAnalysis analysis)
    {
        var terms = ContentWords.Weighted(analysis.Text, analysis.Article.Title, analysis.Entities.Select(e => e.Text), _options.TitleWeight, _options.EntityWeight).ToList();
        if (_options.NumberWeight > 0)
        {
            terms.AddRange(ContentWords.Numbers(analysis.Text).Select(n => (n, _options.NumberWeight)));
        }

        if (_options.TimeWeight > 0)
        {
            terms.AddRange(TimeTerms(analysis).Select(t => (t, _options.TimeWeight)));
        }

        return terms;
    }

    /// <summary>
    /// The years and months an article's resolved time expressions point at, as terms: reports of
    /// one event name the same dates, while a repeat of the same kind of event happens at another
    /// time. Undated articles' relative expressions stay unresolved and add nothing.
    /// </summary>
    private static IEnumerable<string> TimeTerms(ArticleAnalysis analysis)
    {
        foreach (var time in analysis.Times)
        {
            var value = time.Value;
            if (value is null || value.Length < 4 || !value[..4].All(char.IsAsciiDigit))
            {
                continue;
            }

            yield return "y:" + value[..4];
            if (value.Length >= 7 && value[4] == '-' && value[5..7].All(char.IsAsciiDigit))
            {
                yield return "m:" + value[..7];
            }
        }
    }
}
