using Microsoft.AspNetCore.Http.HttpResults;
using Parallax.Briefing;
using Parallax.Web.Corpus;

namespace Parallax.Web.Quotes;

/// <summary>/api/quotes: quotations filtered by speaker (any spelling or description) and by story.</summary>
internal static class QuotesApi
{
    public static IEndpointRouteBuilder MapQuotesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/quotes").WithTags("Quotes")
            .MapGet("/", List)
            .WithSummary("Quotes with speaker, cue and relay outlet; speaker matches a name, spelling variant or unnamed source's description.");
        return app;
    }

    internal static Results<Ok<IReadOnlyList<StoryQuote>>, ProblemHttpResult> List(CorpusCache cache, string? speaker, string? story)
    {
        var snapshot = cache.Current;
        if (story is not null && snapshot.Story(story) is null)
        {
            return TypedResults.Problem(title: "Story not found", detail: $"No story with id '{story}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var document = story is null ? snapshot.Document : snapshot.Document with { Stories = [snapshot.Story(story)!] };
        return TypedResults.Ok(QuoteSelection.Select(document, string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim()));
    }
}
