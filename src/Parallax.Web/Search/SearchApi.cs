using Microsoft.AspNetCore.Http.HttpResults;
using Parallax.Web.Articles;
using Parallax.Web.Corpus;

namespace Parallax.Web.Search;

/// <summary>A full-text match: the article, an excerpt, and the matched words as spans into the excerpt.</summary>
public sealed record SearchResult(string ArticleId, string Title, string? Outlet, string? Published, string? StoryId, string Snippet, IReadOnlyList<SpanRef> Matches);

/// <summary>/api/search: full-text search over article titles and text (SQLite FTS5, all words must occur).</summary>
internal static class SearchApi
{
    public const int MaxResults = 50;

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/search").WithTags("Search")
            .MapGet("/", Get)
            .WithSummary($"Articles containing every word of q, most relevant first (at most {MaxResults}).");
        return app;
    }

    internal static Results<Ok<IReadOnlyList<SearchResult>>, ValidationProblem> Get(string? q, StoreAccess store, CorpusCache cache)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give 1 to 500 characters to search for."] });
        }

        return TypedResults.Ok(Find(q, store, cache.Current));
    }

    internal static IReadOnlyList<SearchResult> Find(string q, StoreAccess store, CorpusSnapshot snapshot) =>
        [.. store.Search(q, MaxResults).Select(hit =>
        {
            var entry = snapshot.Article(hit.ArticleId);
            return new SearchResult(hit.ArticleId, hit.Title, entry?.Outlet, entry?.Published, entry?.StoryId, hit.Snippet, [.. hit.Matches.Select(m => new SpanRef(m.Start, m.Length))]);
        })];
}
