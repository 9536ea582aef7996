namespace Parallax.Clustering;

/// <summary>
/// Re-assigns the articles of a single pass to the story centroids it produced, like a few rounds
/// of k-means. A single pass decides with what it has seen so far: the first reports of an event
/// may meet a story of a similar event before their own story exists, and then pull the rest of
/// their event after them. Once every story is complete, each article moves to the story whose
/// centroid (without the article itself) is most similar, or founds its own when none reaches the
/// threshold. This makes the result depend much less on arrival order (on ECB+ development topics,
/// dated reports first or file-name order), which is what sub-event precision suffered from.
/// Candidates come from an inverted index of the centroids' heaviest terms, as in the single pass.
/// </summary>
internal static class CentroidRefinement
{
    /// <summary>Returns the refined story of each article (story indexes may be left unused).</summary>
    public static int[] Refine(IReadOnlyList<TermVector> vectors, IReadOnlyList<DateOnly?> dates, int[] stories, double threshold, int retrievalTerms, int? windowDays, int rounds)
    {
        // Fixed for all rounds: what each article looks candidates up by.
        var retrieval = vectors.Select(v => v.TopTerms(retrievalTerms).ToArray()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            var centroids = Centroids(vectors, stories);

            // Each centroid's squared norm, once per round rather than once per comparison.
            var squares = centroids.ToDictionary(p => p.Key, p => p.Value.Dot(p.Value));
            var spans = DateSpans(dates, stories);
            var index = Index(centroids, retrievalTerms);
            var next = new int[stories.Length];
            var fresh = stories.Length == 0 ? 0 : stories.Max() + 1;
            var members = stories.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            for (var i = 0; i < vectors.Count; i++)
            {
                var best = Best(vectors[i], retrieval[i], dates[i], stories[i], (centroids, squares), spans, index, threshold, windowDays);
                next[i] = best ?? (members[stories[i]] == 1 ? stories[i] : fresh++);
            }

            if (next.SequenceEqual(stories))
            {
                break;
            }

            stories = next;
        }

        return stories;
    }

    private static int? Best(TermVector vector, string[] retrieval, DateOnly? date, int own, (Dictionary<int, TermVector> Sums, Dictionary<int, double> Squares) centroids, Dictionary<int, (DateOnly First, DateOnly Last)> spans, Dictionary<string, List<int>> index, double threshold, int? windowDays)
    {
        var candidates = new SortedSet<int> { own };
        foreach (var term in retrieval)
        {
            if (index.TryGetValue(term, out var postings))
            {
                candidates.UnionWith(postings);
            }
        }

        int? best = null;
        var bestSimilarity = threshold;
        foreach (var story in candidates)
        {
            if (windowDays is { } days && date is { } d && spans.TryGetValue(story, out var span)
                && (d.DayNumber < span.First.DayNumber - days || d.DayNumber > span.Last.DayNumber + days))
            {
                continue;
            }

            var similarity = LeaveOneOutCosine(centroids.Sums[story].Dot(vector), centroids.Squares[story], story == own);
            if (similarity >= bestSimilarity && (best is null || similarity > bestSimilarity))
            {
                best = story;
                bestSimilarity = similarity;
            }
        }

        return best;
    }

    /// <summary>
    /// Cosine with the story's centroid, leaving the article's own (unit) vector out of its own
    /// story: otherwise every article would find its current story more similar than it is.
    /// </summary>
    private static double LeaveOneOutCosine(double dot, double squared, bool member)
    {
        if (member)
        {
            (dot, squared) = (dot - 1, squared - (2 * dot) + 1);
        }

        return squared <= 1e-9 ? 0 : dot / Math.Sqrt(squared);
    }

    private static Dictionary<int, TermVector> Centroids(IReadOnlyList<TermVector> vectors, int[] stories)
    {
        var centroids = new Dictionary<int, TermVector>();
        for (var i = 0; i < vectors.Count; i++)
        {
            (centroids.TryGetValue(stories[i], out var c) ? c : centroids[stories[i]] = new TermVector()).AddScaled(vectors[i], 1);
        }

        return centroids;
    }

    private static Dictionary<int, (DateOnly First, DateOnly Last)> DateSpans(IReadOnlyList<DateOnly?> dates, int[] stories)
    {
        var spans = new Dictionary<int, (DateOnly First, DateOnly Last)>();
        for (var i = 0; i < dates.Count; i++)
        {
            if (dates[i] is { } d)
            {
                spans[stories[i]] = spans.TryGetValue(stories[i], out var s) ? (d < s.First ? d : s.First, d > s.Last ? d : s.Last) : (d, d);
            }
        }

        return spans;
    }

    private static Dictionary<string, List<int>> Index(Dictionary<int, TermVector> centroids, int retrievalTerms)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (story, centroid) in centroids)
        {
            foreach (var term in centroid.TopTerms(retrievalTerms * 3))
            {
                (index.TryGetValue(term, out var list) ? list : index[term] = []).Add(story);
            }
        }

        return index;
    }
}
