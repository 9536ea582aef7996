using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parallax.Cli.Benchmarks;
using Parallax.Cli.Benchmarks.Synthetic;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary>
/// `parallax bench clustering`: articles/s, peak memory and quality of streaming story clustering
/// and copy detection on synthetic news planted with stories and copies, against a
/// generate-and-tokenize baseline run in the same process.
/// </summary>
internal static class ClusteringBenchCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "How many synthetic articles to stream.", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed gives the same articles.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var data = new Option<FileInfo>("--data")
        {
            Description = "CoNLL-2003 training file whose words and entity names the articles are drawn from.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("..", "shared", "datasets", "conll2003", "eng.train")),
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var command = new Command("clustering", "Streaming story clustering and copy detection: articles/s, peak memory and quality on planted synthetic news.") { articles, seed, data, json };
        command.SetAction(parse => Run(context, parse.GetValue(articles), parse.GetValue(seed), parse.GetValue(data)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, int articles, int seed, FileInfo data, bool json)
    {
        if (articles < 1)
        {
            context.Error.WriteLine($"parallax bench clustering: --articles must be at least 1, got {articles}");
            return ExitCodes.Usage;
        }

        if (!data.Exists)
        {
            context.Error.WriteLine($"parallax bench clustering: {data.FullName} is missing (the CoNLL-2003 eng.train file under ../shared/datasets/conll2003, or give --data FILE)");
            return ExitCodes.NothingToDo;
        }

        CorpusVocabulary vocabulary;
        try
        {
            vocabulary = CorpusVocabulary.Read(data.FullName);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            context.Error.WriteLine($"parallax bench clustering: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        var result = ClusteringBenchmark.Run(vocabulary, articles, seed, step => context.Error.WriteLine($"bench: {step}"));
        Print(context, result);
        if (json)
        {
            context.Out.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(Figures(result, seed)));
        }

        return ExitCodes.Success;
    }

    private static void Print(CliContext context, ClusteringBenchResult result)
    {
        static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"{result.Articles} synthetic articles over {result.Days} days") };
        table.AddColumns("Phase", "Seconds", "Articles/s", "CPU seconds", "Articles/CPU-s");
        table.AddRow("baseline (generate + tokenize)", F(result.Baseline.TotalSeconds, "F2"), F(result.BaselineArticlesPerSecond, "F0"), F(result.BaselineCpu.TotalSeconds, "F2"), F(result.Articles / result.BaselineCpu.TotalSeconds, "F0"));
        table.AddRow("generate + stream clustering + copies", F(result.Full.TotalSeconds, "F2"), F(result.ArticlesPerSecond, "F0"), F(result.FullCpu.TotalSeconds, "F2"), F(result.ArticlesPerCpuSecond, "F0"));
        context.Out.Write(table);

        var (sp, sr, sf) = result.Quality.Stories();
        var (cp, cr, cf) = result.Quality.Copies();
        var quality = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Quality against the plan") };
        quality.AddColumns("Measure", "Precision", "Recall", "F1");
        quality.AddRow($"stories (B³; {result.Quality.PlantedStories} planted, {result.Quality.PredictedStories} found incl. one-offs, {result.Quality.Splits} splits)", F(sp, "F4"), F(sr, "F4"), F(sf, "F4"));
        quality.AddRow($"copies ({result.Quality.PlantedCopies} planted)", F(cp, "F4"), F(cr, "F4"), F(cf, "F4"));
        foreach (var (kind, recall) in result.Quality.CopyRecallByKind())
        {
            quality.AddRow($"  {kind} copies", string.Empty, F(recall, "F4"), string.Empty);
        }

        context.Out.Write(quality);
        context.Out.WriteLine($"one-off reports placed into a story with other articles: {F(result.Quality.AbsorbedOneOffShare(), "P1")}");
        var state = result.State;
        context.Out.WriteLine(
            $"slowest tenth {F(result.SlowestTenthPerSecond, "F0")} articles/s; {F(result.Full / result.Baseline, "F1")}x the baseline's time; " +
            $"peak working set {F(result.PeakWorkingSet / 1_048_576.0, "F0")} MB, peak GC heap {F(result.PeakGcHeap / 1_048_576.0, "F0")} MB");
        var threads = result.Threads;
        context.Out.WriteLine(
            $"producer thread: generate {F(threads.Generate.TotalSeconds, "F1")} s, prepare {F(threads.Prepare.TotalSeconds, "F1")} s, blocked on a full queue {F(threads.ProducerBlocked.TotalSeconds, "F1")} s; " +
            $"placing thread: place {F(threads.Place.TotalSeconds, "F1")} s, waiting on an empty queue {F(threads.ConsumerWaiting.TotalSeconds, "F1")} s; " +
            $"{threads.Collections} garbage collections paused both for {F(threads.GcPause.TotalSeconds, "F1")} s");
        context.Out.WriteLine(
            $"held at the end: {state.OpenStories} open stories, {state.IndexedTerms} indexed terms, {state.Postings} postings, " +
            $"{state.IndexedCopies} articles in the copy index, {state.Vocabulary} terms with document frequencies, {state.HeldMembers} member vectors held for split checks");
    }

    private static object Figures(ClusteringBenchResult result, int seed)
    {
        var stories = result.Quality.Stories();
        var copies = result.Quality.Copies();
        return new
        {
            articles = result.Articles,
            seed,
            days = result.Days,
            articlesPerSecond = result.ArticlesPerSecond,
            slowestTenthArticlesPerSecond = result.SlowestTenthPerSecond,
            articlesPerCpuSecond = result.ArticlesPerCpuSecond,
            baselineArticlesPerSecond = result.BaselineArticlesPerSecond,
            ratioToBaseline = result.Full / result.Baseline,
            peakWorkingSetMegabytes = result.PeakWorkingSet / 1_048_576.0,
            peakGcHeapMegabytes = result.PeakGcHeap / 1_048_576.0,
            storyPrecision = stories.Precision,
            storyRecall = stories.Recall,
            storyF1 = stories.F1,
            absorbedOneOffShare = result.Quality.AbsorbedOneOffShare(),
            storySplits = result.Quality.Splits,
            plantedStories = result.Quality.PlantedStories,
            predictedStories = result.Quality.PredictedStories,
            duplicatePrecision = copies.Precision,
            duplicateRecall = copies.Recall,
            plantedDuplicates = result.Quality.PlantedCopies,
            openStoriesAtEnd = result.State.OpenStories,
            postingsAtEnd = result.State.Postings,
            indexedCopiesAtEnd = result.State.IndexedCopies,
            heldMembersAtEnd = result.State.HeldMembers,
            generateSeconds = result.Threads.Generate.TotalSeconds,
            prepareSeconds = result.Threads.Prepare.TotalSeconds,
            producerBlockedSeconds = result.Threads.ProducerBlocked.TotalSeconds,
            placeSeconds = result.Threads.Place.TotalSeconds,
            placingWaitSeconds = result.Threads.ConsumerWaiting.TotalSeconds,
            gcPauseSeconds = result.Threads.GcPause.TotalSeconds,
            garbageCollections = result.Threads.Collections,
        };
    }
}
