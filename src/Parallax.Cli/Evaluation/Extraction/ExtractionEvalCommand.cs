using System.CommandLine;
using System.Text.Json;

namespace Parallax.Cli.Evaluation.Extraction;

/// <summary>
/// `parallax eval extraction --data DIR [--json] [--predictions DIR]`: article-body extraction scored
/// with the article-extraction benchmark's metric (see <see cref="ShingleScorer"/>), plus pages/s.
/// --predictions writes DIR/parallax.json in the format the benchmark's evaluate.py reads.
/// </summary>
internal static class ExtractionEvalCommand
{
    public static Command Create(CliContext context)
    {
        var data = ExtractionDataset.DataOption();
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var predictions = new Option<DirectoryInfo?>("--predictions") { Description = "Write DIR/parallax.json (id -> {\"articleBody\": ...}) for the official scorer.", HelpName = "DIR" };
        var command = new Command("extraction", "Article body extraction from HTML: F1 over 4-word shingles, exact-match accuracy, pages/s.") { data, json, predictions };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(predictions)));
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo data, bool asJson, DirectoryInfo? predictions)
    {
        if (ExtractionDataset.LoadOrReport(context, "eval extraction", data) is not { } pages)
        {
            return ExitCodes.NothingToDo;
        }

        var run = ExtractionEvaluation.Extract(pages);
        var score = ExtractionEvaluation.Score(pages, run.Bodies);
        if (predictions is not null)
        {
            WritePredictions(predictions, pages, run.Bodies);
        }

        var rows = new List<(string, double)>
        {
            ("pages", pages.Count),
            ("F1", score.F1),
            ("precision", score.Precision),
            ("recall", score.Recall),
            ("accuracy", score.Accuracy),
            ("pages refused (empty body)", run.Rejected),
            ("pages/s (extraction only)", run.PagesPerSecond),
        };
        var figures = new Dictionary<string, object?>
        {
            ["task"] = "extraction",
            ["pages"] = pages.Count,
            ["f1"] = score.F1,
            ["precision"] = score.Precision,
            ["recall"] = score.Recall,
            ["accuracy"] = score.Accuracy,
            ["rejected"] = run.Rejected,
            ["pagesPerSecond"] = run.PagesPerSecond,
        };
        EvalReport.Write(context, $"Article extraction on {data.Name} ({pages.Count} pages)", rows, figures, asJson);
        return ExitCodes.Success;
    }

    private static void WritePredictions(DirectoryInfo directory, List<ExtractionPage> pages, IReadOnlyList<string> bodies)
    {
        directory.Create();
        var output = pages.Select((p, i) => (p.Id, Body: bodies[i]))
            .ToDictionary(p => p.Id, p => new Dictionary<string, string> { ["articleBody"] = p.Body });
        File.WriteAllText(Path.Combine(directory.FullName, "parallax.json"), JsonSerializer.Serialize(output));
    }
}
