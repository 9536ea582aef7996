using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

internal static class StoriesCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print the list as JSON." };
        var command = new Command("stories", "List the stories in the store with their article counts and dates.") { db, json };
        command.SetAction(parse =>
        {
            using var store = ArticleStore.Open(parse.GetValue(db)!, context.Time);
            var stories = store.LoadStories();
            if (parse.GetValue(json))
            {
                context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(stories, Rendering.JsonBriefingWriter.Options));
                return ExitCodes.Success;
            }

            if (stories.Count == 0)
            {
                context.Error.WriteLine($"No stories in {store.Location}. Run 'parallax ingest PATH' first.");
                return ExitCodes.NothingToDo;
            }

            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Story", "Headline", "Articles", "First", "Last");
            foreach (var s in stories)
            {
                table.AddRow(
                    Markup.Escape(s.Id),
                    Markup.Escape(s.Headline),
                    s.ArticleCount.ToString(CultureInfo.InvariantCulture),
                    s.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                    s.LastPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
            }

            context.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
