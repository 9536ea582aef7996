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

    /// <summary>
    /// Every address the configuration can make Kestrel listen on: "urls", the port settings
    /// (HTTP_PORTS/HTTPS_PORTS, which bind every interface) and Kestrel:Endpoints.
    /// </summary>
    private static List<string> ConfiguredUrls(IConfiguration configuration)
    {
        var urls = new List<string>();
        urls.AddRange((configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            urls.AddRange((configuration[key] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(port => $"{scheme}://*:{port}"));
        }

        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>());
        return urls;
    }

    public static ParallaxWebOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var token = section["ApiToken"] ?? configuration[TokenVariable];
        var urls = ConfiguredUrls(configuration);
        return new ParallaxWebOptions
        {
            Database = section["Database"] is { Length: > 0 } db ? db : "parallax.db",
            ApiToken = string.IsNullOrEmpty(token) ? null : token,
            Urls = urls.Count == 0 ? ParallaxWebApp.DefaultUrl : string.Join(';', urls),
            MaxRequestBodyBytes = section.GetValue<long?>("MaxRequestBodyBytes") ?? 2 * 1024 * 1024,
        };
    }
}
