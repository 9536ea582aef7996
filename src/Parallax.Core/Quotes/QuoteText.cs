using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// One article's tokens as the quote stage reads them: lower-cased words, and for every token the
/// quotation piece it lies in (or -1), so that attribution frames can skip quoted words.
/// </summary>
internal sealed class QuoteText
{
    public QuoteText(string text, IReadOnlyList<Token> tokens, IReadOnlyList<QuotedPiece> pieces)
    {
        Text = text;
        Tokens = tokens;
        Pieces = pieces;
        Lower = new string[tokens.Count];
        PieceOf = new int[tokens.Count];
        var p = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            Lower[i] = tokens[i].Span.Of(text).ToLowerInvariant();
            var start = tokens[i].Span.Start;
            while (p < pieces.Count && pieces[p].Outer.End <= start)
            {
                p++;
            }

            PieceOf[i] = p < pieces.Count && pieces[p].Outer.Contains(start) ? p : -1;
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<QuotedPiece> Pieces { get; }

    public string[] Lower { get; }

    public int[] PieceOf { get; }

    public int Count => Tokens.Count;

    public Span SpanOf(int token) => Tokens[token].Span;

    public string Word(int token) => Tokens[token].Span.Of(Text);

    public bool IsWord(int token) => Tokens[token].Kind is TokenKind.Word or TokenKind.Number;

    public bool IsCapitalized(int token) => char.IsUpper(Text[Tokens[token].Span.Start]);

    public bool IsQuoted(int token) => PieceOf[token] >= 0;

    /// <summary>True for a token that is a quotation mark of some piece: inside its outer span but not its inner one.</summary>
    public bool IsMark(int token)
    {
        var piece = PieceOf[token];
        if (piece < 0)
        {
            return false;
        }

        var start = Tokens[token].Span.Start;
        return start < Pieces[piece].Inner.Start || start >= Pieces[piece].Inner.End;
    }

    public bool IsDash(int token) => Lower[token] is "-" or "\u2013" or "\u2014";

    public Span Between(int first, int last) => Span.FromBounds(Tokens[first].Span.Start, Tokens[last].Span.End);

    /// <summary>The first token starting at or after <paramref name="position"/>.</summary>
    public int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
