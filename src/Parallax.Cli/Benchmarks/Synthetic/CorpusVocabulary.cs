using Parallax.Cli.Datasets;
using Parallax.Entities.Ner;

namespace Parallax.Cli.Benchmarks.Synthetic;

/// <summary>
/// Word and name distributions read at run time from a tagged news corpus (CoNLL-2003's training
/// file): how often each lower-cased word outside entities occurs, and the distinct entity names
/// of each type with how often they occur. Synthetic articles drawn from these have the skewed
/// vocabulary of real news, so document frequencies, stopword shares and retrieval-term overlap
/// behave as they would on real coverage. Nothing of the corpus is stored in the repository.
/// </summary>
internal sealed class CorpusVocabulary
{
    private CorpusVocabulary(WeightedChoice<string> words, IReadOnlyList<string> contentWords, IReadOnlyDictionary<string, WeightedChoice<string>> names)
    {
        Words = words;
        ContentWords = contentWords;
        Names = names;
    }

    /// <summary>Every word outside entities, drawn by its corpus frequency (stopwords included).</summary>
    public WeightedChoice<string> Words { get; }

    /// <summary>
    /// Words neither very frequent nor one-offs (corpus rank 150 to 8,000, four letters or more): the
    /// pool that events' specific vocabulary is drawn from.
    /// </summary>
    public IReadOnlyList<string> ContentWords { get; }

    /// <summary>Entity names by CoNLL type (PER, ORG, LOC, MISC), drawn by frequency.</summary>
    public IReadOnlyDictionary<string, WeightedChoice<string>> Names { get; }

    /// <exception cref="FileNotFoundException">The corpus file is missing.</exception>
    public static CorpusVocabulary Read(string conllPath)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var sentence in ConllFile.Read(conllPath).Sentences)
        {
            var inEntity = new bool[sentence.Tokens.Length];
            foreach (var (start, end, type) in ChunkScorer.Chunks(sentence.GoldTags))
            {
                var name = string.Join(' ', sentence.Tokens[start..end]);
                for (var i = start; i < end; i++)
                {
                    inEntity[i] = true;
                }

                // All-capital names are mostly datelines and sports tables, not names in running text.
                if (name.Any(char.IsLower))
                {
                    var ofType = names.TryGetValue(type, out var d) ? d : names[type] = new(StringComparer.Ordinal);
                    ofType[name] = ofType.GetValueOrDefault(name) + 1;
                }
            }

            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                if (!inEntity[i] && token.All(char.IsLetter))
                {
                    var word = token.ToLowerInvariant();
                    words[word] = words.GetValueOrDefault(word) + 1;
                }
            }
        }

        if (words.Count == 0 || names.Count == 0)
        {
            throw new InvalidDataException($"{conllPath}: no words or entity names found (expected CoNLL-2003 columns: token ... tag)");
        }

        var ranked = words.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var content = ranked.Skip(150).Take(8_000).Select(p => p.Key).Where(w => w.Length >= 4).ToList();
        return new CorpusVocabulary(
            new WeightedChoice<string>(ranked),
            content,
            names.ToDictionary(p => p.Key, p => new WeightedChoice<string>([.. p.Value.OrderBy(n => n.Key, StringComparer.Ordinal)]), StringComparer.Ordinal));
    }
}

/// <summary>
/// Draws items in proportion to their counts (at least 1 each): the first item whose cumulative count
/// exceeds a uniform draw. A guide table (one entry per item, the answer for the lowest draw of its
/// bucket) starts the search a step or two from the answer: the same item a binary search over the
/// cumulative counts finds, without its cache misses on every word of every synthetic article.
/// </summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly long[] _cumulative;
    private readonly int[] _guide;

    public WeightedChoice(IReadOnlyList<KeyValuePair<T, int>> counts)
    {
        _items = [.. counts.Select(c => c.Key)];
        _cumulative = new long[counts.Count];
        long total = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            total += counts[i].Value;
            _cumulative[i] = total;
        }

        _guide = new int[counts.Count];
        var at = 0;
        for (var bucket = 0; bucket < _guide.Length; bucket++)
        {
            // Every draw t of this bucket (t * n / total == bucket) is at least bucket * total / n.
            var lowest = (long)((UInt128)(ulong)bucket * (ulong)total / (ulong)_guide.Length);
            while (_cumulative[at] <= lowest)
            {
                at++;
            }

            _guide[bucket] = at;
        }
    }

    public int Count => _items.Length;

    /// <summary>Any item with the same chance, whatever its count.</summary>
    public T DrawEvenly(Random random) => _items[random.Next(_items.Length)];

    public T Draw(Random random)
    {
        var total = _cumulative[^1];
        var target = random.NextInt64(total);
        var at = _guide[(int)((UInt128)(ulong)target * (ulong)_guide.Length / (ulong)total)];
        while (_cumulative[at] <= target)
        {
            at++;
        }

        return _items[at];
    }
}
