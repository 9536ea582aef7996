using Parallax.Text;

namespace Parallax.Segmentation;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>A token of the cleaned text.</summary>
public readonly record struct Token(Span Span, TokenKind Kind);
