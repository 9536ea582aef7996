using Microsoft.AspNetCore.Http.HttpResults;
using Parallax.Storage;
using Parallax.Web.Corpus;

namespace Parallax.Web.Overrides;

/// <summary>
/// /api/overrides: the manual story merges and splits, read-only (they are made and removed with
/// 'parallax story merge|split' and 'parallax story overrides remove'), each with whether it still
/// holds in the stored stories.
/// </summary>
internal static class OverridesApi
{
    public static IEndpointRouteBuilder MapOverridesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/overrides").WithTags("Overrides");
        api.MapGet("/", List)
            .WithSummary("Every manual merge and split, oldest first (the order they apply in), with its articles, when it was made and its status.");
        api.MapGet("/{id:long}", Get)
            .WithSummary("One manual override.");
        return app;
    }

    internal static Ok<IReadOnlyList<OverrideEntry>> List(StoreAccess store) =>
        TypedResults.Ok<IReadOnlyList<OverrideEntry>>([.. store.Use(s => s.CheckOverrides()).Select(OverrideEntry.From)]);

    internal static Results<Ok<OverrideEntry>, ProblemHttpResult> Get(long id, StoreAccess store) =>
        store.Use(s => s.CheckOverrides()).FirstOrDefault(o => o.Override.Override.Sequence == id) is { } state
            ? TypedResults.Ok(OverrideEntry.From(state))
            : TypedResults.Problem(title: "Override not found", detail: $"No override with id {id}.", statusCode: StatusCodes.Status404NotFound);
}
