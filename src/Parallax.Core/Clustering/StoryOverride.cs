namespace Parallax.Clustering;

/// <summary>What a reader decided about clustering, kept and re-applied after every re-clustering.</summary>
public enum StoryOverrideKind
{
    /// <summary>The <see cref="StoryOverride.Moved"/> articles join the story of the <see cref="StoryOverride.Kept"/> ones.</summary>
    Merge,

    /// <summary>The <see cref="StoryOverride.Moved"/> articles leave the <see cref="StoryOverride.Kept"/> ones for a story of their own.</summary>
    Split,
}

/// <summary>
/// One manual override, by article ids rather than story ids: story ids follow the clustering,
/// which may change, while the articles a reader put together (or apart) stay the same articles.
/// <see cref="Kept"/> are the articles of the story named first (merge) or split from, in
/// publication order at the time, so its first one is the story's founder.
/// </summary>
public sealed record StoryOverride(long Sequence, StoryOverrideKind Kind, IReadOnlyList<string> Kept, IReadOnlyList<string> Moved)
{
    /// <summary>Every article the override names.</summary>
    public IEnumerable<string> ArticleIds => Kept.Concat(Moved);
}
