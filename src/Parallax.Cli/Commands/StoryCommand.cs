using System.CommandLine;
using Parallax.Storage;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax story merge A B` and `parallax story split STORY ARTICLE_ID...`: manual corrections
/// of the clustering, stored as overrides that every later re-clustering (ingest, recluster)
/// applies again. An id the store does not hold is refused before anything is written.
/// </summary>
internal static class StoryCommand
{
    public static Command Create(CliContext context) =>
        new("story", "Correct the clustering by hand; corrections survive ingest and 'parallax recluster'.")
        {
            Merge(context),
            Split(context),
            StoryOverridesCommand.Create(context),
        };

    private static Command Merge(CliContext context)
    {
        var target = new Argument<string>("A") { Description = "The story that stays (an id from 'parallax stories')." };
        var source = new Argument<string>("B") { Description = "The story whose articles join A, for good." };
        var db = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("merge", "Move every article of story B into story A and keep them together.") { target, source, db, quiet };
        command.SetAction(parse =>
        {
            var a = parse.GetValue(target)!;
            return Edit(context, parse.GetValue(db)!, parse.GetValue(quiet), store => StoryEdits.Merge(store, a, parse.GetValue(source)!), (result, edit) =>
                $"Merged into {result.Corpus.StoryOf(edit.Override.Kept[0])?.Id ?? a}: ");
        });
        return command;
    }

    private static Command Split(CliContext context)
    {
        var story = new Argument<string>("STORY") { Description = "The story to split (an id from 'parallax stories')." };
        var articles = new Argument<string[]>("ARTICLE_ID") { Description = "The articles that leave it for a new story (ids from 'parallax brief --format json').", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var quiet = CommonOptions.Quiet();
        var command = new Command("split", "Move the named articles out of a story into a new one and keep them apart from it.") { story, articles, db, quiet };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(story)!;
            return Edit(context, parse.GetValue(db)!, parse.GetValue(quiet), store => StoryEdits.Split(store, id, [.. parse.GetValue(articles)!.Distinct(StringComparer.Ordinal)]), (result, edit) =>
                $"Split {edit.Override.Moved.Count} article(s) off {id} into {result.Corpus.StoryOf(edit.Override.Moved[0])?.Id}: ");
        });
        return command;
    }

    private static int Edit(CliContext context, string database, bool quiet, Func<ArticleStore, StoredOverride> makeEdit, Func<ReclusterResult, StoredOverride, string> describe)
    {
        using var store = ExistingStore.Open(database, context.Time);
        StoredOverride edit;
        try
        {
            edit = makeEdit(store);
        }
        catch (StoryEditException e)
        {
            context.Error.WriteLine($"parallax: {e.Message}");
            return e.Error == StoryEditError.NotFound ? ExitCodes.NotFound : ExitCodes.Usage;
        }

        var result = ReclusterRun.Run(context, store, quiet, edit);
        context.Out.Profile.Out.Writer.WriteLine(describe(result, edit) + ReclusterRun.Summary(result));
        return ExitCodes.Success;
    }
}
