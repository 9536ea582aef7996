using Parallax.Pipeline;

namespace Parallax.Quantities;

public static class QuantitiesPipelineExtensions
{
    public static AnalysisPipelineBuilder UseQuantities(this AnalysisPipelineBuilder builder) =>
        builder.Use(new QuantityRecognizer());
}
