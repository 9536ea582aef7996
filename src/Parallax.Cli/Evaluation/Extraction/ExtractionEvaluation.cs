using System.Diagnostics;
using Parallax.Cleaning;

namespace Parallax.Cli.Evaluation.Extraction;

/// <summary>What one run produced: the body extracted per page (empty when refused) and the time taken.</summary>
internal sealed record ExtractionRun(IReadOnlyList<string> Bodies, int Rejected, TimeSpan Elapsed)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Bodies.Count / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Runs <see cref="HtmlExtractor"/> over preloaded pages and scores the bodies. The clock covers
/// extraction only (pages are already decoded in memory), after an untimed warm-up pass over a few
/// pages so that just-in-time compilation is not billed to the first pages.
/// </summary>
internal static class ExtractionEvaluation
{
    private const int WarmUpPages = 10;

    public static ExtractionRun Extract(IReadOnlyList<ExtractionPage> pages)
    {
        var extractor = new HtmlExtractor();
        foreach (var page in pages.Take(WarmUpPages))
        {
            BodyOf(extractor, page.Html);
        }

        var bodies = new string[pages.Count];
        var rejected = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < pages.Count; i++)
        {
            bodies[i] = BodyOf(extractor, pages[i].Html) ?? string.Empty;
            if (bodies[i].Length == 0)
            {
                rejected++;
            }
        }

        clock.Stop();
        return new ExtractionRun(bodies, rejected, clock.Elapsed);
    }

    public static ExtractionScore Score(IReadOnlyList<ExtractionPage> pages, IReadOnlyList<string> bodies)
    {
        var matches = pages.Select((p, i) => ShingleScorer.Match(p.GoldBody, bodies[i])).ToList();
        var exact = pages.Select((p, i) => ShingleScorer.ExactMatch(p.GoldBody, bodies[i])).ToList();
        return ShingleScorer.Score(matches, exact);
    }

    // A page the extractor refuses (no article text, binary, too large) scores as an empty prediction.
    private static string? BodyOf(HtmlExtractor extractor, string html)
    {
        try
        {
            return extractor.Extract(html).Text;
        }
        catch (ArticleRejectedException)
        {
            return null;
        }
    }
}
