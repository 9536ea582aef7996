using System.Diagnostics;
using Parallax.Articles;
using Parallax.Cleaning;
using Parallax.Pipeline;
using Parallax.Segmentation;

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
    public static (PhaseResult Baseline, PhaseResult Full, long PeakWorkingSet) Run(IReadOnlyList<ArticleInput> inputs, Action<string>? progress = null)
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

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (baseline, full, process.PeakWorkingSet64);
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
