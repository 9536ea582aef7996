namespace Parallax.Cleaning;

/// <summary>
/// What is known about a page from how it arrived, apart from its content: the address it was
/// fetched or archived from, and a date on which it is known to have existed (the WARC record's
/// date, the server's Last-Modified or Date header). Neither is ever fetched or read from a clock
/// here; the caller passes what it has.
/// </summary>
/// <param name="Url">The fetched URL or the WARC target URI: the base for relative canonical links.</param>
/// <param name="SeenOn">The page existed on this day; it only gives a year to a dateline that lacks one.</param>
public sealed record PageContext(string? Url = null, DateOnly? SeenOn = null)
{
    public static readonly PageContext None = new();
}
