using Microsoft.AspNetCore.Http.HttpResults;
using Parallax.Briefing;
using Parallax.Web.Corpus;

namespace Parallax.Web.Entities;

/// <summary>/api/entities: search entities by any spelling, and one entity with its stories and quotes.</summary>
internal static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/entities").WithTags("Entities");
        api.MapGet("/", List).WithSummary("Entities whose name or any spelling variant contains q, most mentioned first.");
        api.MapGet("/{id}", Get).WithSummary("One entity: spellings, roles, the stories mentioning it and its quotes.");
        return app;
    }

    internal static Results<Ok<PageOf<EntityEntry>>, ValidationProblem> List(CorpusCache cache, string? q, int page = 1, int pageSize = Paging.DefaultSize)
    {
        var errors = Paging.Check(page, pageSize);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var text = q?.Trim();
        var matching = string.IsNullOrEmpty(text)
            ? cache.Current.Entities
            : [.. cache.Current.Entities.Where(e => e.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase))
                || e.Demonyms.Any(d => d.Demonym.Contains(text, StringComparison.OrdinalIgnoreCase)))];
        return TypedResults.Ok(Paging.Slice(matching, page, pageSize));
    }

    internal static Results<Ok<EntityDetail>, ProblemHttpResult> Get(string id, CorpusCache cache)
    {
        var snapshot = cache.Current;
        return snapshot.Entity(id) is { } entity
            ? TypedResults.Ok(EntityDetail.From(entity, snapshot))
            : TypedResults.Problem(title: "Entity not found", detail: $"No entity with id '{id}'.", statusCode: StatusCodes.Status404NotFound);
    }
}
