using System.Diagnostics;
using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Pipeline;
using Parallax.Quantities;
using Parallax.Segmentation;
using Parallax.Time;

namespace Parallax.Cli.Evaluation.Timex;

/// <summary>Summed scores, each document's system timexes, and how fast the time and quantity stages ran.</summary>
internal sealed record TimexEvaluationResult(
    TimexScore Score,
    IReadOnlyList<(TimeMlDocument Document, IReadOnlyList<TimexMention> System)> Documents,
    int Sentences,
    TimeSpan TimeStage,
    TimeSpan QuantityStage,
    TimeSpan Segmentation)
{
    public double TimeSentencesPerSecond => Sentences / Math.Max(TimeStage.TotalSeconds, 1e-9);

    public double QuantitySentencesPerSecond => Sentences / Math.Max(QuantityStage.TotalSeconds, 1e-9);

    /// <summary>The baseline: sentence segmentation alone, timed in the same run on the same documents.</summary>
    public double SegmentationSentencesPerSecond => Sentences / Math.Max(Segmentation.TotalSeconds, 1e-9);

    /// <summary>How many times segmentation's cost each stage costs; stable where absolute speed moves with machine load.</summary>
    public double TimeStageCostRatio => TimeStage.TotalSeconds / Math.Max(Segmentation.TotalSeconds, 1e-9);

    public double QuantityStageCostRatio => QuantityStage.TotalSeconds / Math.Max(Segmentation.TotalSeconds, 1e-9);
}

/// <summary>
/// Runs Parallax's time recognizer over each document's plain text with its creation date as the
/// publication date, and scores the result. Segmentation runs first (the recognizer reads
/// sentences for tense) and is timed as the baseline; the time and quantity stages are timed on their own.
/// </summary>
internal static class TimexEvaluation
{
    /// <param name="documents">The TimeML documents to score.</param>
    /// <param name="rewrite">
    /// Replaces Parallax's timexes of a document before scoring (another recognizer, or a mix);
    /// its time is added to the time stage. Used by the recognizer experiment only.
    /// </param>
    public static TimexEvaluationResult Run(IReadOnlyList<TimeMlDocument> documents, Func<TimeMlDocument, IReadOnlyList<TimexMention>, IReadOnlyList<TimexMention>>? rewrite = null)
    {
        var segmentation = new AnalysisPipelineBuilder().UseSegmentation().Build();
        var time = Single(new AnalysisPipelineBuilder().UseTimeExpressions());
        var quantities = Single(new AnalysisPipelineBuilder().UseQuantities());
        var score = default(TimexScore);
        var results = new List<(TimeMlDocument, IReadOnlyList<TimexMention>)>(documents.Count);
        var sentences = 0;
        var timeWatch = new Stopwatch();
        var quantityWatch = new Stopwatch();
        var segmentationWatch = new Stopwatch();
        foreach (var document in documents)
        {
            segmentationWatch.Start();
            var analysis = segmentation.Analyze(new Article
            {
                Id = document.Name,
                Title = document.Name,
                Language = "en",
                Text = document.Text,
                Published = document.CreationDate,
            });
            segmentationWatch.Stop();
            sentences += analysis.Sentences.Count;
            Timed(timeWatch, time, analysis);
            Timed(quantityWatch, quantities, analysis);
            IReadOnlyList<TimexMention> system = analysis.Times.Select(ToMention).ToList();
            if (rewrite is not null)
            {
                timeWatch.Start();
                system = rewrite(document, system);
                timeWatch.Stop();
            }

            score += TimexScorer.Score(document.Gold, system);
            results.Add((document, system));
        }

        return new TimexEvaluationResult(score, results, sentences, timeWatch.Elapsed, quantityWatch.Elapsed, segmentationWatch.Elapsed);
    }

    public static TimexMention ToMention(TimeExpression t) => new(t.Span.Start, t.Span.Length, TypeName(t.Type), t.Value) { Modifier = t.Modifier };

    private static string TypeName(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };

    private static IArticleAnnotator Single(AnalysisPipelineBuilder builder) => builder.Build().Annotators[0];

    private static void Timed(Stopwatch watch, IArticleAnnotator annotator, ArticleAnalysis analysis)
    {
        watch.Start();
        annotator.Annotate(analysis);
        watch.Stop();
    }
}
