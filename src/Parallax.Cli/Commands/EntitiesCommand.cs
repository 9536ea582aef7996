using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>`parallax entities [QUERY]`: the store's entity index, optionally only entities whose name, an alias or a linked demonym contains QUERY.</summary>
internal static class EntitiesCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string?>("QUERY") { Description = "Only entities whose name, any alias or any linked demonym ('Iraqi' finds Iraq) contains this text (case-insensitive).", Arity = ArgumentArity.ZeroOrOne };
        var db = CommonOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print the list as JSON." };
        var command = new Command("entities", "List the canonical entities in the store: name, type, aliases, demonyms linked to places, roles with the articles stating them, article and story counts.") { query, db, json };
        command.SetAction(parse =>
        {
            using var store = ExistingStore.Open(parse.GetValue(db)!, context.Time);
            var text = parse.GetValue(query);
            var entities = store.LoadEntities().Where(e => string.IsNullOrWhiteSpace(text) || e.Matches(text.Trim())).ToList();
            if (parse.GetValue(json))
            {
                context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(entities, Rendering.JsonBriefingWriter.Options));
                return ExitCodes.Success;
            }

            if (entities.Count == 0)
            {
                context.Error.WriteLine(text is null
                    ? $"No entities in {store.Location}. Run 'parallax ingest PATH' first."
                    : $"No entity in {store.Location} matches '{text}'.");
                return text is null ? ExitCodes.NothingToDo : ExitCodes.NotFound;
            }

            var table = new Table { Border = TableBorder.Rounded };
            table.AddColumns("Entity", "Type", "Aliases", "Demonyms", "Roles", "Articles", "Stories");
            foreach (var e in entities)
            {
                table.AddRow(
                    Markup.Escape(e.Name),
                    Markup.Escape(e.Type),
                    Markup.Escape(string.Join(", ", e.Aliases.Where(a => a != e.Name))),
                    Markup.Escape(string.Join("\n", e.Demonyms.Select(d => WithArticles(d.Demonym, d.ArticleIds)))),
                    Markup.Escape(string.Join("\n", e.StatedRoles.Select(r => WithArticles(r.Role, r.ArticleIds)))),
                    e.ArticleCount.ToString(CultureInfo.InvariantCulture),
                    e.StoryCount.ToString(CultureInfo.InvariantCulture));
            }

            context.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"Defence Minister (in 0f3a…, 9c2e…)": a role or demonym and the articles stating it, at most a few listed.</summary>
    internal static string WithArticles(string text, IReadOnlyList<string> articleIds)
    {
        var shown = articleIds.Take(MaxArticlesShown).ToList();
        var more = articleIds.Count - shown.Count;
        return shown.Count == 0 ? text : $"{text} (in {string.Join(", ", shown)}{(more > 0 ? $" +{more}" : string.Empty)})";
    }

    private const int MaxArticlesShown = 3;
}
