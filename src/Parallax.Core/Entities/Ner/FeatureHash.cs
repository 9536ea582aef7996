namespace Parallax.Entities.Ner;

/// <summary>
/// Allocation-free 64-bit hashing of token text and feature templates. Features are never built as
/// strings: each template mixes its id with hashes of the token pieces it looks at, and the result
/// picks a row of the model's fixed-size weight table (the "hashing trick").
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return Finish(hash);
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Finish(hash);
    }

    /// <summary>
    /// Hashes of the lower-cased 1..n letter prefixes and suffixes in one pass each (suffixes are
    /// hashed right to left, which identifies them just as well).
    /// </summary>
    public static void OfAffixes(ReadOnlySpan<char> text, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        var forward = Offset;
        var backward = Offset;
        for (var length = 1; length <= prefixes.Length; length++)
        {
            forward = (forward ^ char.ToLowerInvariant(text[length - 1])) * Prime;
            backward = (backward ^ char.ToLowerInvariant(text[^length])) * Prime;
            prefixes[length - 1] = Finish(forward);
            suffixes[length - 1] = Finish(backward);
        }
    }

    public static ulong Combine(ulong a, ulong b) => Finish((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL));

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    /// <summary>The weight row of a feature: template id mixed with its value, folded to the table size.</summary>
    public static int Row(int template, ulong value, int rowBits) =>
        (int)(Combine((ulong)template, value) >> (64 - rowBits));

    /// <summary>SplitMix64 finalizer: spreads FNV's weak low bits over the whole word.</summary>
    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
