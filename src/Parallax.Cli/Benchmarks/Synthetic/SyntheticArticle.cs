using Parallax.Clustering;

namespace Parallax.Cli.Benchmarks.Synthetic;

/// <summary>How a planted copy was made from its original.</summary>
internal enum CopyKind
{
    None,

    /// <summary>Same headline and text, re-published under another id.</summary>
    Exact,

    /// <summary>Syndicated: a new headline and the ending trimmed.</summary>
    RetitledTrimmed,

    /// <summary>A few words replaced here and there, and a new headline.</summary>
    Rewritten,
}

/// <summary>
/// A generated article with its plan: the planted story it reports (every article belongs to one;
/// background noise is a story of one) and, for planted copies, the article it copies.
/// </summary>
internal sealed record SyntheticArticle(StreamedArticle Article, long Story, string? CopyOf, CopyKind Copy)
{
    /// <summary>True when it arrives after articles published later than it.</summary>
    public bool Late { get; init; }
}
