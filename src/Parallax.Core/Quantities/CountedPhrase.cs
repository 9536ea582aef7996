using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Quantities;

/// <summary>
/// The noun phrase a number counts: "2,500 U.S. troops" counts "U.S. troops", "the fourth round of
/// talks" counts "round". Without a tagger the phrase is the run of up to four words after the
/// number that stops at punctuation and at function words (prepositions, verbs of being,
/// conjunctions...), cut after its first plural noun, since the head of an English noun phrase
/// comes last and is plural after any number but one.
/// </summary>
internal static class CountedPhrase
{
    private const int MaxWords = 4;

    private static readonly Regex Word = new(@"\G[ \t]*(?<w>(?:[A-Z]\.){2,}|[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}])", RegexOptions.Compiled | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under", "about",
        "after", "before", "since", "until", "during", "between", "against", "across", "through", "per", "than", "as",
        "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "where", "when", "while", "if",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "the", "a", "an", "this", "these", "those",
        "it", "its", "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my",
        "not", "no", "now", "also", "still", "only", "more", "less", "ago", "each", "all", "both", "there", "here",
        "then", "remain", "remained", "remains", "said", "say", "says", "according", "including", "up", "down", "out",
    };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish", "aircraft",
        "deer", "feet", "teeth", "mice", "geese", "crew", "militia", "livestock", "data", "media", "spacecraft",
    };

    /// <summary>The counted phrase starting at <paramref name="position"/>, or null.</summary>
    public static Span? After(string text, int position, bool singular)
    {
        var words = new List<Span>();
        var i = position;
        while (words.Count < MaxWords)
        {
            var m = Word.Match(text, i);
            if (!m.Success)
            {
                break;
            }

            var w = m.Groups["w"];
            if (Stop.Contains(w.Value) || (words.Count > 0 && IsLikelyVerb(w.Value)) || IsAdverb(w.Value))
            {
                break;
            }

            words.Add(new Span(w.Index, w.Length));
            i = w.Index + w.Length;
        }

        if (words.Count == 0)
        {
            return null;
        }

        var head = singular ? -1 : words.FindIndex(w => IsPlural(w.Of(text)));
        var last = head >= 0 ? head : Math.Min(words.Count, singular ? 2 : 3) - 1;
        return Span.FromBounds(words[0].Start, words[last].End);
    }

    private static bool IsPlural(string word) =>
        IrregularPlurals.Contains(word)
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            && !word.EndsWith("'s", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>A lower-case "-ed" word after the start of the phrase is most often its verb ("troops stationed").</summary>
    private static bool IsLikelyVerb(string word) =>
        char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4;

    private static bool IsAdverb(string word) =>
        char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4;
}
