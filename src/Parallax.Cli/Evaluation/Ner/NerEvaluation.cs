using System.CommandLine;
using System.Diagnostics;
using Parallax.Cli.Datasets;
using Parallax.Entities.Ner;

namespace Parallax.Cli.Evaluation.Ner;

/// <summary>
/// `parallax eval ner --data FILE`: tags a CoNLL file with the named-entity model and scores it
/// as conlleval does (exact-match micro P/R/F1, overall and per type), plus tagging speed in
/// tokens per second on one thread (feature extraction and decoding; reading the file excluded):
/// the fastest of several passes after a warm-up, the steady-state speed of a long-running ingest.
/// </summary>
internal static class NerEvaluation
{
    private const int TimedPasses = 5;

    public static Command Create(CliContext context)
    {
        var data = new Option<FileInfo>("--data") { Description = "CoNLL file: token in the first column, IOB1/IOB2 tag in the last.", Required = true, HelpName = "FILE" };
        var model = new Option<FileInfo?>("--model") { Description = "A model written by 'parallax train ner' instead of the shipped one.", HelpName = "MODEL" };
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var predictions = new Option<DirectoryInfo?>("--predictions") { Description = "Write DIR/predictions.conll: each input line plus the predicted tag (conlleval's input).", HelpName = "DIR" };
        var command = new Command("ner", "Named-entity recognition on CoNLL-2003-format data: conlleval P/R/F1 and tokens/s.") { data, model, json, predictions };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(model), parse.GetValue(json), parse.GetValue(predictions)));
        return command;
    }

    private static int Run(CliContext context, FileInfo data, FileInfo? modelFile, bool json, DirectoryInfo? predictionsDir)
    {
        ConllFile file;
        NerModel model;
        try
        {
            file = ConllFile.Read(data.FullName);
            model = LoadModel(modelFile);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            context.Error.WriteLine($"parallax eval ner: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        if (file.Sentences.Count == 0)
        {
            context.Error.WriteLine($"parallax eval ner: {data.FullName}: no tagged tokens");
            return ExitCodes.NothingToDo;
        }

        var tagger = new NamedEntityTagger(model);
        var predicted = file.Sentences.Select(s => new int[s.Tokens.Length]).ToArray();
        var fastest = TimeSpan.MaxValue;
        for (var pass = 0; pass <= TimedPasses; pass++)
        {
            var stopwatch = Stopwatch.StartNew();
            TagAll(tagger, file, predicted);
            // Pass 0 warms up (JIT, caches); of the rest the fastest is least disturbed by other processes.
            fastest = pass == 0 ? fastest : TimeSpan.FromTicks(Math.Min(fastest.Ticks, stopwatch.Elapsed.Ticks));
        }

        var scorer = new ChunkScorer();
        for (var i = 0; i < file.Sentences.Count; i++)
        {
            scorer.Add(file.Sentences[i].GoldTags, [.. predicted[i].Select(NerTags.Name)]);
        }

        if (predictionsDir is not null)
        {
            PredictionsWriter.Write(file, predicted, predictionsDir);
        }

        var tokensPerSecond = file.TokenCount / fastest.TotalSeconds;
        Report(context, data.Name, scorer, file.TokenCount, tokensPerSecond, json);
        return ExitCodes.Success;
    }

    private static void TagAll(NamedEntityTagger tagger, ConllFile file, int[][] predicted)
    {
        for (var i = 0; i < file.Sentences.Count; i++)
        {
            tagger.Tag(file.Sentences[i].Tokens, predicted[i]);
        }
    }

    private static NerModel LoadModel(FileInfo? modelFile)
    {
        if (modelFile is null)
        {
            return ShippedNerModel.Load();
        }

        using var stream = modelFile.Exists ? modelFile.OpenRead() : throw new FileNotFoundException($"{modelFile.FullName}: no such model file");
        return NerModel.Load(stream);
    }

    private static void Report(CliContext context, string name, ChunkScorer scorer, int tokens, double tokensPerSecond, bool json)
    {
        var overall = scorer.Overall;
        var rows = new List<(string, double)>
        {
            ("precision", overall.Precision),
            ("recall", overall.Recall),
            ("F1", overall.F1),
            ("token accuracy", scorer.Accuracy),
            ("gold entities", overall.Gold),
            ("found entities", overall.Predicted),
        };
        var perType = new Dictionary<string, object?>();
        foreach (var (type, counts) in scorer.ByType)
        {
            rows.Add(($"{type} precision", counts.Precision));
            rows.Add(($"{type} recall", counts.Recall));
            rows.Add(($"{type} F1", counts.F1));
            perType[type] = new { precision = counts.Precision, recall = counts.Recall, f1 = counts.F1, gold = counts.Gold, predicted = counts.Predicted, correct = counts.Correct };
        }

        rows.Add(("tokens", tokens));
        rows.Add(("tokens/s (one thread)", tokensPerSecond));
        var figures = new Dictionary<string, object?>
        {
            ["task"] = "ner",
            ["tokens"] = tokens,
            ["phrases"] = overall.Gold,
            ["foundPhrases"] = overall.Predicted,
            ["correctPhrases"] = overall.Correct,
            ["precision"] = overall.Precision,
            ["recall"] = overall.Recall,
            ["f1"] = overall.F1,
            ["accuracy"] = scorer.Accuracy,
            ["tokensPerSecond"] = tokensPerSecond,
            ["types"] = perType,
        };
        EvalReport.Write(context, $"NER on {name}", rows, figures, json);
    }
}
