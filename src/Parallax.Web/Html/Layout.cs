using System.Text;

namespace Parallax.Web.Html;

/// <summary>The page frame every HTML page shares: head, skip link, navigation with search, main landmark.</summary>
internal static class Layout
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static string Page(string title, Markup body, string? query = null) => Markup.Of($"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title} · Parallax</title>
        <link rel="stylesheet" href="/assets/site.css">
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="site">
        <nav aria-label="Main"><a class="brand" href="/">Parallax</a></nav>
        <form class="search" role="search" action="/search" method="get">
        <label for="site-search">Search articles</label>
        <input id="site-search" name="q" type="search" value="{query ?? string.Empty}" required>
        <button type="submit">Search</button>
        </form>
        </header>
        <main id="main">
        {body}
        </main>
        <footer class="site"><p>Parallax: cross-checked story briefings. API: <a href="/openapi/v1.json">OpenAPI document</a>.</p></footer>
        </body>
        </html>
        """).Value;

    public static IResult Html(string page, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(page, HtmlContentType, Encoding.UTF8, statusCode);

    public static IResult NotFound(string what) =>
        Html(Page("Not found", Markup.Of($"<h1>Not found</h1><p>{what}</p><p><a href=\"/\">All stories</a></p>")), StatusCodes.Status404NotFound);
}
