namespace Parallax.Articles;

/// <summary>
/// An article as it arrives, before cleaning: exactly one of <see cref="Text"/> or <see cref="Html"/>
/// carries the body; the other fields are whatever metadata the source provided.
/// </summary>
public sealed record ArticleInput
{
    public string? Path { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }

    /// <summary>
    /// A day the page is known to have existed on (a WARC record's date, an HTTP Last-Modified or Date
    /// header). Never taken as the publication date: it only gives a year to a dateline without one.
    /// </summary>
    public DateOnly? SeenOn { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
}
