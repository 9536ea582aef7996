using Parallax.Pipeline;

namespace Parallax.Entities;

public static class EntitiesPipelineExtensions
{
    public static AnalysisPipelineBuilder UseEntities(this AnalysisPipelineBuilder builder) =>
        builder.Use(new EntityRecognizer());
}
