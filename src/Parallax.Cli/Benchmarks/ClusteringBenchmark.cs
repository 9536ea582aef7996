using System.Collections.Concurrent;
using System.Diagnostics;
using Parallax.Cli.Benchmarks.Synthetic;
using Parallax.Clustering;
using Parallax.Segmentation;
using Parallax.Text;

namespace Parallax.Cli.Benchmarks;

/// <summary>The figures of one clustering benchmark run.</summary>
internal sealed record ClusteringBenchResult(
    int Articles,
    int Days,
    TimeSpan Baseline,
    TimeSpan Full,
    TimeSpan BaselineCpu,
    TimeSpan FullCpu,
    double SlowestTenthPerSecond,
    long PeakWorkingSet,
    long PeakGcHeap,
    PlantedQuality Quality,
    StoryStreamState State,
    StreamThreadTimes Threads)
{
    public double ArticlesPerSecond => Articles / Full.TotalSeconds;

    public double BaselineArticlesPerSecond => Articles / Baseline.TotalSeconds;

    /// <summary>Articles per second of processor time (all threads): steadier than wall time on a shared machine.</summary>
    public double ArticlesPerCpuSecond => Articles / FullCpu.TotalSeconds;
}

/// <summary>
/// Where the two threads of the streaming phase spent their time, to tell which one bounds the run:
/// the producer generates and prepares articles (blocked when the queue is full), the consumer
/// places them (waiting when it is empty). Garbage collections pause both and count in all of these.
/// </summary>
internal sealed record StreamThreadTimes(
    TimeSpan Generate,
    TimeSpan Prepare,
    TimeSpan ProducerBlocked,
    TimeSpan Place,
    TimeSpan ConsumerWaiting,
    TimeSpan GcPause,
    int Collections);

/// <summary>
/// Streams synthetic articles through <see cref="StoryStream"/> and scores the placements against
/// the plan. The baseline, run first in the same process on the same seed, generates and tokenizes
/// the articles without clustering, so the ratio shows what clustering and copy detection add to
/// the cost of merely reading the text. Both phases stream: no phase holds the articles. Articles
/// are generated and prepared (terms counted, MinHash computed) on a second thread while the
/// stream places earlier ones, as a service would prepare incoming articles in parallel.
/// </summary>
internal static class ClusteringBenchmark
{
    private const int MemorySampleEvery = 10_000;

    public static ClusteringBenchResult Run(CorpusVocabulary vocabulary, int articles, int seed, Action<string>? progress = null)
    {
        // Warm-up on another seed so that neither phase pays for JIT compilation.
        var warm = new StoryStream();
        foreach (var article in new SyntheticNewsGenerator(vocabulary, seed + 1).Generate(2_000))
        {
            warm.Add(article.Article);
        }

        progress?.Invoke("baseline: generate and tokenize");
        var baselineCpu = ProcessorTime();
        var baseline = Stopwatch.StartNew();
        var tokens = 0L;
        foreach (var article in new SyntheticNewsGenerator(vocabulary, seed).Generate(articles))
        {
            var text = article.Article.Text;
            tokens += Tokenizer.Tokenize(text, new Span(0, text.Length)).Count + article.Article.Title.Length;
        }

        baseline.Stop();
        baselineCpu = ProcessorTime() - baselineCpu;
        progress?.Invoke($"baseline: {tokens} tokens; clustering and copy detection");
        GC.Collect();
        var fullCpu = ProcessorTime();
        var (full, slowest, peakHeap, quality, state, days, threads) = Stream(vocabulary, articles, seed, progress);
        fullCpu = ProcessorTime() - fullCpu;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ClusteringBenchResult(articles, days, baseline.Elapsed, full, baselineCpu, fullCpu, slowest, process.PeakWorkingSet64, peakHeap, quality, state, threads);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static (TimeSpan Elapsed, double SlowestTenth, long PeakHeap, PlantedQuality Quality, StoryStreamState State, int Days, StreamThreadTimes Threads) Stream(
        CorpusVocabulary vocabulary, int articles, int seed, Action<string>? progress)
    {
        var stream = new StoryStream();
        var quality = new PlantedQuality();
        var tenth = Math.Max(1, articles / 10);
        var slowest = double.MaxValue;
        var peakHeap = 0L;
        var newest = SyntheticNewsGenerator.FirstDay;
        var count = 0;
        var watch = Stopwatch.StartNew();
        var chunkStart = watch.Elapsed;
        var (generate, prepare, blocked, place, waiting) = (new Stopwatch(), new Stopwatch(), new Stopwatch(), new Stopwatch(), new Stopwatch());
        var pauseBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = GC.CollectionCount(0);
        using var prepared = new BlockingCollection<(SyntheticArticle Planned, PreparedArticle Prepared)>(boundedCapacity: 256);
        var producer = Task.Run(() =>
        {
            try
            {
                using var planned = new SyntheticNewsGenerator(vocabulary, seed).Generate(articles).GetEnumerator();
                while (Timed(generate, planned.MoveNext))
                {
                    var article = planned.Current;
                    var ready = Timed(prepare, () => stream.Prepare(article.Article));
                    blocked.Start();
                    prepared.Add((article, ready));
                    blocked.Stop();
                }
            }
            finally
            {
                prepared.CompleteAdding();
            }
        });
        using var arriving = prepared.GetConsumingEnumerable().GetEnumerator();
        while (Timed(waiting, arriving.MoveNext))
        {
            var (article, ready) = arriving.Current;
            var placement = Timed(place, () => stream.Add(ready));
            quality.Add(article, placement.StoryNumber, placement.DuplicateOf);
            if (placement.Split is { } split)
            {
                quality.Move(split.MovedArticles, split.StoryNumber);
            }
            newest = article.Article.Published > newest ? article.Article.Published.Value : newest;
            if (++count % MemorySampleEvery == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
            }

            if (count % tenth == 0 || count == articles)
            {
                var chunk = watch.Elapsed - chunkStart;
                var size = count % tenth == 0 ? tenth : count % tenth;
                if (size == tenth)
                {
                    slowest = Math.Min(slowest, size / chunk.TotalSeconds);
                }

                chunkStart = watch.Elapsed;
                progress?.Invoke($"{count} articles, {size / chunk.TotalSeconds:F0}/s over the last {size}");
            }
        }

        producer.GetAwaiter().GetResult();
        watch.Stop();
        slowest = slowest == double.MaxValue ? count / watch.Elapsed.TotalSeconds : slowest;
        peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
        var days = newest.DayNumber - SyntheticNewsGenerator.FirstDay.DayNumber + 1;
        var threads = new StreamThreadTimes(
            generate.Elapsed, prepare.Elapsed, blocked.Elapsed, place.Elapsed, waiting.Elapsed,
            GC.GetTotalPauseDuration() - pauseBefore, GC.CollectionCount(0) - collectionsBefore);
        return (watch.Elapsed, slowest, peakHeap, quality, stream.State, days, threads);
    }

    private static T Timed<T>(Stopwatch watch, Func<T> step)
    {
        watch.Start();
        var result = step();
        watch.Stop();
        return result;
    }
}
