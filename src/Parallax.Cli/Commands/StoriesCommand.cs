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
            using var store = ExistingStore.Open(parse.GetValue(db)!, context.Time);
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

            var topics = store.LoadTopics().ToDictionary(t => t.Id, StringComparer.Ordinal);
            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Topic", "Story", "Headline", "Articles", "First", "Last");
            var separate = false;
            foreach (var group in ByTopic(stories))
            {
                var shared = group.Count > 1 && group[0].TopicId is not null;
                if (shared || separate)
                {
                    // A topic of several stories gets a heading row (its name) and space around it.
                    if (table.Rows.Count > 0)
                    {
                        table.AddEmptyRow();
                    }

                    separate = shared;
                }

                if (shared)
                {
                    var topicId = group[0].TopicId!;
                    var name = topics.TryGetValue(topicId, out var topic) ? topic.Headline : string.Empty;
                    table.AddRow(Markup.Escape($"{topicId} ({group.Count} stories)"), string.Empty, $"[bold]{Markup.Escape(name)}[/]", Count(group.Sum(s => s.ArticleCount)), string.Empty, string.Empty);
                }

                foreach (var s in group)
                {
                    table.AddRow(
                        shared ? string.Empty : Markup.Escape(s.TopicId ?? "-"),
                        Markup.Escape(s.Id),
                        Markup.Escape(s.Headline),
                        Count(s.ArticleCount),
                        s.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                        s.LastPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-");
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

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
