using Parallax.Briefing;
using Parallax.Web.Articles;
using Parallax.Web.Assets;
using Parallax.Web.Corpus;
using Parallax.Web.Entities;
using Parallax.Web.Overrides;
using Parallax.Web.Quotes;
using Parallax.Web.Search;
using Parallax.Web.Security;
using Parallax.Web.Stories;

namespace Parallax.Web;

/// <summary>
/// Builds the Parallax web application: the REST API under /api, the HTML pages and the OpenAPI
/// document, all reading one store. Used by Program.cs, by 'parallax serve' and by the tests.
/// </summary>
public static class ParallaxWebApp
{
    /// <summary>Kestrel's address when none is configured: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Settings are read from the final configuration, so hosts and tests that add their own
        // (WebApplicationFactory applies them late) are honoured. Without "urls" Kestrel listens
        // on localhost:5000 only.
        builder.Services.AddSingleton(services => ParallaxWebOptions.From(services.GetRequiredService<IConfiguration>()));
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = ParallaxWebOptions.From(context.Configuration).MaxRequestBodyBytes);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<CorpusCache>();
        builder.Services.AddSingleton<ApiAccess>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => BriefingJson.Apply(json.SerializerOptions));

        var app = builder.Build();

        // Open the store and analyze it now: a bad --db fails at startup (not on the first
        // request), and the first visitor does not wait for the analysis.
        try
        {
            _ = app.Services.GetRequiredService<CorpusCache>().Current;
        }
        catch
        {
            ((IDisposable)app).Dispose();
            throw;
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.MapOpenApi();
        app.MapAssets();
        app.MapStoriesApi();
        app.MapArticlesApi();
        app.MapEntitiesApi();
        app.MapQuotesApi();
        app.MapSearchApi();
        app.MapOverridesApi();
        app.MapStoryPages();
        app.MapArticlePages();
        app.MapEntityPages();
        app.MapSearchPages();
        return app;
    }
}
