using Parallax.Analysis;

namespace Parallax.Pipeline;

/// <summary>
/// Collects annotators in the order they must run. Feature folders add extension methods
/// (<c>UseSegmentation()</c>, <c>UseEntities()</c>, ...) so a pipeline reads like its stages.
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IArticleAnnotator> _annotators = [];

    public AnalysisPipelineBuilder Use(IArticleAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    public AnalysisPipeline Build() => new([.. _annotators]);
}
