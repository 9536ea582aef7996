using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>
/// The vectors stories are grouped into topics by. A topic groups events of one kind (two
/// earthquakes, two rehab entries), which its reports name in the headline and the first sentences
/// ("X enters rehab", "a 6.1 quake struck"), while the body goes on to the event's own details and
/// to background that other storylines share. Each article's topic vector is therefore two unit
/// vectors side by side: the whole article (the same terms as its story vector) and its lead alone
/// (the headline and the first sentences, plus the names), each with its own IDF. Their terms are
/// kept apart, so the cosine of two such vectors is the share-weighted mean of the whole-article
/// cosine and the lead cosine.
/// </summary>
internal static class TopicVectors
{
    private const string LeadPrefix = "l|";

    /// <param name="whole">Per article, its whole-article terms (as for its story vector).</param>
    /// <param name="lead">Per article, its lead terms (<see cref="LeadTerms"/>).</param>
    /// <param name="leadShare">Weight of the lead cosine in the mean, 0..1; 0 keeps the whole article alone.</param>
    public static List<TermVector> Of(IReadOnlyList<List<(string Term, double Weight)>> whole, IReadOnlyList<List<(string Term, double Weight)>> lead, double leadShare)
    {
        var wholeIdf = new InverseDocumentFrequency(whole.Select(o => o.Select(p => p.Term)));
        var leadIdf = new InverseDocumentFrequency(lead.Select(o => o.Select(p => p.Term)));
        var vectors = new List<TermVector>(whole.Count);
        for (var i = 0; i < whole.Count; i++)
        {
            var vector = new TermVector();
            vector.AddScaled(wholeIdf.Vector(whole[i]).Normalized(), Math.Sqrt(1 - leadShare));
            if (leadShare > 0)
            {
                foreach (var (term, weight) in leadIdf.Vector(lead[i]).Normalized().Weights)
                {
                    vector.Add(LeadPrefix + term, weight * Math.Sqrt(leadShare));
                }
            }

            vectors.Add(vector);
        }

        return vectors;
    }

    /// <summary>
    /// An article's lead terms: the content words of its first <paramref name="sentences"/>
    /// sentences once, its title words and its names (from the whole text: a name in the body still
    /// says which places and bodies the storyline concerns) with their weights.
    /// </summary>
    public static List<(string Term, double Weight)> LeadTerms(ArticleAnalysis analysis, int sentences, double titleWeight, double entityWeight)
    {
        var end = sentences <= 0 ? 0
            : analysis.Sentences.Count == 0 ? analysis.Text.Length
            : analysis.Sentences[Math.Min(sentences, analysis.Sentences.Count) - 1].Span.End;
        return [.. ContentWords.Weighted(analysis.Text[..end], analysis.Article.Title, analysis.Entities.Select(e => e.Text), titleWeight, entityWeight)];
    }
}
