using Parallax.Entities;
using Parallax.Quantities;
using Parallax.Quotes;
using Parallax.Segmentation;
using Parallax.Time;

namespace Parallax.Pipeline;

public static class DefaultPipeline
{
    /// <summary>
    /// The stages in dependency order: tokens and sentences first, then names, times and numbers,
    /// and quotations last because speakers are resolved against the entity layer.
    /// </summary>
    public static AnalysisPipelineBuilder UseDefaults(this AnalysisPipelineBuilder builder) =>
        builder
            .UseSegmentation()
            .UseEntities()
            .UseTimeExpressions()
            .UseQuantities()
            .UseQuotes();
}
