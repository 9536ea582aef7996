using System.Runtime.InteropServices;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Clustering;

/// <summary>
/// Sums an article's weighted terms as <see cref="ContentWords.Weighted"/> yields them (same terms,
/// same first-seen order, same additions), without a string per word: each word is normalized and
/// stemmed in a buffer, and the term's string comes from a pool of terms met before. Preparing a
/// stream's articles allocated tens of kilobytes per article this way before; now mostly the result.
/// Buffers are reused, so there is one counter per thread (<see cref="ForThisThread"/>).
/// </summary>
internal sealed class ArticleTermCounter
{
    // A bound on the pool for text with an open vocabulary (names, misspellings): past it the pool
    // starts again, which costs a string per term once more but never changes a term.
    private const int MaxPooledTerms = 200_000;

    [ThreadStatic]
    private static ArticleTermCounter? _forThisThread;

    private readonly List<Token> _tokens = [];
    private readonly Dictionary<string, double> _sums = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);
    private char[] _buffer = new char[128];

    public static ArticleTermCounter ForThisThread => _forThisThread ??= new ArticleTermCounter();

    /// <summary>The distinct terms in first-seen order, and their summed weights in step.</summary>
    public (string[] Terms, double[] Weights) Count(string text, string title, IEnumerable<string> names, double titleWeight, double entityWeight)
    {
        _sums.Clear();
        AddWords(text, 1.0);
        AddWords(title, titleWeight);
        foreach (var name in names)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_sums, ContentWords.EntityTerm(name), out _) += entityWeight;
        }

        var terms = new string[_sums.Count];
        var weights = new double[_sums.Count];
        var i = 0;
        foreach (var (term, weight) in _sums)
        {
            terms[i] = term;
            weights[i++] = weight;
        }

        return (terms, weights);
    }

    private void AddWords(string text, double weight)
    {
        _tokens.Clear();
        Tokenizer.Tokenize(text, new Span(0, text.Length), _tokens);
        var pooled = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in _tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (_buffer.Length < 2 * token.Span.Length)
            {
                _buffer = new char[2 * token.Span.Length];
            }

            var term = ContentWords.Term(text.AsSpan(token.Span.Start, token.Span.Length), _buffer);
            if (term.IsEmpty)
            {
                continue;
            }

            if (!pooled.TryGetValue(term, out var known))
            {
                if (_pool.Count >= MaxPooledTerms)
                {
                    _pool.Clear();
                }

                known = term.ToString();
                _pool.Add(known);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(_sums, known, out _) += weight;
        }
    }
}
