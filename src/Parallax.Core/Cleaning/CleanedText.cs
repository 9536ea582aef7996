using Parallax.Articles;
namespace Parallax.Cleaning;

/// <summary>
/// The result of cleaning a page or a plain-text dump: the article body, its title, and metadata
/// found in the boilerplate that was removed (a byline's date, say) before it was thrown away.
/// </summary>
public sealed record CleanedText(string Title, string Text)
{
    public DateOnly? Published { get; init; }

    /// <summary>True when <see cref="Published"/> came from page metadata rather than from the text.</summary>
    public bool PublishedFromMetadata { get; init; }

    /// <summary>The publication instant, when the page gave a time with its offset.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>People credited with the article, in page order; never desks, outlets or dates.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Where each metadata value was read.</summary>
    public MetadataSources Sources { get; init; } = MetadataSources.None;

    public string? Outlet { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
}
