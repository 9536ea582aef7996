using System.CommandLine;
using System.Text.Json;
using Parallax.Briefing;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>`parallax quotes [--speaker NAME] [--story ID]`: who said what, grouped by speaker.</summary>
internal static class QuotesCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var speaker = new Option<string?>("--speaker")
        {
            Description = "Only quotes whose speaker's name, spelling variant or description contains this text (case-insensitive).",
            HelpName = "NAME",
        };
        var story = new Option<string?>("--story") { Description = "Only quotes from this story (an id from 'parallax stories').", HelpName = "ID" };
        var json = new Option<bool>("--json") { Description = "Print the quotes as JSON (each with its story id)." };
        var command = new Command("quotes", "List quotations with their speakers, cues and relay outlets, grouped by speaker.") { db, speaker, story, json };
        command.SetAction(parse =>
        {
            using var store = ExistingStore.Open(parse.GetValue(db)!, context.Time);
            var storyId = parse.GetValue(story);
            if (StoredCorpus.Load(context, store, storyId, "Run 'parallax ingest PATH' first.", out var exit) is not { } loaded)
            {
                return exit;
            }

            var quotes = Select(loaded.Analyzer.Brief(loaded.Corpus, storyId), parse.GetValue(speaker));
            if (parse.GetValue(json))
            {
                var rows = quotes.Select(q => new { storyId = q.StoryId, q.Quote.ArticleId, q.Quote.Text, q.Quote.Direct, q.Quote.Kind, q.Quote.Cue, q.Quote.Speaker, q.Quote.Via });
                context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rows, Rendering.JsonBriefingWriter.Options));
                return ExitCodes.Success;
            }

            if (quotes.Count == 0)
            {
                context.Error.WriteLine("No quotes match.");
                return ExitCodes.NotFound;
            }

            Render(context.Out, quotes);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static List<(string StoryId, QuoteEntry Quote)> Select(BriefingDocument document, string? speaker) =>
        [.. QuoteSelection.Select(document, speaker).Select(q => (q.StoryId, q.Quote))];

    private static void Render(IAnsiConsole console, List<(string StoryId, QuoteEntry Quote)> quotes)
    {
        foreach (var group in quotes.GroupBy(q => QuoteSelection.GroupKey(q.Quote.Speaker)).OrderByDescending(g => g.Count()))
        {
            var title = QuoteSelection.Label(group.First().Quote.Speaker);
            var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle(Markup.Escape(title)), Expand = true };
            table.AddColumns("Quote", "Cue", "Via", "Story · article");
            foreach (var (storyId, q) in group)
            {
                table.AddRow(
                    Markup.Escape(q.Kind == "direct" ? $"\u201C{q.Text}\u201D" : q.Text),
                    Markup.Escape(q.Cue ?? string.Empty),
                    Markup.Escape(q.Via ?? string.Empty),
                    Markup.Escape($"{storyId} · {q.ArticleId}"));
            }

            console.Write(table);
        }
    }
}
