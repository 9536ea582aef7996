using Parallax.Analysis;
using Parallax.Clustering;
using Parallax.Entities;
using Parallax.Segmentation;

namespace Parallax.Briefing;

/// <summary>One sentence of a story's coverage with its TF-IDF vector (IDF over all the story's sentences).</summary>
internal sealed record StorySentence(ArticleAnalysis Analysis, int ArticleOrder, int Position, Sentence Sentence, string Text, TermVector Vector, int WordCount)
{
    public string ArticleId => Analysis.Article.Id;
}

/// <summary>
/// The story's articles in story order with their sentences vectorized once, and the duplicate map,
/// shared by every briefing section.
/// </summary>
internal sealed class StoryText
{
    private readonly InverseDocumentFrequency _idf;
    private readonly IReadOnlyDictionary<string, string> _duplicates;

    // A name counts as much as two ordinary words: two outlets' wordings of one fact differ in
    // their verbs and adjectives far more often than in who and where.
    private const double EntityWeight = 2.0;

    public StoryText(IReadOnlyList<string> articleIds, IReadOnlyList<ArticleAnalysis> articles, IReadOnlyDictionary<string, string> duplicates, EntityIndex? entities = null)
    {
        _duplicates = duplicates;
        var byId = new Dictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            byId.TryAdd(article.Article.Id, article);
        }

        Articles = [.. articleIds.Distinct(StringComparer.Ordinal).Where(byId.ContainsKey).Select(id => byId[id])];
        var raw = new List<(ArticleAnalysis Analysis, int Order, int Position, Sentence Sentence, List<(string Term, double Weight)> Terms)>();
        for (var order = 0; order < Articles.Count; order++)
        {
            var analysis = Articles[order];
            for (var position = 0; position < analysis.Sentences.Count; position++)
            {
                var sentence = analysis.Sentences[position];
                raw.Add((analysis, order, position, sentence, Terms(analysis, sentence, entities)));
            }
        }

        _idf = new InverseDocumentFrequency(raw.Select(r => r.Terms.Select(t => t.Term)));
        Sentences = [.. raw.Select(r => new StorySentence(
            r.Analysis, r.Order, r.Position, r.Sentence, r.Sentence.Span.Of(r.Analysis.Text).Trim(), _idf.Vector(r.Terms), WordCount(r.Analysis, r.Sentence)))];
    }

    public IReadOnlyList<ArticleAnalysis> Articles { get; }

    public IReadOnlyList<StorySentence> Sentences { get; }

    public bool IsDuplicate(string articleId) => _duplicates.ContainsKey(articleId);

    /// <summary>The article a duplicate copies, or the article itself.</summary>
    public string OriginalOf(string articleId) => _duplicates.TryGetValue(articleId, out var original) ? original : articleId;

    public TermVector Vector(string text) => _idf.Vector(ContentWords.Of(text));

    public TermVector ArticleVector(ArticleAnalysis analysis) => _idf.Vector(ContentWords.Of(analysis.Text));

    public StorySentence? SentenceAt(ArticleAnalysis analysis, int position) =>
        Sentences.FirstOrDefault(s => ReferenceEquals(s.Analysis, analysis) && s.Sentence.Span.Contains(position));

    /// <summary>
    /// Content words plus one term per canonical entity named in the sentence, so that spellings
    /// of one name across outlets ("al-Qadiri", "Al-Gadiri") count as the same word.
    /// </summary>
    private static List<(string Term, double Weight)> Terms(ArticleAnalysis analysis, Sentence sentence, EntityIndex? entities)
    {
        var terms = ContentWords.Of(analysis.Text, sentence.Span).Select(t => (t, 1.0)).ToList();
        foreach (var mention in analysis.Entities.Where(e => sentence.Span.Contains(e.Span)))
        {
            var id = entities?.Find(analysis.Article.Id, mention.Span)?.Id;
            terms.Add((id is null ? ContentWords.EntityTerm(mention.Text) : "e:" + id, EntityWeight));
        }

        return terms;
    }

    private static int WordCount(ArticleAnalysis analysis, Sentence sentence) =>
        analysis.TokensIn(sentence.Span).Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
}
