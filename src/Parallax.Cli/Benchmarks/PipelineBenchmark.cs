using System.Diagnostics;
using Parallax.Articles;
using Parallax.Briefing;
using Parallax.Clustering;
using Parallax.Entities;
using Parallax.Cleaning;
using Parallax.Pipeline;
using Parallax.Segmentation;
using Parallax.Time;

namespace Parallax.Cli.Benchmarks;

/// <summary>One measured phase: how many articles and characters it processed, in how long, allocating how much.</summary>
internal sealed record PhaseResult(string Name, int Articles, long Bytes, TimeSpan Elapsed, long AllocatedBytes)
{
    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;

    public double MegabytesPerSecond => Bytes / 1_048_576.0 / Elapsed.TotalSeconds;
}

/// <summary>
/// Measures the whole pipeline against a baseline run in the same process on the same articles:
/// the baseline only cleans and segments, so the ratio shows what the analysis stages cost on top
/// of reading the text, independent of how fast this particular machine is.
/// </summary>
internal static class PipelineBenchmark
{
    public static (PhaseResult Baseline, PhaseResult Full, IReadOnlyList<(string Stage, TimeSpan Elapsed)> Stages, long PeakWorkingSet) Run(IReadOnlyList<ArticleInput> inputs, Action<string>? progress = null)
    {
        var bytes = inputs.Sum(i => (long)System.Text.Encoding.UTF8.GetByteCount(i.Text ?? i.Html ?? string.Empty));
        var preparer = new ArticlePreparer();
        var segmentOnly = new AnalysisPipelineBuilder().UseSegmentation().Build();
        var analyzer = new CorpusAnalyzer();

        // Warm-up so that neither phase pays for JIT compilation.
        var warm = PrepareAll(preparer, inputs.Take(10)).ToList();
        analyzer.Brief(analyzer.Analyze(warm));

        progress?.Invoke("baseline: clean and segment");
        var baseline = Measure("baseline (clean + segment)", inputs.Count, bytes, () =>
        {
            foreach (var article in PrepareAll(preparer, inputs))
            {
                segmentOnly.Analyze(article);
            }
        });

        progress?.Invoke("full pipeline");
        var full = Measure("full pipeline + briefing", inputs.Count, bytes, () =>
        {
            var articles = PrepareAll(preparer, inputs).DistinctBy(a => a.Id).ToList();
            analyzer.Brief(analyzer.Analyze(articles));
        });

        progress?.Invoke("per-stage breakdown");
        var stages = StageTimes(PrepareAll(preparer, inputs).DistinctBy(a => a.Id).ToList());

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (baseline, full, stages, process.PeakWorkingSet64);
    }

    /// <summary>
    /// Time spent in each per-article annotator of the default pipeline and in each corpus-level
    /// stage: tells where to look first when the pipeline gets slower. (Cleaning is the baseline's
    /// own cost, shown in the phase table.)
    /// </summary>
    private static List<(string Stage, TimeSpan Elapsed)> StageTimes(IReadOnlyList<Article> articles)
    {
        var annotators = AnalysisPipeline.CreateDefault().Annotators;
        var ticks = new long[annotators.Count];
        var analyses = new List<Analysis.ArticleAnalysis>(articles.Count);
        foreach (var article in articles)
        {
            var analysis = new Analysis.ArticleAnalysis(article);
            for (var i = 0; i < annotators.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                annotators[i].Annotate(analysis);
                ticks[i] += Stopwatch.GetTimestamp() - start;
            }

            analyses.Add(analysis);
        }

        var stages = annotators.Select((a, i) => (a.GetType().Name, Stopwatch.GetElapsedTime(0, ticks[i]))).ToList();
        var duplicates = Timed(stages, "near-duplicates", () => new NearDuplicateDetector().Find(analyses));
        var stories = Timed(stages, "story clustering", () => new StoryClusterer().Cluster(analyses));
        var byId = analyses.ToDictionary(a => a.Article.Id);
        Timed(stages, "story date inference", () => stories
            .Select(s => new StoryDateInference().InferMissing([.. s.ArticleIds.Select(id => byId[id])]).Count)
            .Sum());
        var entities = Timed(stages, "entity resolution", () => new EntityResolver().Resolve(analyses));
        Timed(stages, "briefings", () => stories
            .Select(s => new BriefingBuilder().Build(s, [.. s.ArticleIds.Select(id => byId[id])], entities, duplicates))
            .ToList());
        return stages;
    }

    private static T Timed<T>(List<(string Stage, TimeSpan Elapsed)> stages, string name, Func<T> run)
    {
        var start = Stopwatch.GetTimestamp();
        var result = run();
        stages.Add((name, Stopwatch.GetElapsedTime(start)));
        return result;
    }

    /// <summary>Documents the cleaner rejects (empty after cleaning) are skipped in both phases alike.</summary>
    private static IEnumerable<Article> PrepareAll(ArticlePreparer preparer, IEnumerable<ArticleInput> inputs)
    {
        foreach (var input in inputs)
        {
            Article article;
            try
            {
                article = preparer.Prepare(input);
            }
            catch (ArticleRejectedException)
            {
                continue;
            }

            yield return article;
        }
    }

    private static PhaseResult Measure(string name, int articles, long bytes, Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        run();
        clock.Stop();
        return new PhaseResult(name, articles, bytes, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }
}
