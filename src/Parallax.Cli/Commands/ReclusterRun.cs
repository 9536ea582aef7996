using System.Globalization;
using Parallax.Pipeline;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// A whole-store re-clustering as the commands that change stories (recluster, story merge/split)
/// run it: with a progress bar on a terminal and each stale override reported on stderr.
/// </summary>
internal static class ReclusterRun
{
    public static ReclusterResult Run(CliContext context, ArticleStore store, bool quiet, StoredOverride? newOverride = null)
    {
        var analyzer = new CorpusAnalyzer();
        var result = context.Interactive && !quiet
            ? context.Out.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("Re-clustering", maxValue: store.ArticleCount);
                return StoryRefresher.Recluster(store, analyzer, _ => task.Increment(1), newOverride);
            })
            : StoryRefresher.Recluster(store, analyzer, null, newOverride);
        foreach (var stale in result.StaleOverrides)
        {
            context.Error.WriteLine(
                $"warning: {stale.Override.Describe()} names {stale.MissingArticleIds.Count.ToString(CultureInfo.InvariantCulture)} article(s) " +
                $"no longer in the store ({string.Join(", ", stale.MissingArticleIds)}); the rest of it still applies.");
        }

        return result;
    }

    /// <summary>The one-line summary of what changed.</summary>
    public static string Summary(ReclusterResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"{result.Corpus.Articles.Count} articles in {result.StoryCount} stories ({result.StoriesChanged} changed) and {result.TopicCount} topics ({result.TopicsChanged} changed); {result.OverridesApplied} manual override(s) applied.");
}
