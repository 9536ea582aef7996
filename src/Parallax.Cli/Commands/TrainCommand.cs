using System.CommandLine;
using Parallax.Cli.Datasets;
using Parallax.Entities.Ner;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax train ner --train FILE --dev FILE -o MODEL`: trains the named-entity model from
/// CoNLL files. With the defaults it reproduces the shipped model (docs/benchmarks.md).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var train = new Option<FileInfo>("--train") { Description = "CoNLL training file (token first, IOB tag last).", Required = true, HelpName = "FILE" };
        var dev = new Option<FileInfo>("--dev") { Description = "CoNLL development file; the epoch scoring best on it is kept.", Required = true, HelpName = "FILE" };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the model.", Required = true, HelpName = "MODEL" };
        var defaults = new NerTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs, HelpName = "N" };
        var unlabeled = new Option<string[]>("--unlabeled")
        {
            Description = "Unlabelled text to learn word clusters from: files or folders of .txt, ground-truth .json (articleBody), ECB+ .xml, TimeML .tml.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var ner = new Command("ner", "Train the named-entity recognizer (averaged structured perceptron).") { train, dev, output, epochs, unlabeled };
        ner.SetAction(parse => Run(context, parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, defaults with { Epochs = parse.GetValue(epochs) }, parse.GetValue(unlabeled) ?? []));
        return new Command("train", "Train a model from labelled data.") { ner };
    }

    private static int Run(CliContext context, FileInfo trainFile, FileInfo devFile, FileInfo output, NerTrainingOptions options, string[] unlabeled)
    {
        if (options.Epochs < 1)
        {
            context.Error.WriteLine("parallax train ner: --epochs must be at least 1");
            return ExitCodes.Usage;
        }

        ConllFile train, dev;
        List<IReadOnlyList<string>>? text = null;
        try
        {
            train = ConllFile.Read(trainFile.FullName);
            dev = ConllFile.Read(devFile.FullName);
            text = unlabeled.Length == 0 ? null : [.. UnlabeledText.Read(unlabeled)];
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or System.Xml.XmlException)
        {
            context.Error.WriteLine($"parallax train ner: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        context.Error.WriteLine($"train: {train.Sentences.Count} sentences, {train.TokenCount} tokens; dev: {dev.Sentences.Count} sentences");
        var model = NerTrainer.Train(
            [.. train.Sentences.Select(s => s.ToLabeled())],
            [.. dev.Sentences.Select(s => s.ToLabeled())],
            options,
            text,
            progress: line => context.Error.WriteLine($"train: {line}"));
        output.Directory?.Create();
        using (var stream = File.Create(output.FullName))
        {
            model.Save(stream);
        }

        context.Out.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:F0} KB)");
        return ExitCodes.Success;
    }
}
