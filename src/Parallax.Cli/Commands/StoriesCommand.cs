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
        var command = new Command("stories", "List the stories in the store by topic, with their article counts and dates.") { db, json };
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
            table.AddColumns("Topic", "Story", "Headline", "Articles", "First", "Last");
            foreach (var group in ByTopic(stories))
            {
                if (table.Rows.Count > 0)
                {
                    table.AddEmptyRow();
                }

                var first = true;
                foreach (var s in group)
                {
                    table.AddRow(
                        first ? TopicLabel(s.TopicId, group.Count) : string.Empty,
                        Markup.Escape(s.Id),
                        Markup.Escape(s.Headline),
                        s.ArticleCount.ToString(CultureInfo.InvariantCulture),
                        s.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                        s.LastPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
                    first = false;
                }
            }

            context.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Stories of one topic together, the topic with the latest coverage first; each keeps the store's order (latest first).</summary>
    private static List<List<StoryRecord>> ByTopic(IReadOnlyList<StoryRecord> stories) =>
        [.. stories
            .GroupBy(s => s.TopicId ?? s.Id, StringComparer.Ordinal)
            .Select(g => g.ToList())];

    /// <summary>The topic's id and size; the topic's name is its largest story's headline, listed below it.</summary>
    private static string TopicLabel(string? topicId, int storyCount) =>
        topicId is null ? "-" : Markup.Escape($"{topicId} ({storyCount} stor{(storyCount == 1 ? "y" : "ies")})");
}
