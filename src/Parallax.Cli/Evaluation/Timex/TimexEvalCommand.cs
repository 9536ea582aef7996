using System.CommandLine;
using System.Text;

namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// `parallax eval timex --data DIR [--json] [--predictions DIR]`: TempEval-3 style scoring of
/// time expressions on every TimeML .tml file under DIR.
/// </summary>
internal static class TimexEvalCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder searched recursively for TimeML .tml files (e.g. ../shared/datasets/timebank).",
            Required = true,
            HelpName = "DIR",
        };
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var predictions = new Option<DirectoryInfo?>("--predictions")
        {
            Description = "Write each document back as TimeML with the system's TIMEX3 tags (same file names, same text).",
            HelpName = "DIR",
        };
        var command = new Command("timex", "Time expressions, TempEval-3 style: strict/relaxed span P/R/F1, type accuracy and value F1.") { data, json, predictions };
#if RECOGNIZERS_EXPERIMENT
        var recognizer = new Option<string>("--recognizer") { Description = "Experiment only: microsoft, fill or values." };
        command.Options.Add(recognizer);
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(predictions), parse.GetValue(recognizer)));
#else
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(predictions)));
#endif
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo data, bool json, DirectoryInfo? predictions, string? recognizer = null)
    {
        List<TimeMlDocument> documents;
        try
        {
            documents = Read(data);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"parallax eval timex: {e.Message}");
            return ExitCodes.NothingToDo;
        }

#if RECOGNIZERS_EXPERIMENT
        var experiment = recognizer is null ? null : new MicrosoftRecognizerExperiment(recognizer);
        var result = TimexEvaluation.Run(documents, experiment is null ? null : experiment.Rewrite);
        if (experiment is not null)
        {
            context.Error.WriteLine($"Microsoft recognizer ({recognizer}): {result.Sentences / experiment.Elapsed.TotalSeconds:F0} sentences/s");
        }
#else
        _ = recognizer;
        var result = TimexEvaluation.Run(documents);
#endif
        if (predictions is not null)
        {
            Directory.CreateDirectory(predictions.FullName);
            foreach (var (document, system) in result.Documents)
            {
                File.WriteAllText(Path.Combine(predictions.FullName, document.Name), TimeMlWriter.Write(document, system), new UTF8Encoding(false));
            }
        }

        var s = result.Score;
        var rows = new List<(string, double)>
        {
            ("gold timexes", s.Gold), ("system timexes", s.System),
            ("strict precision", s.StrictPrecision), ("strict recall", s.StrictRecall), ("strict F1", s.StrictF1),
            ("relaxed precision", s.RelaxedPrecision), ("relaxed recall", s.RelaxedRecall), ("relaxed F1", s.RelaxedF1),
            ("type accuracy", s.TypeAccuracy), ("type F1", s.TypeF1),
            ("value accuracy", s.ValueAccuracy), ("value F1", s.ValueF1),
            ("time stage sentences/s", result.TimeSentencesPerSecond), ("quantity stage sentences/s", result.QuantitySentencesPerSecond),
            ("baseline: segmentation sentences/s", result.SegmentationSentencesPerSecond),
            ("time stage cost / segmentation", result.TimeStageCostRatio), ("quantity stage cost / segmentation", result.QuantityStageCostRatio),
        };
        var figures = new Dictionary<string, object?>
        {
            ["documents"] = documents.Count, ["gold"] = s.Gold, ["system"] = s.System,
            ["strictPrecision"] = s.StrictPrecision, ["strictRecall"] = s.StrictRecall, ["strictF1"] = s.StrictF1,
            ["relaxedPrecision"] = s.RelaxedPrecision, ["relaxedRecall"] = s.RelaxedRecall, ["relaxedF1"] = s.RelaxedF1,
            ["typeAccuracy"] = s.TypeAccuracy, ["typeF1"] = s.TypeF1,
            ["valueAccuracy"] = s.ValueAccuracy, ["valuePrecision"] = s.ValuePrecision, ["valueRecall"] = s.ValueRecall, ["valueF1"] = s.ValueF1,
            ["sentences"] = result.Sentences,
            ["timeSentencesPerSecond"] = result.TimeSentencesPerSecond, ["quantitySentencesPerSecond"] = result.QuantitySentencesPerSecond,
            ["segmentationSentencesPerSecond"] = result.SegmentationSentencesPerSecond,
            ["timeStageCostRatio"] = result.TimeStageCostRatio, ["quantityStageCostRatio"] = result.QuantityStageCostRatio,
        };
        EvalReport.Write(context, $"Time expressions (TempEval-3 scoring), {documents.Count} documents in {data.Name}", rows, figures, json);
        return ExitCodes.Success;
    }

    /// <summary>Every .tml file under the folder, skipping hidden files (such as macOS "._" resource forks).</summary>
    private static List<TimeMlDocument> Read(DirectoryInfo data)
    {
        if (!data.Exists)
        {
            throw new IOException($"data folder '{data.FullName}' does not exist");
        }

        var files = data.EnumerateFiles("*.tml", SearchOption.AllDirectories)
            .Where(f => !f.Name.StartsWith('.'))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"no TimeML .tml files under '{data.FullName}'");
        }

        return [.. files.Select(f => TimeMlDocument.Parse(f.Name, File.ReadAllText(f.FullName)))];
    }
}
