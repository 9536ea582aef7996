using Parallax.Briefing;
using Parallax.Web.Articles;
using Parallax.Web.Assets;
using Parallax.Web.Corpus;
using Parallax.Web.Entities;
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
        var options = ParallaxWebOptions.From(builder.Configuration);
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<CorpusCache>();
        builder.Services.AddSingleton<ApiAccess>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => BriefingJson.Apply(json.SerializerOptions));

        var app = builder.Build();
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
        app.MapStoryPages();
        app.MapArticlePages();
        app.MapEntityPages();
        app.MapSearchPages();
        return app;
    }
}
