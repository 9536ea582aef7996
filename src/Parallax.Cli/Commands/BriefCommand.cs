using System.CommandLine;
using Parallax.Cli.Ingest;
using Parallax.Cli.Rendering;
using Parallax.Pipeline;
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
            using var store = ArticleStore.Open(parse.GetValue(db)!, context.Time);
            var inputs = parse.GetValue(paths) ?? [];
            var failed = inputs.Length > 0 ? IngestCommand.Run(context, store, inputs, parse.GetValue(quiet)) : 0;
            var articles = store.LoadArticles();
            if (articles.Count == 0)
            {
                context.Error.WriteLine($"No articles in {store.Location}. Give paths to ingest, or run 'parallax ingest PATH' first.");
                return ExitCodes.NothingToDo;
            }

            var analyzer = new CorpusAnalyzer();
            var corpus = analyzer.Analyze(articles);
            var storyId = parse.GetValue(story);
            if (storyId is not null && corpus.Stories.All(s => s.Id != storyId))
            {
                context.Error.WriteLine($"No story \"{storyId}\" in {store.Location}. 'parallax stories' lists them.");
                return ExitCodes.NotFound;
            }

            Emit(context, analyzer.Brief(corpus, storyId), parse.GetValue(format), parse.GetValue(output));
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
