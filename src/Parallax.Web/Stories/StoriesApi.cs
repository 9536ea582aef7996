using Microsoft.AspNetCore.Http.HttpResults;
using Parallax.Briefing;
using Parallax.Web.Corpus;

namespace Parallax.Web.Stories;

/// <summary>/api/stories: the story list (filtered, paged) and one story's full briefing.</summary>
internal static class StoriesApi
{
    public static IEndpointRouteBuilder MapStoriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/stories").WithTags("Stories");
        api.MapGet("/", List)
            .WithSummary("Stories, most recent first; q filters by headline, outlet or entity name.");
        api.MapGet("/{id}", Get)
            .WithSummary("One story's briefing, in the shape of docs/briefing.schema.json (its articles and the story).");
        return app;
    }

    internal static Results<Ok<PageOf<StorySummary>>, ValidationProblem> List(CorpusCache cache, string? q, int page = 1, int pageSize = Paging.DefaultSize)
    {
        var errors = Paging.Check(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(Paging.Slice(Matching(cache.Current, q), page, pageSize));
    }

    internal static Results<Ok<BriefingDocument>, ProblemHttpResult> Get(string id, CorpusCache cache)
    {
        var snapshot = cache.Current;
        return snapshot.Story(id) is { } story
            ? TypedResults.Ok(new BriefingDocument(snapshot.ArticlesOf(story), [story]))
            : NotFound(id);
    }

    internal static IReadOnlyList<StorySummary> Matching(CorpusSnapshot snapshot, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return snapshot.Stories;
        }

        var text = q.Trim();
        bool Has(string? value) => value?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
        return [.. snapshot.Stories.Where(summary =>
            Has(summary.Headline)
            || snapshot.Story(summary.Id) is { } story
            && (snapshot.ArticlesOf(story).Any(a => Has(a.Outlet) || Has(a.Title))
                || story.Entities.Any(e => Has(e.Name) || e.Aliases.Any(Has))))];
    }

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Story not found", detail: $"No story with id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
