using System.Text.Json.Nodes;
using Json.Schema;

namespace Parallax.Cli.Tests;

/// <summary>Validates briefing JSON against the published contract in docs/briefing.schema.json.</summary>
internal static class BriefingSchema
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "briefing.schema.json")));

    public static void AssertValid(string json)
    {
        var result = Schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
        Assert.True(result.IsValid, "briefing does not match docs/briefing.schema.json:\n" + string.Join("\n", errors.Take(20)));
    }
}
