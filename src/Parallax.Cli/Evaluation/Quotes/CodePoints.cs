using Parallax.Text;

namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>
/// Brat offsets count Unicode code points (Python string indices), .NET strings count UTF-16
/// units; they differ only after a character outside the Basic Multilingual Plane (emoji, some
/// CJK), which news text does contain.
/// </summary>
internal static class CodePoints
{
    public static BratAttribution ToUtf16(string text, BratAttribution attribution, string name)
    {
        var simple = !HasSurrogates(text);
        List<Span> Convert(IReadOnlyList<Span> spans) => [.. spans.Select(s =>
        {
            var start = simple ? (s.Start <= text.Length ? s.Start : -1) : Utf16Offset(text, s.Start);
            var end = simple ? (s.End <= text.Length ? s.End : -1) : Utf16Offset(text, s.End);
            return start < 0 || end < 0
                ? throw new InvalidDataException($"{name}: span {s} lies outside the text ({text.Length} characters)")
                : Span.FromBounds(start, end);
        })];
        return new BratAttribution(Convert(attribution.Source), Convert(attribution.Cue), Convert(attribution.Content));
    }

    public static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;

    public static int FromUtf16(string text, int offset)
    {
        if (!HasSurrogates(text))
        {
            return offset;
        }

        var points = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                points++;
            }
        }

        return points;
    }

    /// <returns>The UTF-16 offset of code point <paramref name="points"/>, or -1 when it lies beyond the text.</returns>
    private static int Utf16Offset(string text, int points)
    {
        var i = 0;
        for (var seen = 0; seen < points; seen++)
        {
            if (i >= text.Length)
            {
                return -1;
            }

            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }

        return i;
    }
}
