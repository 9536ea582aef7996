using System.CommandLine;
using Parallax.Cli.Ingest;
using Parallax.Cli.Rendering;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Articles to ingest first (as for 'parallax ingest'); without them, brief what the store holds.");
        var db = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var story = new Option<string?>("--story") { Description = "Brief only this story (an id from 'parallax stories').", HelpName = "ID" };
        var format = new Option<BriefingFormat>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => BriefingFormat.Text };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the briefing to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("brief", "Write a cross-checked briefing for each story.") { paths, db, story, format, output, quiet };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];

            // Given paths, brief ingests them first, so it may create the store as ingest does.
            using var store = inputs.Length > 0 ? ArticleStore.Open(parse.GetValue(db)!, context.Time) : ExistingStore.Open(parse.GetValue(db)!, context.Time);
            var failed = inputs.Length > 0 ? IngestCommand.Run(context, store, inputs, parse.GetValue(quiet)) : 0;
            var storyId = parse.GetValue(story);
            if (StoredCorpus.Load(context, store, storyId, "Give paths to ingest, or run 'parallax ingest PATH' first.", out var exit) is not { } loaded)
            {
                return exit;
            }

            Emit(context, loaded.Analyzer.Brief(loaded.Corpus, storyId), parse.GetValue(format), parse.GetValue(output));
            return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    private static void Emit(CliContext context, Briefing.BriefingDocument document, BriefingFormat format, FileInfo? output)
    {
        if (format == BriefingFormat.Text)
        {
            if (output is null)
            {
                TextBriefingWriter.Write(context.Out, document);
                return;
            }

            using var writer = new StreamWriter(output.FullName);
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer), Interactive = InteractionSupport.No });
            console.Profile.Width = 160;
            TextBriefingWriter.Write(console, document);
            return;
        }

        var text = format switch
        {
            BriefingFormat.Json => JsonBriefingWriter.Write(document),
            BriefingFormat.Markdown => MarkdownBriefingWriter.Write(document),
            _ => HtmlBriefingWriter.Write(document),
        };
        if (output is null)
        {
            context.Out.Profile.Out.Writer.WriteLine(text);
        }
        else
        {
            File.WriteAllText(output.FullName, text);
        }
    }
}
