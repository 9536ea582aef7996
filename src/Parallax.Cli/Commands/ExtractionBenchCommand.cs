using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Cli.Benchmarks;
using Parallax.Cli.Evaluation.Extraction;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax bench extraction`: pages/s of Parallax's HTML extraction against readability.js on the
/// same preloaded pages in the same session, and the ratio between them.
/// </summary>
internal static class ExtractionBenchCommand
{
    public static Command Create(CliContext context)
    {
        var data = ExtractionDataset.DataOption();
        var baseline = new Option<DirectoryInfo>("--baseline")
        {
            Description = "Folder of the readability.js baseline (installed on first use by its setup.sh).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("bench", "readability")),
            HelpName = "DIR",
        };
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var command = new Command("extraction", "HTML extraction pages/s, Parallax against readability.js (jsdom) on the same pages.") { data, baseline, json };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(baseline)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo data, DirectoryInfo baseline, bool asJson)
    {
        if (ExtractionDataset.LoadOrReport(context, "bench extraction", data) is not { } pages)
        {
            return ExitCodes.NothingToDo;
        }

        context.Error.WriteLine($"bench: Parallax on {pages.Count} pages...");
        var parallax = ExtractionEvaluation.Extract(pages).PagesPerSecond;
        context.Error.WriteLine("bench: readability.js on the same pages...");
        var (readability, problem) = ReadabilityBaseline.Run([.. pages.Select(p => p.Html)], baseline.FullName, context.Error);
        if (problem is not null)
        {
            context.Error.WriteLine($"bench: {problem}");
        }

        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"HTML extraction, {pages.Count} pages preloaded") };
        table.AddColumns("Extractor", "Pages/s");
        table.AddRow("Parallax (AngleSharp)", parallax.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("readability.js 0.6 (jsdom)", readability?.ToString("F1", CultureInfo.InvariantCulture) ?? "unavailable");
        context.Out.Write(table);
        var ratio = readability is > 0 ? parallax / readability : null;
        if (ratio is not null)
        {
            context.Out.WriteLine($"Parallax extracts {ratio:F2}x as many pages per second as readability.js");
        }

        if (asJson)
        {
            context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new { pages = pages.Count, pagesPerSecond = parallax, readabilityPagesPerSecond = readability, ratio }));
        }

        return readability is null ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }
}
