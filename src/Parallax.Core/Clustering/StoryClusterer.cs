using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>
/// Groups articles into stories in one pass over the coverage in publication order: each article
/// joins the most similar existing story (cosine to the story centroid over TF-IDF vectors of
/// content words, names and title words) or founds a new one. Candidate stories come from an
/// inverted index of their heaviest terms, so the cost grows with overlap, not with all pairs.
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

        var stories = new List<OpenStory>();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var article = ordered[i];
            var vector = idf.Vector(occurrences[i]).Normalized();
            var retrieval = vector.TopTerms(_options.RetrievalTerms).ToList();
            var best = BestStory(article, vector, retrieval, stories, index);
            if (best is null)
            {
                best = stories.Count;
                stories.Add(new OpenStory("s-" + article.Article.Id));
            }

            var story = stories[best.Value];
            story.Add(article, vector);
            foreach (var term in retrieval)
            {
                var postings = index.TryGetValue(term, out var list) ? list : index[term] = [];
                if (postings.Count == 0 || postings[^1] != best.Value)
                {
                    postings.Add(best.Value);
                }
            }
        }

        return [.. stories.Select(s => new StoryCluster(s.Id, s.ArticleIds))];
    }

    private int? BestStory(ArticleAnalysis article, TermVector vector, List<string> retrieval, List<OpenStory> stories, Dictionary<string, List<int>> index)
    {
        var candidates = new HashSet<int>();
        foreach (var term in retrieval)
        {
            if (index.TryGetValue(term, out var postings))
            {
                candidates.UnionWith(postings);
            }
        }

        int? best = null;
        var bestSimilarity = _options.SimilarityThreshold;
        foreach (var candidate in candidates.Order())
        {
            var story = stories[candidate];
            if (!story.WithinWindow(article.Article.Published, _options.DateWindowDays))
            {
                continue;
            }

            var similarity = TermVector.Cosine(vector, story.Centroid);
            if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    private List<(string Term, double Weight)> Occurrences(ArticleAnalysis analysis)
    {
        var terms = ContentWords.Of(analysis.Text).Select(t => (t, 1.0)).ToList();
        terms.AddRange(ContentWords.Of(analysis.Article.Title).Select(t => (t, _options.TitleWeight)));
        terms.AddRange(analysis.Entities.Select(e => (ContentWords.EntityTerm(e.Text), _options.EntityWeight)));
        return terms;
    }

    private sealed class OpenStory(string id)
    {
        public string Id { get; } = id;

        public List<string> ArticleIds { get; } = [];

        public TermVector Centroid { get; } = new();

        private DateOnly? _latest;

        public void Add(ArticleAnalysis article, TermVector vector)
        {
            ArticleIds.Add(article.Article.Id);
            Centroid.AddScaled(vector, 1);
            if (article.Article.Published is { } date && (_latest is null || date > _latest))
            {
                _latest = date;
            }
        }

        /// <summary>Articles arrive in date order, so only the story's latest date can be too far away.</summary>
        public bool WithinWindow(DateOnly? published, int days) =>
            published is null || _latest is null || Math.Abs(published.Value.DayNumber - _latest.Value.DayNumber) <= days;
    }
}
