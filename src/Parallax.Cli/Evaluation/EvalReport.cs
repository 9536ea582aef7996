using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Parallax.Cli.Evaluation;

/// <summary>
/// Prints an evaluation's figures the same way for every task: a readable table, and with --json
/// one JSON object as the very last line of standard output (what scripts parse).
/// </summary>
internal static class EvalReport
{
    public static void Write(CliContext context, string title, IReadOnlyList<(string Metric, double Value)> rows, IReadOnlyDictionary<string, object?> json, bool asJson)
    {
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumns("Metric", "Value");
        foreach (var (metric, value) in rows)
        {
            table.AddRow(Markup.Escape(metric), value.ToString(Math.Abs(value) >= 100 ? "F0" : "F4", CultureInfo.InvariantCulture));
        }

        context.Out.Write(table);
        if (asJson)
        {
            context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(json));
        }
    }
}
