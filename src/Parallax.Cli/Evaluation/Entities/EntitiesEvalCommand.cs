using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Xml;
using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Entities;
using Parallax.Pipeline;

namespace Parallax.Cli.Evaluation.Entities;

/// <summary>
/// `parallax eval entities --data DIR`: scores cross-document resolution of named mentions on ECB+.
/// Every document is analysed from its text; entities are then resolved twice: within each topic
/// (the documents of one story, as a briefing resolves them) and over all documents at once (as the
/// store's entity index does). Each is scored against the gold chains with MUC, B³, CEAF-e and
/// CoNLL F1 over the mentions aligned by <see cref="MentionAlignment"/>.
/// </summary>
internal static class EntitiesEvalCommand
{
    public static Command Create(CliContext context)
    {
        var data = EvalOptions.Data("an ECB+ folder holding <topic>/<doc>.xml");
        var json = EvalOptions.Json();
        var predictions = EvalOptions.Predictions("entities.tsv: mode, document, span, text, predicted entity, gold chain");
        var command = new Command("entities", "Cross-document resolution of named mentions vs ECB+ coreference chains: B³ and CoNLL F1, per topic and over all topics.") { data, json, predictions };
        command.SetAction(parse => Run(context, parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(predictions)));
        return command;
    }

    private static int Run(CliContext context, DirectoryInfo data, bool json, DirectoryInfo? predictions)
    {
        List<(EcbPlusEntityDocument Document, ArticleAnalysis Analysis)> documents;
        try
        {
            documents = Load(context, data.FullName);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or XmlException)
        {
            context.Error.WriteLine($"parallax eval entities: {e.Message}");
            return ExitCodes.NothingToDo;
        }

        var resolver = new EntityResolver();
        var perTopic = documents.GroupBy(d => d.Document.Topic, StringComparer.Ordinal).SelectMany(topic =>
        {
            var index = resolver.Resolve([.. topic.Select(d => d.Analysis)]);
            return topic.SelectMany(d => MentionAlignment.Align(d.Document, d.Analysis, index, topic.Key + "/"));
        }).ToList();
        var allIndex = resolver.Resolve([.. documents.Select(d => d.Analysis)]);
        var overAll = documents.SelectMany(d => MentionAlignment.Align(d.Document, d.Analysis, allIndex, string.Empty)).ToList();

        if (predictions is not null)
        {
            WritePredictions(predictions, perTopic, overAll);
        }

        var topicScores = Score(perTopic);
        var allScores = Score(overAll);
        var topics = documents.Select(d => d.Document.Topic).Distinct(StringComparer.Ordinal).Count();
        var rows = new List<(string, double)>
        {
            ("gold name mentions", perTopic.Count(m => m.InGold)),
            ("aligned to a Parallax mention", perTopic.Count(m => m.InGold && m.InSystem)),
            ("Parallax mentions no gold name explains", perTopic.Count(m => !m.InGold)),
        };
        rows.AddRange(Rows("per topic", topicScores));
        rows.AddRange(Rows("all topics", allScores));
        var figures = new Dictionary<string, object?>
        {
            ["b3Precision"] = topicScores.BCubed.Precision,
            ["b3Recall"] = topicScores.BCubed.Recall,
            ["b3F1"] = topicScores.BCubed.F1,
            ["mucF1"] = topicScores.Muc.F1,
            ["ceafeF1"] = topicScores.CeafE.F1,
            ["conllF1"] = topicScores.ConllF1,
            ["allTopicsB3Precision"] = allScores.BCubed.Precision,
            ["allTopicsB3Recall"] = allScores.BCubed.Recall,
            ["allTopicsB3F1"] = allScores.BCubed.F1,
            ["allTopicsMucF1"] = allScores.Muc.F1,
            ["allTopicsCeafeF1"] = allScores.CeafE.F1,
            ["allTopicsConllF1"] = allScores.ConllF1,
            ["goldMentions"] = perTopic.Count(m => m.InGold),
            ["alignedMentions"] = perTopic.Count(m => m.InGold && m.InSystem),
            ["spuriousMentions"] = perTopic.Count(m => !m.InGold),
            ["documents"] = documents.Count,
            ["topics"] = topics,
        };
        EvalReport.Write(context, $"Named-entity coreference on {documents.Count} ECB+ documents ({topics} topics)", rows, figures, json);
        return ExitCodes.Success;
    }

    private static CorefScores Score(List<ScoredMention> mentions) =>
        CorefScores.Of([.. mentions.Select(m => m.Predicted)], [.. mentions.Select(m => m.Gold)]);

    private static IEnumerable<(string, double)> Rows(string mode, CorefScores s) =>
    [
        ($"{mode}: MUC F1", s.Muc.F1),
        ($"{mode}: B³ precision", s.BCubed.Precision),
        ($"{mode}: B³ recall", s.BCubed.Recall),
        ($"{mode}: B³ F1", s.BCubed.F1),
        ($"{mode}: CEAF-e F1", s.CeafE.F1),
        ($"{mode}: CoNLL F1", s.ConllF1),
    ];

    private static List<(EcbPlusEntityDocument, ArticleAnalysis)> Load(CliContext context, string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such directory (expected ECB+ topic folders holding <topic>/<doc>.xml)");
        }

        var root = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var files = Directory.EnumerateFiles(directory, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0 || files.Any(f => Path.GetDirectoryName(Path.GetFullPath(f)) == root))
        {
            throw new InvalidDataException($"{directory}: expected one subfolder per topic holding ECB+ documents (<topic>/<doc>.xml)");
        }

        var pipeline = AnalysisPipeline.CreateDefault();
        var documents = new List<(EcbPlusEntityDocument, ArticleAnalysis)>(files.Count);
        foreach (var file in files)
        {
            if (documents.Count % 100 == 0)
            {
                context.Error.WriteLine($"eval entities: analysing {documents.Count}/{files.Count} documents...");
            }

            var document = EcbPlusEntityDocument.Read(file);
            var article = new Article { Id = document.FileName, Path = file, Title = document.FileName, Text = document.Text, Language = "en" };
            documents.Add((document, pipeline.Analyze(article)));
        }

        return documents;
    }

    private static void WritePredictions(DirectoryInfo directory, List<ScoredMention> perTopic, List<ScoredMention> overAll)
    {
        directory.Create();
        var tsv = new StringBuilder("mode\tdocument\tstart\tlength\ttext\tpredicted\tgold\n");
        foreach (var (mode, mentions) in new[] { ("topic", perTopic), ("all", overAll) })
        {
            foreach (var m in mentions)
            {
                tsv.Append(CultureInfo.InvariantCulture, $"{mode}\t{m.Document}\t{m.Span.Start}\t{m.Span.Length}\t{m.Text.ReplaceLineEndings(" ")}\t{m.Predicted}\t{m.Gold}\n");
            }
        }

        File.WriteAllText(Path.Combine(directory.FullName, "entities.tsv"), tsv.ToString());
    }
}
