using System.CommandLine;

namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>`parallax eval quotes --data DIR [--json] [--predictions DIR]`: quotation and attribution against PolNeAR-layout data.</summary>
internal static class QuotesEvalCommand
{
    public static Command Create(CliContext context)
    {
        var data = EvalOptions.Data("a folder in the PolNeAR layout, text/*.txt with brat attributions/*.ann");
        var json = EvalOptions.Json();
        var predictions = EvalOptions.Predictions("one brat .ann file per document, in PolNeAR's Source/Cue/Content scheme");
        var command = new Command(
            "quotes",
            "Score quotations against attribution annotations: content P/R/F1 (overlap and exact), cue F1 and source accuracy, " +
            "over all attributions and over those with a cue of saying or reporting.")
        {
            data, json, predictions,
        };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(predictions)));
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo data, bool json, DirectoryInfo? predictions)
    {
        IReadOnlyList<PolNearDocument> documents;
        try
        {
            documents = PolNearCorpus.Read(data.FullName);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"parallax eval quotes: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        context.Error.WriteLine($"eval quotes: {documents.Count} documents, {documents.Sum(d => d.Gold.Count)} gold attributions");
        var result = QuotesEvaluation.Run(documents, predictions);
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-9);
        var rows = new List<(string, double)>();
        var figures = new Dictionary<string, object?>
        {
            ["documents"] = result.Documents,
            ["sentencesPerSecond"] = result.Sentences / seconds,
            ["documentsPerSecond"] = result.Documents / seconds,
        };
        foreach (var (prefix, label, counts) in new[] { ("", "all", result.All), ("speech", "speech", result.Speech) })
        {
            string Key(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];
            var (p, r, f) = counts.Content;
            var exact = counts.ContentExact;
            rows.Add(($"{label}: content precision (overlap)", p));
            rows.Add(($"{label}: content recall (overlap)", r));
            rows.Add(($"{label}: content F1 (overlap)", f));
            rows.Add(($"{label}: content F1 (exact)", exact.F1));
            rows.Add(($"{label}: cue F1", counts.Cue.F1));
            rows.Add(($"{label}: source accuracy", counts.SourceAccuracy));
            rows.Add(($"{label}: gold attributions", counts.Gold));
            rows.Add(($"{label}: system quotes", counts.System));
            figures[Key("contentPrecision")] = p;
            figures[Key("contentRecall")] = r;
            figures[Key("contentF1")] = f;
            figures[Key("contentExactF1")] = exact.F1;
            figures[Key("cueF1")] = counts.Cue.F1;
            figures[Key("sourceAccuracy")] = counts.SourceAccuracy;
            figures[Key("gold")] = counts.Gold;
            figures[Key("system")] = counts.System;
        }

        rows.Add(("sentences/s (segmentation, entities, quotes)", result.Sentences / seconds));
        EvalReport.Write(context, $"Quotes on {data.Name}: {result.Documents} documents", rows, figures, json);
        if (predictions is not null)
        {
            context.Error.WriteLine($"eval quotes: predictions written to {predictions.FullName}");
        }

        return ExitCodes.Success;
    }
}
