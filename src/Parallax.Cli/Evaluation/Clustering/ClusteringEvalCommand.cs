using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Xml;
using Parallax.Cleaning;
using Parallax.Clustering;

namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>
/// `parallax eval clustering --data DIR`: clusters every ECB+ document under DIR in one run, from
/// its text only, and scores stories against the sub-event labels and topics against the topic
/// folders. `--cross-validate` instead shows how the default thresholds were chosen (see
/// <see cref="ThresholdTuning"/>).
/// </summary>
internal static class ClusteringEvalCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "ECB+ folder holding <topic>/<doc>.xml.", Required = true, HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = "Also print the figures as a JSON object on the last line." };
        var predictions = new Option<DirectoryInfo?>("--predictions") { Description = "Write DIR/clusters.tsv: document file name, story id, topic id.", HelpName = "DIR" };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Tune the thresholds on one half of the topics and score on the other, both ways." };
        var baseline = new Option<bool>("--baseline") { Description = "Instead score issue 7's plain TF-IDF single-pass baseline, thresholds tuned by the same folds." };
        var embeddings = new Option<bool>("--embeddings") { Description = "With --baseline: also mix in MiniLM sentence-embedding cosines (experiment)." };
        var command = new Command("clustering", "Stories vs ECB+ sub-events and topics vs ECB+ topics: B³ precision/recall/F1 and NMI.") { data, json, predictions, crossValidate, baseline, embeddings };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(predictions),
            parse.GetValue(crossValidate) ? Mode.CrossValidate : parse.GetValue(baseline) ? (parse.GetValue(embeddings) ? Mode.Embeddings : Mode.Baseline) : Mode.OneRun));
        return command;
    }

    private enum Mode { OneRun, CrossValidate, Baseline, Embeddings }

    private static int Run(CliContext context, DirectoryInfo data, bool json, DirectoryInfo? predictions, Mode mode)
    {
        List<LabelledArticle> articles;
        try
        {
            articles = LabelledCorpus.Load(data.FullName, (done, total) =>
            {
                if (done % 100 == 0)
                {
                    context.Error.WriteLine($"eval clustering: analysing {done}/{total} documents...");
                }
            });
        }
        catch (Exception e) when (e is IOException or InvalidDataException or XmlException or ArticleRejectedException)
        {
            context.Error.WriteLine($"parallax eval clustering: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        if (mode == Mode.CrossValidate)
        {
            WriteCrossValidation(context, articles, json);
            return ExitCodes.Success;
        }

        if (mode is Mode.Baseline or Mode.Embeddings)
        {
            var rows = PlainTfIdfBaseline.CrossValidate(articles).ToList();
            if (mode == Mode.Embeddings)
            {
                var (cosines, perDocument) = SentenceEmbeddingCosines.Of([.. PlainTfIdfBaseline.Ordered(articles)]);
                rows.Add(("MiniLM encoding ms per document", perDocument.TotalMilliseconds));
                foreach (var share in new[] { 0.3, 0.5, 1.0 })
                {
                    rows.AddRange(PlainTfIdfBaseline.CrossValidate(articles, cosines, share, $"embeddings {share:F1}"));
                }
            }

            var figures = rows.ToDictionary(r => r.Metric, r => (object?)r.Value, StringComparer.Ordinal);
            EvalReport.Write(context, "Plain TF-IDF single-pass baseline: two-fold cross-validation over topics", rows, figures, json);
            return ExitCodes.Success;
        }

        var stories = new StoryClusterer().Cluster([.. articles.Select(a => a.Analysis)]);
        var scores = ClusteringScores.Of(articles, stories);
        if (predictions is not null)
        {
            WritePredictions(predictions, articles, stories);
        }

        var title = $"Clustering {articles.Count} ECB+ documents ({articles.Select(a => a.Topic).Distinct().Count()} topics) into {scores.Stories} stories, {scores.Topics} topics";
        WriteScores(context, title, scores, json);
        return ExitCodes.Success;
    }

    private static void WriteScores(CliContext context, string title, ClusteringScores s, bool json)
    {
        var rows = new List<(string, double)>
        {
            ("sub-event (story) B³ precision", s.SubEvent.Precision),
            ("sub-event (story) B³ recall", s.SubEvent.Recall),
            ("sub-event (story) B³ F1", s.SubEvent.F1),
            ("sub-event (story) NMI", s.SubEventNmi),
            ("topic B³ precision", s.Topic.Precision),
            ("topic B³ recall", s.Topic.Recall),
            ("topic B³ F1", s.Topic.F1),
            ("topic NMI", s.TopicNmi),
        };
        var figures = new Dictionary<string, object?>
        {
            ["subEventPrecision"] = s.SubEvent.Precision,
            ["subEventRecall"] = s.SubEvent.Recall,
            ["subEventF1"] = s.SubEvent.F1,
            ["subEventNmi"] = s.SubEventNmi,
            ["topicPrecision"] = s.Topic.Precision,
            ["topicRecall"] = s.Topic.Recall,
            ["topicF1"] = s.Topic.F1,
            ["topicNmi"] = s.TopicNmi,
            ["stories"] = s.Stories,
            ["topics"] = s.Topics,
        };
        EvalReport.Write(context, title, rows, figures, json);
    }

    private static void WriteCrossValidation(CliContext context, List<LabelledArticle> articles, bool json)
    {
        var rows = new List<(string, double)>();
        var folds = new List<Dictionary<string, object?>>();
        foreach (var fold in ThresholdTuning.CrossValidate(articles, new StoryClustererOptions()))
        {
            var prefix = $"tuned on {fold.TunedOn}";
            rows.Add(($"{prefix}: story threshold", fold.Options.SimilarityThreshold));
            rows.Add(($"{prefix}: split threshold", fold.Options.SplitThreshold));
            rows.Add(($"{prefix}: topic threshold", fold.Options.TopicSimilarityThreshold));
            rows.Add(($"{prefix}: in-sample sub-event F1", fold.InSample.SubEvent.F1));
            rows.Add(($"{prefix}: in-sample topic F1", fold.InSample.Topic.F1));
            rows.Add(($"{prefix}: held-out ({fold.HeldOut}) sub-event F1", fold.HeldOutScores.SubEvent.F1));
            rows.Add(($"{prefix}: held-out ({fold.HeldOut}) topic F1", fold.HeldOutScores.Topic.F1));
            folds.Add(new Dictionary<string, object?>
            {
                ["tunedOn"] = fold.TunedOn,
                ["heldOut"] = fold.HeldOut,
                ["storyThreshold"] = fold.Options.SimilarityThreshold,
                ["splitThreshold"] = fold.Options.SplitThreshold,
                ["topicThreshold"] = fold.Options.TopicSimilarityThreshold,
                ["inSampleSubEventF1"] = fold.InSample.SubEvent.F1,
                ["inSampleTopicF1"] = fold.InSample.Topic.F1,
                ["heldOutSubEventF1"] = fold.HeldOutScores.SubEvent.F1,
                ["heldOutTopicF1"] = fold.HeldOutScores.Topic.F1,
            });
        }

        var all = ThresholdTuning.Tune(articles, new StoryClustererOptions());
        rows.Add(("tuned on all topics: story threshold", all.SimilarityThreshold));
        rows.Add(("tuned on all topics: split threshold", all.SplitThreshold));
        rows.Add(("tuned on all topics: topic threshold", all.TopicSimilarityThreshold));
        var figures = new Dictionary<string, object?>
        {
            ["folds"] = folds,
            ["storyThreshold"] = all.SimilarityThreshold,
            ["splitThreshold"] = all.SplitThreshold,
            ["topicThreshold"] = all.TopicSimilarityThreshold,
        };
        EvalReport.Write(context, "Clustering thresholds: two-fold cross-validation over topics", rows, figures, json);
    }

    private static void WritePredictions(DirectoryInfo directory, List<LabelledArticle> articles, IReadOnlyList<StoryCluster> stories)
    {
        directory.Create();
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(id => (id, s))).ToDictionary(p => p.id, p => p.s, StringComparer.Ordinal);
        var tsv = new StringBuilder("document\tstory\ttopic\n");
        foreach (var article in articles)
        {
            var story = storyOf[article.Analysis.Article.Id];
            tsv.Append(CultureInfo.InvariantCulture, $"{article.FileName}\t{story.Id}\t{story.TopicId}\n");
        }

        File.WriteAllText(Path.Combine(directory.FullName, "clusters.tsv"), tsv.ToString());
    }
}
