using Parallax.Text;

namespace Parallax.Segmentation;

/// <summary>
/// Splits cleaned text into sentences. Paragraph breaks always end a sentence; inside a paragraph a
/// sentence ends at ., ! or ? (with any closing quotes or brackets) followed by space and an
/// upper-case letter, a digit or an opening quote, unless the dot ends a known abbreviation or an
/// initial.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen",
        "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
        "e.g", "i.e", "mt", "ft", "fig", "approx", "dept", "est", "pres", "sec",
    };

    /// <summary>Words that, capitalized after an initialism, signal that a new sentence has begun.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On", "At", "But", "And", "This",
        "That", "These", "Those", "There", "However", "Meanwhile", "Its", "His", "Her", "Their", "Our", "As",
        "If", "When", "While", "After", "Before", "Since", "Some", "Many", "Most", "Officials", "According",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i))
            {
                Add(text, sentences, start, i);
                start = SkipSpace(text, i);
                i = start;
                continue;
            }

            if (c is '.' or '!' or '?' or '\u2026')
            {
                var close = i + 1;
                while (close < text.Length && IsCloser(text[close]))
                {
                    close++;
                }

                if (EndsSentence(text, i, close))
                {
                    Add(text, sentences, start, close);
                    start = SkipSpace(text, close);
                    i = start;
                    continue;
                }
            }

            i++;
        }

        Add(text, sentences, start, text.Length);
        return sentences;
    }

    private static bool IsParagraphBreak(string text, int newline)
    {
        // A single newline inside running text is a line wrap; two newlines, or a newline before
        // a line that starts like a new unit (capital, quote, dash, digit), separate paragraphs.
        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r')
        {
            next++;
        }

        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        var prev = newline - 1;
        while (prev >= 0 && text[prev] is ' ' or '\t' or '\r')
        {
            prev--;
        }

        return prev < 0 || !char.IsLetter(text[prev]) || char.IsUpper(text[next]) || !char.IsLetter(text[next]);
    }

    private static bool EndsSentence(string text, int mark, int after)
    {
        if (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = SkipSpace(text, after);
        if (next < text.Length && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || IsOpener(text[next])))
        {
            return false;
        }

        return text[mark] != '.' || (!IsAbbreviation(text, mark) && !(IsInitialism(text, mark) && !StartsLikeASentence(text, next)));
    }

    /// <summary>"U.S." and "U.N." end sentences less often than they precede names ("U.S. President ...").</summary>
    private static bool IsInitialism(string text, int dot) =>
        dot >= 3 && char.IsUpper(text[dot - 1]) && text[dot - 2] == '.' && char.IsLetter(text[dot - 3]);

    private static bool StartsLikeASentence(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end == start || SentenceStarters.Contains(text[start..end]);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        // "U.S." ends sentences often enough that only a following lower-case word keeps it inside.
        return Abbreviations.Contains(word.ToString()) && !word.Contains('.');
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB' or '\u201E' or '-' or '\u2014' or '\u2013';

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(Span.FromBounds(start, end)));
        }
    }
}
