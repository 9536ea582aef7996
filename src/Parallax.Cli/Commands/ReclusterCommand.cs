using System.CommandLine;
using System.Text.Json;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax recluster`: clusters the whole store again with the current models and thresholds,
/// re-applies the manual overrides, and says how many stories and topics changed.
/// </summary>
internal static class ReclusterCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var json = new Option<bool>("--json") { Description = "Print the outcome as one JSON object." };
        var command = new Command("recluster", "Re-cluster every stored article into stories and topics, keeping the manual merges and splits.") { db, json, quiet };
        command.SetAction(parse =>
        {
            using var store = ExistingStore.Open(parse.GetValue(db)!, context.Time);
            if (store.ArticleCount == 0)
            {
                context.Error.WriteLine($"No articles in {store.Location}. Run 'parallax ingest PATH' first.");
                return ExitCodes.NothingToDo;
            }

            var result = ReclusterRun.Run(context, store, parse.GetValue(quiet));
            var writer = context.Out.Profile.Out.Writer;
            if (parse.GetValue(json))
            {
                // One JSON object, the last line of stdout (warnings and progress go to stderr).
                writer.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        articles = result.Corpus.Articles.Count,
                        storiesBefore = result.StoriesBefore,
                        stories = result.StoryCount,
                        storiesChanged = result.StoriesChanged,
                        topicsBefore = result.TopicsBefore,
                        topics = result.TopicCount,
                        topicsChanged = result.TopicsChanged,
                        articlesMoved = result.ArticlesMoved,
                        overrides = result.OverridesApplied,
                        staleOverrides = result.StaleOverrides.Select(OverrideEntry.From),
                    },
                    StoryOverridesCommand.OneLineJson));
            }

            else
            {
                writer.WriteLine("Re-clustered " + ReclusterRun.Summary(result));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
