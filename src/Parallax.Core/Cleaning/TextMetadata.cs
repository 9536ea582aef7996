using Parallax.Articles;
namespace Parallax.Cleaning;

/// <summary>
/// Metadata read from the article text itself when the page gives none: the date of a byline or
/// stamp line, else of a dateline opening the first paragraph, and the people a byline names.
/// Shared by the HTML and plain-text paths so both read text the same way.
/// </summary>
internal sealed record TextMetadata(Sourced<DateOnly>? Published, IReadOnlyList<string> Authors)
{
    public static TextMetadata Read(FilteredBody body, string? outlet)
    {
        Sourced<DateOnly>? published = body.Published is { } fromByline
            ? new(fromByline, MetadataSource.Byline)
            : DateLineParser.ParseDateline(body.Paragraphs.Count > 0 ? body.Paragraphs[0] : null) is { } fromDateline
                ? new(fromDateline, MetadataSource.Dateline)
                : null;
        return new TextMetadata(published, AuthorNames.Parse(body.Byline, outlet));
    }
}
