using Parallax.Text;

namespace Parallax.Segmentation;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols. Keeps together what news text keeps
/// together: "U.S.", "al-Qadiri", "don't", "2,500", "3.5", "F-16", "10:50".
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, Span range)
    {
        var tokens = new List<Token>();
        Tokenize(text, range, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens to a caller's list, which a caller tokenizing many texts can reuse.</summary>
    public static void Tokenize(string text, Span range, List<Token> tokens)
    {
        var i = range.Start;
        var end = range.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, end);
                tokens.Add(new Token(Span.FromBounds(start, i), KindOf(text, start, i)));
            }
            else
            {
                i++;
                tokens.Add(new Token(new Span(start, 1), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }
    }

    private static int ScanWord(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD')
            {
                i++;
                continue;
            }

            // Inner connectors: hyphens and apostrophes between letters, separators inside numbers,
            // and dots of initialisms ("U.S.").
            if (i + 1 < end && IsConnector(c) && char.IsLetterOrDigit(text[i + 1]) && ConnectorFits(text, i))
            {
                i += 2;
                continue;
            }

            if (c == '.' && IsInitialism(text, i, end))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsConnector(char c) => c is '-' or '\'' or '\u2019' or '.' or ',' or ':' or '/' or '\u2011';

    private static bool ConnectorFits(string text, int i)
    {
        var before = text[i - 1];
        var after = text[i + 1];
        return text[i] switch
        {
            // "2,500" and "3.5" and "10:50" keep digits together; "U.S" continues an initialism.
            ',' or ':' or '/' => char.IsDigit(before) && char.IsDigit(after),
            '.' => (char.IsDigit(before) && char.IsDigit(after)) || (char.IsUpper(before) && char.IsUpper(after) && IsSingleLetterBefore(text, i)),
            _ => true,
        };
    }

    private static bool IsSingleLetterBefore(string text, int dot) =>
        dot < 2 || !char.IsLetter(text[dot - 2]) || text[dot - 2] == '.';

    /// <summary>A trailing dot belongs to the token when it closes an initialism like "U.S." or "D.C.".</summary>
    private static bool IsInitialism(string text, int dot, int end)
    {
        // Pattern X.Y. : the char before the dot is a single capital preceded by a dot.
        return dot >= 3 && char.IsUpper(text[dot - 1]) && text[dot - 2] == '.' && char.IsUpper(text[dot - 3])
            && (dot + 1 >= end || !char.IsLetter(text[dot + 1]));
    }

    private static TokenKind KindOf(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return TokenKind.Word;
            }
        }

        return TokenKind.Number;
    }
}
