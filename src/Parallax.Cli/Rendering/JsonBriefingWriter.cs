using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Briefing;

namespace Parallax.Cli.Rendering;

/// <summary>Writes the briefing in the documented JSON contract (docs/briefing.schema.json).</summary>
internal static class JsonBriefingWriter
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Article text is hostile: keep "<" and "&" escaped so the JSON is safe to embed in a page.
        Encoder = JavaScriptEncoder.Default,
    };

    public static string Write(BriefingDocument document) => JsonSerializer.Serialize(document, Options);
}
