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
    public required string Language { get; init; }
    public required string Text { get; init; }
}
