namespace Parallax.Text;

/// <summary>
/// A half-open range [Start, Start + Length) of characters in an article's cleaned text.
/// Every annotation in Parallax is expressed as a span so that it can always be traced back
/// to the exact words it was derived from.
/// </summary>
public readonly record struct Span(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static Span FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
