using System.Runtime.InteropServices;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Clustering;

/// <summary>
/// Sums an article's weighted terms as <see cref="ContentWords.Weighted"/> yields them (same terms,
/// same first-seen order, same additions), without a string per word: each word is normalized in a
/// buffer and looked up once in a pool of words met before, which holds its term (stemmed, or none
/// for a stopword) and where that term sits in the article being counted. Buffers and pool are
/// reused, so there is one counter per thread (<see cref="ForThisThread"/>).
/// </summary>
internal sealed class ArticleTermCounter
{
    // A bound on the pool for text with an open vocabulary (names, misspellings): past it the pool
    // starts again, which costs a string per term once more but never changes a term.
    private const int MaxPooledWords = 200_000;

    [ThreadStatic]
    private static ArticleTermCounter? _forThisThread;

    private readonly List<Token> _tokens = [];
    private readonly Dictionary<string, PooledTerm?> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PooledTerm> _byTerm = new(StringComparer.Ordinal);

    // Names recur across articles, and their terms (transliteration keys) cost more than a word's.
    private readonly Dictionary<string, PooledTerm> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<double> _sums = [];
    private char[] _buffer = new char[128];
    private int _article;

    public static ArticleTermCounter ForThisThread => _forThisThread ??= new ArticleTermCounter();

    /// <summary>The distinct terms in first-seen order, and their summed weights in step.</summary>
    public (string[] Terms, double[] Weights) Count(string text, string title, IEnumerable<string> names, double titleWeight, double entityWeight)
    {
        if (_byWord.Count + _byName.Count >= MaxPooledWords)
        {
            _byWord.Clear();
            _byTerm.Clear();
            _byName.Clear();
        }

        _article++;
        _terms.Clear();
        _sums.Clear();
        AddWords(text, 1.0);
        AddWords(title, titleWeight);
        foreach (var name in names)
        {
            ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, name, out _);
            Add(term ??= Pooled(ContentWords.EntityTerm(name)), entityWeight);
        }

        return ([.. _terms], [.. _sums]);
    }

    private void AddWords(string text, double weight)
    {
        _tokens.Clear();
        Tokenizer.Tokenize(text, new Span(0, text.Length), _tokens);
        var byWord = _byWord.GetAlternateLookup<ReadOnlySpan<char>>();
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

            var word = ContentWords.Normalized(text.AsSpan(token.Span.Start, token.Span.Length), _buffer);
            if (!byWord.TryGetValue(word, out var pooled))
            {
                var key = word.ToString();
                var term = ContentWords.StemmedTerm(word);
                pooled = term.IsEmpty ? null : Pooled(term.ToString());
                _byWord[key] = pooled;
            }

            if (pooled is not null)
            {
                Add(pooled, weight);
            }
        }
    }

    private PooledTerm Pooled(string term)
    {
        ref var pooled = ref CollectionsMarshal.GetValueRefOrAddDefault(_byTerm, term, out _);
        return pooled ??= new PooledTerm(term);
    }

    private void Add(PooledTerm term, double weight)
    {
        if (term.Article != _article)
        {
            term.Article = _article;
            term.Slot = _terms.Count;
            _terms.Add(term.Term);
            _sums.Add(0.0);
        }

        CollectionsMarshal.AsSpan(_sums)[term.Slot] += weight;
    }

    /// <summary>A term, and its place among the terms of the article that last used it.</summary>
    private sealed class PooledTerm(string term)
    {
        public string Term { get; } = term;

        public int Article { get; set; }

        public int Slot { get; set; }
    }
}
