using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax story overrides` lists the manual merges and splits with whether each still holds;
/// `parallax story overrides remove ID` drops one and re-clusters without it, in one transaction,
/// so its articles go wherever the clusterer (and the other overrides) put them.
/// </summary>
internal static class StoryOverridesCommand
{
    /// <summary>Camel-case JSON on one line, for output whose last line is the JSON object.</summary>
    internal static readonly JsonSerializerOptions OneLineJson = new(JsonSerializerDefaults.Web);

    private const int ShownArticles = 1;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print the list as one JSON array." };
        var command = new Command("overrides", "List the manual merges and splits, oldest first (the order they apply in), and whether each still holds.") { db, json, Remove(context) };
        command.SetAction(parse =>
        {
            using var store = ExistingStore.Open(parse.GetValue(db)!, context.Time);
            var states = store.CheckOverrides();
            if (parse.GetValue(json))
            {
                context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(states.Select(OverrideEntry.From), OneLineJson));
                return ExitCodes.Success;
            }

            if (states.Count == 0)
            {
                context.Error.WriteLine($"No manual overrides in {store.Location}. 'parallax story merge' and 'parallax story split' make them.");
                return ExitCodes.Success;
            }

            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Id", "Kind", "Made on", "Kept articles", "Moved articles", "Recorded", "Status");
            foreach (var entry in states.Select(OverrideEntry.From))
            {
                table.AddRow(
                    entry.Id.ToString(CultureInfo.InvariantCulture),
                    entry.Kind,
                    Markup.Escape(entry.StoryId),
                    Markup.Escape(Articles(entry.KeptArticleIds)),
                    Markup.Escape(Articles(entry.MovedArticleIds)),
                    entry.RecordedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) ?? "-",
                    entry.Status);
            }

            context.Out.Write(table);
            var writer = context.Out.Profile.Out.Writer;
            foreach (var stale in states.Where(s => s.IsStale))
            {
                writer.WriteLine($"{stale.Override.Describe()}: {stale.Reason}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<long>("ID") { Description = "The override to drop (an id from 'parallax story overrides')." };
        var db = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("remove", "Drop a manual override and re-cluster without it; its articles go where the clustering puts them.") { id, db, quiet };
        command.SetAction(parse =>
        {
            var removed = parse.GetValue(id);
            using var store = ExistingStore.Open(parse.GetValue(db)!, context.Time);
            if (store.LoadOverrides().FirstOrDefault(o => o.Override.Sequence == removed)?.Describe() is not { } described)
            {
                context.Error.WriteLine($"parallax: {StoryEdits.UnknownOverride(store, removed).Message}");
                return ExitCodes.NotFound;
            }

            try
            {
                var result = ReclusterRun.Run(context, store, parse.GetValue(quiet), removeOverride: removed);
                context.Out.Profile.Out.Writer.WriteLine($"Removed {described}: " + ReclusterRun.Summary(result));
                return ExitCodes.Success;
            }
            catch (StoryEditException e)
            {
                context.Error.WriteLine($"parallax: {e.Message}");
                return ExitCodes.NotFound;
            }
        });
        return command;
    }

    /// <summary>The first few ids and how many more: article ids are long, a table cell is not.</summary>
    private static string Articles(IReadOnlyList<string> ids) =>
        ids.Count <= ShownArticles
            ? string.Join(", ", ids)
            : string.Join(", ", ids.Take(ShownArticles)) + string.Create(CultureInfo.InvariantCulture, $" +{ids.Count - ShownArticles}");
}
