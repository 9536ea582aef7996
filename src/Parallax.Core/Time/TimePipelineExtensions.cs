using Parallax.Pipeline;

namespace Parallax.Time;

public static class TimePipelineExtensions
{
    public static AnalysisPipelineBuilder UseTimeExpressions(this AnalysisPipelineBuilder builder) =>
        builder.Use(new TimeExpressionRecognizer());
}
