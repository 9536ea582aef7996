using Parallax.Web.Corpus;
using Parallax.Web.Html;

namespace Parallax.Web.Search;

/// <summary>/search?q=: full-text results with the matched words highlighted.</summary>
internal static class SearchPages
{
    public static IEndpointRouteBuilder MapSearchPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search", (string? q, StoreAccess store, CorpusCache cache) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Layout.Html(Layout.Page("Search", Markup.Of($"<h1>Search</h1><p>Type words in the search box: articles containing all of them are listed.</p>")));
            }

            var query = q.Length > 500 ? q[..500] : q;
            var results = SearchApi.Find(query, store, cache.Current);
            var items = results.Select(r => Markup.Of($"""
                <li><h2><a href="/articles/{r.ArticleId}">{r.Title}</a></h2>
                <p class="meta">{r.Outlet ?? "outlet not given"} · {r.Published ?? "undated"}{(r.StoryId is null ? Markup.Empty : Markup.Of($" · <a href=\"/stories/{r.StoryId}\">story</a>"))}</p>
                <p class="snippet">{AnnotatedText.Render(r.Snippet, r.Matches.Select(m => new Highlight(m.ToSpan(), Markup.Of($"<mark class=\"hit\">"), Markup.Of($"</mark>"))))}</p></li>
                """));
            var body = results.Count == 0
                ? Markup.Of($"<p>No article contains all of: <strong>{query}</strong>.</p>")
                : Markup.Of($"<p>{results.Count} article(s) for <strong>{query}</strong>.</p><ol class=\"results\">{Markup.Join(items)}</ol>");
            return Layout.Html(Layout.Page($"Search: {query}", Markup.Of($"<h1>Search</h1>{body}"), query));
        }).ExcludeFromDescription();
        return app;
    }
}
