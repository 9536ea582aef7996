namespace Parallax.Web;

/// <summary>The server's settings, from configuration (section "Parallax", command line or environment).</summary>
public sealed class ParallaxWebOptions
{
    public const string Section = "Parallax";

    /// <summary>The environment variable (or top-level setting) holding the API token for POST ingest.</summary>
    public const string TokenVariable = "PARALLAX_API_TOKEN";

    public string Database { get; init; } = "parallax.db";

    /// <summary>Bearer token that POST /api/articles requires; null when none is configured.</summary>
    public string? ApiToken { get; init; }

    /// <summary>The addresses the server listens on, as configured ("urls"), to tell loopback from exposed.</summary>
    public string Urls { get; init; } = ParallaxWebApp.DefaultUrl;

    /// <summary>Largest request body accepted: an article is text, 2 MB is generous.</summary>
    public long MaxRequestBodyBytes { get; init; } = 2 * 1024 * 1024;

    public static ParallaxWebOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var token = section["ApiToken"] ?? configuration[TokenVariable];
        var urls = configuration["urls"];
        return new ParallaxWebOptions
        {
            Database = section["Database"] is { Length: > 0 } db ? db : "parallax.db",
            ApiToken = string.IsNullOrEmpty(token) ? null : token,
            Urls = string.IsNullOrWhiteSpace(urls) ? ParallaxWebApp.DefaultUrl : urls,
            MaxRequestBodyBytes = section.GetValue<long?>("MaxRequestBodyBytes") ?? 2 * 1024 * 1024,
        };
    }
}
