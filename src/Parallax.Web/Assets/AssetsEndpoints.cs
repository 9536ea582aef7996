using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Parallax.Web.Assets;

/// <summary>
/// Serves the stylesheet and any other file under wwwroot/, embedded in the assembly and held in
/// memory: nothing comes from a CDN, and no request can name a file on disk.
/// </summary>
internal static class AssetsEndpoints
{
    private const string Prefix = "wwwroot/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static IEndpointRouteBuilder MapAssets(this IEndpointRouteBuilder app)
    {
        var assets = Load();
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
        }).ExcludeFromDescription();
        return app;
    }

    private static Dictionary<string, (byte[] Content, string ContentType, string ETag)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var content = memory.ToArray();
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(resource), "application/octet-stream");
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content), 0, 8) + "\"";
            assets[resource[Prefix.Length..]] = (content, type, etag);
        }

        return assets;
    }
}
