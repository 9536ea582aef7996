namespace Parallax.Articles;

/// <summary>
/// A cleaned article: the unit every analysis stage works on. <see cref="Text"/> is the cleaned
/// body; every span produced by the pipeline points into it.
/// </summary>
public sealed record Article
{
    /// <summary>Stable id: a hash of the normalized cleaned text (see <see cref="ArticleId"/>).</summary>
    public required string Id { get; init; }
    public string? Path { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>True when <see cref="Published"/> was inferred from the text rather than given as metadata.</summary>
    public bool PublishedInferred { get; init; }
    /// <summary>The publication instant, when the page gave a time with its offset.</summary>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>People credited with the article; never desks, outlets or dates.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    public required string Language { get; init; }
    /// <summary>Where Title, Published, Authors, Outlet, Url and Language were read.</summary>
    public MetadataSources Sources { get; init; } = MetadataSources.None;
    public required string Text { get; init; }
}
