using Parallax.Articles;
namespace Parallax.Cleaning;

/// <summary>
/// Metadata read from the article text itself when the page gives none: the date of a byline or
/// stamp line, else of a dateline opening the first paragraph, and the people a byline names.
/// Shared by the HTML and plain-text paths so both read text the same way.
/// </summary>
internal sealed record TextMetadata(Sourced<DateOnly>? Published, IReadOnlyList<string> Authors)
{
    /// <param name="urls">The page's addresses (declared, fetched): a year filed in one completes a dateline without a year.</param>
    public static TextMetadata Read(FilteredBody body, string? outlet, PageContext? context = null, params IEnumerable<string?> urls)
    {
        var first = body.Paragraphs.Count > 0 ? body.Paragraphs[0] : null;
        Sourced<DateOnly>? published = body.Published is { } fromByline
            ? new(fromByline, MetadataSource.Byline)
            : DateLineParser.ParseDateline(first) is { } fromDateline
                ? new(fromDateline, MetadataSource.Dateline)
                : DateLineParser.ParseDatelineWithoutYear(first) is { } monthDay && CompleteYear(monthDay, context?.SeenOn, urls) is { } completed
                    ? new(completed, MetadataSource.DatelineYearInferred)
                    : null;
        return new TextMetadata(published, AuthorNames.Parse(body.Byline, outlet));
    }

    /// <summary>
    /// The year of a dateline that gives only month and day ("LINDAU, March 12 (Continental Wire) -"): a year
    /// filed in the URL, else the most recent such day on or before the day the page was seen (an
    /// article cannot be archived or served before it is published). With neither, no year is guessed.
    /// </summary>
    internal static DateOnly? CompleteYear((int Month, int Day) monthDay, DateOnly? seenOn, IEnumerable<string?> urls)
    {
        var (month, day) = monthDay;
        if (urls.Select(DateLineParser.ParseUrlYear).FirstOrDefault(y => y is not null) is { } urlYear)
        {
            return Build(urlYear, month, day);
        }

        if (seenOn is not { } seen)
        {
            return null;
        }

        var year = (month, day).CompareTo((seen.Month, seen.Day)) > 0 ? seen.Year - 1 : seen.Year;
        return Build(year, month, day);
    }

    private static DateOnly? Build(int year, int month, int day) =>
        month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
