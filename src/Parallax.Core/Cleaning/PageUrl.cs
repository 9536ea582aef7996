namespace Parallax.Cleaning;

/// <summary>
/// Turns the URL a page declares about itself (rel=canonical, og:url, JSON-LD url) into an absolute
/// http(s) address. Relative and protocol-relative forms are resolved against the page's own URL
/// when it is known; anything else (javascript:, data:, mailto:, a relative path with nothing to
/// resolve it against) is refused. Nothing is ever fetched.
/// </summary>
internal static class PageUrl
{
    /// <summary>The value as an absolute http(s) URI, or null.</summary>
    public static Uri? Absolute(string? value) =>
        HtmlMetadata.Clean(value) is { } text && !text.StartsWith('/')
            && Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsWeb(uri)
            ? uri
            : null;

    public static string? Resolve(string? href, Uri? page)
    {
        var text = HtmlMetadata.Clean(href);
        if (text is null)
        {
            return null;
        }

        // "//host/path" keeps the page's scheme. Without a page URL, https is assumed: the host and
        // path are what identify the article, and browsers upgrade most news sites to https anyway.
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            return Absolute((page?.Scheme ?? Uri.UriSchemeHttps) + ":" + text)?.AbsoluteUri;
        }

        // On Unix, .NET reads "/2021/07/x" as an absolute file path, so a leading slash is always relative here.
        if (!text.StartsWith('/') && Uri.TryCreate(text, UriKind.Absolute, out var absolute))
        {
            return IsWeb(absolute) ? absolute.AbsoluteUri : null;
        }

        return page is not null && Uri.TryCreate(page, text, out var resolved) && IsWeb(resolved) ? resolved.AbsoluteUri : null;
    }

    private static bool IsWeb(Uri uri) => (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
