using Parallax.Articles;
using Parallax.Entities;
using Parallax.Quantities;
using Parallax.Quotes;
using Parallax.Segmentation;
using Parallax.Time;

namespace Parallax.Analysis;

/// <summary>
/// The annotations of one article. Annotators run in pipeline order and each appends its own layer;
/// later layers may read earlier ones (quotes read entities, for instance). Every annotation is a
/// span into <see cref="Text"/>.
/// </summary>
public sealed class ArticleAnalysis(Article article)
{
    public Article Article { get; private set; } = article;

    public string Text => Article.Text;

    public List<Sentence> Sentences { get; } = [];

    public List<Token> Tokens { get; } = [];

    public List<EntityMention> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<TimeExpression> Times { get; } = [];

    public List<Quantity> Quantities { get; } = [];

    /// <summary>
    /// Replaces the article's metadata (its text stays the same, so spans stay valid). Used when a
    /// publication date is inferred from the rest of the story after the first pass.
    /// </summary>
    public void UpdateArticle(Article updated)
    {
        if (!string.Equals(updated.Text, Article.Text, StringComparison.Ordinal))
        {
            throw new ArgumentException("An article's text cannot change after analysis: its spans would no longer match.", nameof(updated));
        }

        Article = updated;
    }

    /// <summary>The tokens whose spans fall inside <paramref name="span"/>, in order.</summary>
    public IEnumerable<Token> TokensIn(Text.Span span) =>
        Tokens.Where(t => span.Contains(t.Span));

    /// <summary>The sentence containing <paramref name="position"/>, or null when it falls between sentences.</summary>
    public Sentence? SentenceAt(int position)
    {
        foreach (var sentence in Sentences)
        {
            if (sentence.Span.Contains(position))
            {
                return sentence;
            }
        }

        return null;
    }
}
