using Parallax.Analysis;
using Parallax.Pipeline;

namespace Parallax.Segmentation;

internal sealed class SegmentationAnnotator : IArticleAnnotator
{
    public void Annotate(ArticleAnalysis analysis)
    {
        analysis.Sentences.AddRange(SentenceSplitter.Split(analysis.Text));
        analysis.Tokens.AddRange(Tokenizer.Tokenize(analysis.Text, new Text.Span(0, analysis.Text.Length)));
    }
}

public static class SegmentationPipelineExtensions
{
    public static AnalysisPipelineBuilder UseSegmentation(this AnalysisPipelineBuilder builder) =>
        builder.Use(new SegmentationAnnotator());
}
