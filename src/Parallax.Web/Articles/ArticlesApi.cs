using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Parallax.Briefing;
using Parallax.Cleaning;
using Parallax.Web.Corpus;
using Parallax.Web.Security;

namespace Parallax.Web.Articles;

/// <summary>/api/articles: one article with its annotations, and ingest of new articles.</summary>
internal static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/articles").WithTags("Articles");
        api.MapGet("/{id}", Get)
            .WithSummary("An article's metadata, cleaned text, and entities, quotes, times and quantities as spans into the text.");
        api.MapPost("/", Post)
            .Accepts<ArticlePost>("application/json", "text/html")
            .Produces<ArticleEntry>(StatusCodes.Status201Created)
            .Produces<ArticleEntry>()
            .ProducesValidationProblem()
            .WithSummary("Ingests one article (text or HTML) as the CLI does; re-posting the same article is a no-op. Needs the API token when the server listens beyond loopback.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    internal static Results<Ok<ArticleDetail>, ProblemHttpResult> Get(string id, CorpusCache cache)
    {
        var snapshot = cache.Current;
        return snapshot.Article(id) is { } entry && snapshot.Analysis(id) is { } analysis
            ? TypedResults.Ok(ArticleDetail.From(entry, analysis, snapshot.EntityIndex))
            : NotFound(id);
    }

    /// <summary>
    /// Reads the body itself rather than through parameter binding, so that an unauthorized request
    /// is refused before its body is parsed and a malformed body gets a problem naming it.
    /// </summary>
    internal static async Task<IResult> Post(HttpRequest request, CorpusCache cache, ApiAccess access, ParallaxWebOptions options, IOptions<JsonOptions> json)
    {
        if (access.Check(request) is { } denied)
        {
            return denied;
        }

        if (request.ContentLength > options.MaxRequestBodyBytes)
        {
            return TooLarge(options);
        }

        var isHtml = request.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (!request.HasJsonContentType() && !isHtml)
        {
            return TypedResults.Problem(title: "Unsupported media type", detail: "Send the article as application/json, or a page as text/html.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        ArticlePost? article;
        try
        {
            using var body = await ReadLimitedAsync(request, options.MaxRequestBodyBytes).ConfigureAwait(false);
            if (body is null)
            {
                return TooLarge(options);
            }

            article = isHtml
                ? ArticlePost.FromPage(await new StreamReader(body).ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false), request.Query)
                : await JsonSerializer.DeserializeAsync<ArticlePost>(body, json.Value.SerializerOptions, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"Not a valid JSON article: {e.Message}"] });
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem(title: "Bad request body", detail: e.Message, statusCode: e.StatusCode);
        }

        if (article is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object with 'text' or 'html'."] });
        }

        var (input, errors) = article.Validate();
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        Parallax.Articles.Article prepared;
        try
        {
            prepared = new ArticlePreparer().Prepare(input);
        }
        catch (ArticleRejectedException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [input.Html is null ? "text" : "html"] = [e.Message] });
        }

        var added = cache.Write(store => store.AddArticles([prepared]), count => count > 0);
        var entry = cache.Current.Article(prepared.Id);
        return added > 0
            ? TypedResults.Created($"/api/articles/{prepared.Id}", entry)
            : TypedResults.Ok(entry);
    }

    /// <summary>
    /// The body, or null when it is longer than the limit. Kestrel enforces the limit too, but a
    /// chunked body has no length up front and other servers (the test server) do not enforce it.
    /// </summary>
    private static async Task<MemoryStream?> ReadLimitedAsync(HttpRequest request, long limit)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static ProblemHttpResult TooLarge(ParallaxWebOptions options) =>
        TypedResults.Problem(title: "Request body too large", detail: $"The limit is {options.MaxRequestBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);

    internal static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Article not found", detail: $"No article with id '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
