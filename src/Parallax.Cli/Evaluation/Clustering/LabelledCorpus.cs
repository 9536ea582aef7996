using Parallax.Analysis;
using Parallax.Cleaning;
using Parallax.Cli.Datasets;
using Parallax.Pipeline;

namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>One analysed ECB+ document with its gold labels: the topic folder, and the sub-event within it.</summary>
internal sealed record LabelledArticle(string FileName, string Topic, string SubEvent, ArticleAnalysis Analysis);

/// <summary>
/// Reads an ECB+ folder (<c>&lt;topic&gt;/&lt;doc&gt;.xml</c>) and analyses every document from its text
/// alone. Within a topic, documents named <c>*ecbplus.xml</c> report a second event of the same kind
/// as the <c>*ecb.xml</c> ones, which gives the sub-event label. Articles get their file name as
/// id, so that two documents with identical text still count as two.
/// </summary>
internal static class LabelledCorpus
{
    public static List<LabelledArticle> Load(string directory, Action<int, int>? progress = null)
    {
        var documents = EcbPlusDocuments.ReadAll(directory).ToList();
        var root = Path.GetFullPath(directory);
        if (documents.Any(d => Path.GetDirectoryName(Path.GetFullPath(d.Path)) == root.TrimEnd(Path.DirectorySeparatorChar)))
        {
            throw new InvalidDataException($"{directory}: holds .xml files directly; expected one subfolder per topic (<topic>/<doc>.xml)");
        }

        var preparer = new ArticlePreparer();
        var pipeline = AnalysisPipeline.CreateDefault();
        var articles = new List<LabelledArticle>(documents.Count);
        foreach (var (path, input) in documents)
        {
            progress?.Invoke(articles.Count, documents.Count);
            var fileName = Path.GetFileName(path);
            var topic = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
            var subEvent = topic + (fileName.EndsWith("ecbplus.xml", StringComparison.OrdinalIgnoreCase) ? "/ecbplus" : "/ecb");
            var article = Prepare(preparer, input) with { Id = fileName };
            articles.Add(new LabelledArticle(fileName, topic, subEvent, pipeline.Analyze(article)));
        }

        return articles;
    }

    /// <summary>
    /// Every document must be scored, so one the cleaner rejects (all of it looked like a headline
    /// or boilerplate) is kept as it is: ECB+ text is already free of page furniture.
    /// </summary>
    private static Articles.Article Prepare(ArticlePreparer preparer, Articles.ArticleInput input)
    {
        try
        {
            return preparer.Prepare(input);
        }
        catch (ArticleRejectedException)
        {
            return new Articles.Article { Id = string.Empty, Path = input.Path, Title = input.Title ?? string.Empty, Text = input.Text ?? string.Empty, Language = "en" };
        }
    }
}
