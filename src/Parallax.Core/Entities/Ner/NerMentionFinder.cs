using Parallax.Analysis;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Entities.Ner;

/// <summary>
/// Runs the trained tagger over an article's body sentences and returns its entity mentions as
/// spans of the article text. The pipeline's tokens are re-cut the way CoNLL-2003 cuts them
/// (possessive "'s" apart) so the model sees what it was trained on. One finder per article: the
/// tagger's buffers are not shared between threads, and making one costs next to nothing.
/// </summary>
internal sealed class NerMentionFinder(NerModel model)
{
    private readonly NamedEntityTagger _tagger = new(model);

    public List<EntityMention> Find(ArticleAnalysis analysis, Sentence sentence)
    {
        var spans = ModelTokens(analysis, sentence);
        var tokens = spans.Select(s => s.Of(analysis.Text)).ToArray();
        var tags = _tagger.Tag(tokens);
        var mentions = new List<EntityMention>();
        foreach (var (start, end, type) in ChunkReader.Chunks(tags))
        {
            var span = Span.FromBounds(spans[start].Start, spans[end - 1].End);
            mentions.Add(new EntityMention(span, NerTags.ToEntityType(type), span.Of(analysis.Text)));
        }

        return mentions;
    }

    private static List<Span> ModelTokens(ArticleAnalysis analysis, Sentence sentence)
    {
        var spans = new List<Span>();
        foreach (var token in analysis.TokensIn(sentence.Span))
        {
            var text = token.Span.AsSpan(analysis.Text);
            if (token.Kind == TokenKind.Word && text.Length > 2 && text[^2] is '\'' or '’' && text[^1] is 's' or 'S')
            {
                spans.Add(new Span(token.Span.Start, token.Span.Length - 2));
                spans.Add(new Span(token.Span.End - 2, 2));
            }
            else
            {
                spans.Add(token.Span);
            }
        }

        return spans;
    }
}
