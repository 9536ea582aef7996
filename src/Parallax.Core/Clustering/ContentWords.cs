using Parallax.Entities.Resolution;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Clustering;

/// <summary>
/// Turns text into comparable content terms: lower-cased words without stopwords, lightly stemmed
/// so that "killed", "kills" and "killing" meet. Numbers are kept apart (<see cref="Numbers"/>), so
/// that a caller can weigh them on their own: reports of one event often disagree on running
/// figures, but share its years, scores and magnitudes.
/// </summary>
internal static class ContentWords
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "said",
        "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "one", "two", "three", "new", "year", "years",
        "may", "might", "must", "shall", "since", "however", "yet", "still", "already", "per", "via", "among", "amid",
        "around", "across", "including", "within", "without", "toward", "towards", "upon", "onto", "'s", "s", "t",
        "n't", "don't", "didn't", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "never",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordSpans = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IEnumerable<string> Of(string text) => Of(text, new Span(0, text.Length));

    public static IEnumerable<string> Of(string text, Span range)
    {
        foreach (var token in Tokenizer.Tokenize(text, range))
        {
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = Normalize(token.Span.Of(text));
            if (word.Length < 2 || Stopwords.Contains(word))
            {
                continue;
            }

            yield return Stem(word);
        }
    }

    /// <summary>
    /// The weighted terms both the batch clusterer and the stream build an article's vector from:
    /// body words once, title words and entity names with their weights. One place, so the two
    /// cannot drift apart; callers add their own extra terms (numbers, dates) on top.
    /// </summary>
    public static IEnumerable<(string Term, double Weight)> Weighted(string text, string title, IEnumerable<string> names, double titleWeight, double entityWeight)
    {
        foreach (var word in Of(text))
        {
            yield return (word, 1.0);
        }

        foreach (var word in Of(title))
        {
            yield return (word, titleWeight);
        }

        foreach (var name in names)
        {
            yield return (EntityTerm(name), entityWeight);
        }
    }

    /// <summary>The numbers of a text as terms ("n:2013", "n:6.4"), trailing separators dropped.</summary>
    public static IEnumerable<string> Numbers(string text) =>
        Tokenizer.Tokenize(text, new Span(0, text.Length))
            .Where(t => t.Kind == TokenKind.Number)
            .Select(t => "n:" + t.Span.Of(text).TrimEnd('.', ',', ':'));

    public static bool IsStopword(string word) => Stopwords.Contains(Normalize(word));

    public static string Normalize(string word) => new(Normalized(word, new char[word.Length * 2]));

    /// <summary>A deliberately light suffix stripper: enough to merge inflections, too weak to merge unrelated words.</summary>
    public static string Stem(string word) => new(StemInPlace(word.ToCharArray()));

    /// <summary>
    /// <c>Stem(Normalize(word))</c> without a string, or empty where <see cref="Of(string)"/> drops
    /// the word: <see cref="Normalized"/> then <see cref="StemmedTerm"/>.
    /// </summary>
    internal static ReadOnlySpan<char> Term(ReadOnlySpan<char> word, Span<char> buffer) => StemmedTerm(Normalized(word, buffer));

    /// <summary><see cref="Normalize"/> written into <paramref name="buffer"/>, which holds at least twice the word's length.</summary>
    internal static Span<char> Normalized(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var cleaned = buffer[..word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c != '\u00AD')
            {
                cleaned[length++] = c == '\u2019' ? '\'' : c;
            }
        }

        var lower = buffer.Slice(word.Length, length);
        cleaned[..length].ToLowerInvariant(lower);
        return lower.EndsWith("'s") ? lower[..^2] : lower.TrimEnd('\'');
    }

    /// <summary>
    /// <see cref="Stem"/> of a normalized word, in place, or empty where <see cref="Of(string)"/>
    /// drops the word (shorter than two characters or a stopword).
    /// </summary>
    internal static ReadOnlySpan<char> StemmedTerm(Span<char> normalized) =>
        normalized.Length < 2 || StopwordSpans.Contains(normalized) ? [] : StemInPlace(normalized);

    /// <summary>The suffix rules of <see cref="Stem"/>, rewriting the word in place ("-ies" becomes "-y").</summary>
    private static ReadOnlySpan<char> StemInPlace(Span<char> word)
    {
        if (word.Length > 4 && word.EndsWith("ies"))
        {
            word[^3] = 'y';
            return word[..^2];
        }

        if (word.Length > 5 && word.EndsWith("ing"))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed"))
        {
            return word[..^2];
        }

        var plural = word.Length > 3 && word[^1] == 's' && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is");
        return plural ? word[..^1] : word;
    }

    /// <summary>
    /// A name as one term: lower-case, with an Arabic "al-" article dropped so that "al-Rashid" and
    /// "Rashid" (a common variation between outlets) meet, and each word reduced to its
    /// transliteration key (<see cref="NamePhonetics"/>), so that outlets spelling one name
    /// differently ("Qaddafi", "Gaddafi") still share it. Neutral on ECB+ (identical figures),
    /// whose outlets rarely vary spellings; it is for translated and wire-rewritten coverage.
    /// </summary>
    public static string EntityTerm(string name)
    {
        var words = name.Replace('\u2019', '\'').ToLowerInvariant()
            .Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith("al-", StringComparison.Ordinal) && w.Length > 3 ? w[3..] : w)
            .Select(w => w.Any(char.IsLetter) ? NamePhonetics.Key(w) : w);
        return "e:" + string.Join(' ', words);
    }
}
