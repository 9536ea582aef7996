using System.Globalization;
using Parallax.Pipeline;
using Parallax.Storage;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// A whole-store re-clustering as the commands that change stories (ingest, recluster, story
/// merge/split, story overrides remove) run it: with progress (a bar on a terminal, a line every
/// few seconds otherwise) and one warning line on stderr per stale override, even with --quiet,
/// because an override that no longer does what its author meant must not go unnoticed.
/// </summary>
internal static class ReclusterRun
{
    public static ReclusterResult Run(CliContext context, ArticleStore store, bool quiet, StoredOverride? newOverride = null, long? removeOverride = null)
    {
        var analyzer = new CorpusAnalyzer();
        ReclusterResult Recluster(Action<Parallax.Articles.Article>? progress) =>
            StoryRefresher.Recluster(store, analyzer, progress, newOverride, removeOverride);

        ReclusterResult result;
        if (quiet)
        {
            result = Recluster(null);
        }
        else if (context.Interactive)
        {
            result = context.Out.Progress().AutoClear(true).Start(progress =>
            {
                var analyzing = progress.AddTask("Analyzing articles", maxValue: store.ArticleCount);
                ProgressTask? clustering = null;
                return Recluster(_ =>
                {
                    analyzing.Increment(1);
                    // The last stages report no progress of their own: a spinner says the run goes on.
                    if (analyzing.IsFinished && clustering is null)
                    {
                        clustering = progress.AddTask("Clustering and saving").IsIndeterminate();
                    }
                });
            });
        }
        else
        {
            var log = new ProgressLog(context.Error, context.Time, store.ArticleCount, "clustering and saving...");
            result = Recluster(_ => log.Advance());
        }

        foreach (var stale in result.StaleOverrides)
        {
            context.Error.WriteLine(stale.Warning);
        }

        return result;
    }

    /// <summary>The one-line summary of what changed.</summary>
    public static string Summary(ReclusterResult result)
    {
        var stale = result.StaleOverrides.Count;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Corpus.Articles.Count} articles: {result.StoriesBefore} -> {result.StoryCount} stories ({result.StoriesChanged} changed), " +
            $"{result.TopicsBefore} -> {result.TopicCount} topics ({result.TopicsChanged} changed), {result.ArticlesMoved} article(s) moved; " +
            $"{result.OverridesApplied} manual override(s) applied ({result.OverridesApplied - stale} hold, {stale} stale).");
    }
}
