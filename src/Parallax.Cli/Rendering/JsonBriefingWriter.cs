using System.Text.Json;
using Parallax.Briefing;

namespace Parallax.Cli.Rendering;

/// <summary>Writes the briefing in the documented JSON contract (docs/briefing.schema.json).</summary>
internal static class JsonBriefingWriter
{
    internal static JsonSerializerOptions Options => BriefingJson.Options;

    public static string Write(BriefingDocument document) => JsonSerializer.Serialize(document, Options);
}
