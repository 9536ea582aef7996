using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Cli.Benchmarks;
using Parallax.Cli.Datasets;
using Spectre.Console;

namespace Parallax.Cli.Commands;

internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "ECB+ folder of <topic>/<doc>.xml files whose text is run through the pipeline.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "datasets", "ecbplus", "ECB+")),
            HelpName = "DIR",
        };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N documents.", HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var pipeline = new Command("pipeline", "Articles/s, MB/s and peak memory of the whole pipeline, against a clean+segment baseline run in the same process.") { data, limit, json };
        pipeline.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(limit), parse.GetValue(json)));
        return new Command("bench", "Measure throughput and peak memory (see docs/benchmarks.md).") { pipeline, ExtractionBenchCommand.Create(context), ClusteringBenchCommand.Create(context) };
    }

    private static int Run(CliContext context, DirectoryInfo data, int? limit, bool json)
    {
        List<Articles.ArticleInput> inputs;
        try
        {
            inputs = [.. EcbPlusDocuments.ReadAll(data.FullName).Select(d => d.Input).Take(limit ?? int.MaxValue)];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Xml.XmlException)
        {
            context.Error.WriteLine($"parallax bench: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        var (baseline, full, stages, peak) = PipelineBenchmark.Run(inputs, step => context.Error.WriteLine($"bench: {step}..."));
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"{inputs.Count} ECB+ articles, {full.Bytes / 1_048_576.0:F2} MB of text") };
        table.AddColumns("Phase", "Seconds", "Articles/s", "MB/s", "Allocated MB");
        foreach (var phase in new[] { baseline, full })
        {
            table.AddRow(
                phase.Name,
                phase.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture),
                phase.ArticlesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
                phase.MegabytesPerSecond.ToString("F3", CultureInfo.InvariantCulture),
                (phase.AllocatedBytes / 1_048_576.0).ToString("F0", CultureInfo.InvariantCulture));
        }

        context.Out.Write(table);
        var breakdown = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Where the full pipeline's time goes") };
        breakdown.AddColumns("Stage", "Seconds", "Share");
        foreach (var (stage, elapsed) in stages)
        {
            breakdown.AddRow(
                Markup.Escape(stage),
                elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture),
                (elapsed / full.Elapsed).ToString("P0", CultureInfo.InvariantCulture));
        }

        context.Out.Write(breakdown);
        var ratio = full.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds;
        context.Out.WriteLine($"full pipeline takes {ratio:F1}x the baseline's time; peak working set {peak / 1_048_576.0:F0} MB");
        if (json)
        {
            var figures = new
            {
                articles = inputs.Count,
                megabytes = full.Bytes / 1_048_576.0,
                articlesPerSecond = full.ArticlesPerSecond,
                megabytesPerSecond = full.MegabytesPerSecond,
                baselineArticlesPerSecond = baseline.ArticlesPerSecond,
                baselineMegabytesPerSecond = baseline.MegabytesPerSecond,
                ratioToBaseline = ratio,
                peakWorkingSetMegabytes = peak / 1_048_576.0,
                allocatedMegabytes = full.AllocatedBytes / 1_048_576.0,
            };
            context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(figures));
        }

        return ExitCodes.Success;
    }
}
