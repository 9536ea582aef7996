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
        var ner = new Command("ner", "Train the named-entity recognizer (averaged structured perceptron).") { train, dev, output, epochs };
        ner.SetAction(parse => Run(context, parse.GetValue(train)!, parse.GetValue(dev)!, parse.GetValue(output)!, defaults with { Epochs = parse.GetValue(epochs) }));
        return new Command("train", "Train a model from labelled data.") { ner };
    }

    private static int Run(CliContext context, FileInfo trainFile, FileInfo devFile, FileInfo output, NerTrainingOptions options)
    {
        if (options.Epochs < 1)
        {
            context.Error.WriteLine("parallax train ner: --epochs must be at least 1");
            return ExitCodes.Usage;
        }

        ConllFile train, dev;
        try
        {
            train = ConllFile.Read(trainFile.FullName);
            dev = ConllFile.Read(devFile.FullName);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            context.Error.WriteLine($"parallax train ner: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        context.Error.WriteLine($"train: {train.Sentences.Count} sentences, {train.TokenCount} tokens; dev: {dev.Sentences.Count} sentences");
        var model = NerTrainer.Train(
            [.. train.Sentences.Select(s => s.ToLabeled())],
            [.. dev.Sentences.Select(s => s.ToLabeled())],
            options,
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
