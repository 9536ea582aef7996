using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// A stretch of text between quotation marks. <see cref="Outer"/> includes the marks,
/// <see cref="Inner"/> does not. Pieces of one quotation that runs over several paragraphs
/// (each reopened with a mark, the earlier ones left unclosed) share a <see cref="Group"/>.
/// </summary>
internal readonly record struct QuotedPiece(Span Outer, Span Inner, int Group);

/// <summary>
/// Finds quotations in one left-to-right pass. Each opening mark knows its closers ("…" “…” ‘…’
/// «…» „…“ ‹…›), apostrophes inside words never close a single quote, and a quotation that hits
/// a paragraph break without being closed or reopened is dropped, so one stray mark cannot
/// swallow the rest of the article. Scanning resumes where a failed quotation stopped, which
/// keeps the pass linear.
/// </summary>
internal static class QuoteMarkScanner
{
    private const int MaxPieceLength = 4000;

    /// <summary>
    /// Two apostrophes standing for a double quotation mark (''like this''), as in text that came
    /// through typewriter-era or newswire-archive encodings.
    /// </summary>
    private const string DoubleApostrophe = "''";

    public static List<QuotedPiece> Scan(string text)
    {
        var result = new List<QuotedPiece>();
        var group = 0;
        var i = 0;
        while (i < text.Length)
        {
            var closers = OpeningClosers(text, i);
            if (closers is null)
            {
                i++;
                continue;
            }

            var pieces = new List<QuotedPiece>();
            var stop = FindClose(text, i, closers, group, pieces);
            if (stop.Closed)
            {
                result.AddRange(pieces);
                group++;
            }

            i = Math.Max(stop.Position, i + 1);
        }

        return result;
    }

    private readonly record struct Stop(int Position, bool Closed);

    private static Stop FindClose(string text, int open, string closers, int group, List<QuotedPiece> pieces)
    {
        var opener = text[open];
        var width = closers == DoubleApostrophe ? 2 : 1;
        var j = open + width;
        while (j < text.Length && j - open < MaxPieceLength)
        {
            var c = text[j];
            if (c == '\n')
            {
                var next = j;
                var blank = false;
                var newlines = 0;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    newlines += text[next] == '\n' ? 1 : 0;
                    next++;
                }

                blank = newlines > 1;
                if (next < text.Length && text[next] == opener && OpeningClosers(text, next) is not null && OpensUnit(text, open))
                {
                    // The quotation continues in a new paragraph that reopens it with the same mark.
                    AddPiece(text, pieces, open, j, j, group, width);
                    open = next;
                    j = next + width;
                    continue;
                }

                if (blank || next >= text.Length || !char.IsLower(text[next]))
                {
                    return new Stop(next, false);
                }
            }
            else if (width == 2)
            {
                if (c == '\'' && j + 1 < text.Length && text[j + 1] == '\'' && IsClosing(text, j + 1))
                {
                    AddPiece(text, pieces, open, j, j + 2, group, width);
                    return new Stop(j + 2, true);
                }
            }
            else if (closers.Contains(c) && IsClosing(text, j))
            {
                AddPiece(text, pieces, open, j, j + 1, group);
                return new Stop(j + 1, true);
            }
            else if (c == opener && opener is '\u201C' or '\u00AB' or '\u201E' && !closers.Contains(c) && OpeningClosers(text, j) is not null)
            {
                // A second opening curly mark before any closer: the first one was never closed.
                return new Stop(j, false);
            }

            j++;
        }

        return new Stop(j, false);
    }

    /// <summary>
    /// Only a quotation that opens a paragraph or a sentence, or follows "said:" or "said,", may run
    /// into the next paragraph; a stray mark in mid-sentence must not pair with the next paragraph's quote.
    /// </summary>
    private static bool OpensUnit(string text, int open)
    {
        var i = open - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or ':' or ',' or '.' or '!' or '?';
    }

    private static void AddPiece(string text, List<QuotedPiece> pieces, int open, int innerEnd, int outerEnd, int group, int width = 1)
    {
        var start = open + width;
        var end = innerEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (outerEnd > open + width && char.IsWhiteSpace(text[outerEnd - 1]))
        {
            outerEnd--;
        }

        if (end > start)
        {
            pieces.Add(new QuotedPiece(Span.FromBounds(open, outerEnd), Span.FromBounds(start, end), group));
        }
    }

    /// <summary>The marks that can close a quotation opened at <paramref name="i"/>, or null when no quotation opens there.</summary>
    private static string? OpeningClosers(string text, int i)
    {
        var c = text[i];
        var prev = i > 0 ? text[i - 1] : ' ';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(next))
        {
            return null;
        }

        var afterGap = char.IsWhiteSpace(prev) || prev is '(' or '[' or '-' or '\u2013' or '\u2014' or ':' or '/';
        return c switch
        {
            '"' when afterGap => "\"\u201D",
            '\u201C' when !char.IsLetterOrDigit(prev) || char.IsLetterOrDigit(next) => "\u201D\"",
            '\u201E' => "\u201C\u201D",
            '\u00AB' => "\u00BB",
            '\u2039' => "\u203A",
            '\u2018' when !char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next) => "\u2019",
            '\'' when afterGap && next == '\'' && i + 2 < text.Length && !char.IsWhiteSpace(text[i + 2]) => DoubleApostrophe,
            '\'' when afterGap && char.IsLetter(next) => "'",
            _ => null,
        };
    }

    private static bool IsClosing(string text, int j)
    {
        var prev = text[j - 1];
        var next = j + 1 < text.Length ? text[j + 1] : ' ';
        if (char.IsWhiteSpace(prev))
        {
            return false;
        }

        // "don’t", "Iraq's", "the “ISIS”organization" typo aside, a closer is never followed by a letter.
        return !char.IsLetterOrDigit(next);
    }
}
