using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parallax.Briefing;

/// <summary>
/// The serializer settings of the briefing's JSON contract (docs/briefing.schema.json), shared by
/// every writer of it (the CLI's json format, the web API) so the shapes cannot drift apart.
/// </summary>
public static class BriefingJson
{
    public static JsonSerializerOptions Options { get; } = Apply(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>Sets the contract's naming and escaping on <paramref name="options"/> (which a host may own).</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Article text is hostile: keep "<" and "&" escaped so the JSON is safe to embed in a page.
        options.Encoder = JavaScriptEncoder.Default;
        return options;
    }
}
