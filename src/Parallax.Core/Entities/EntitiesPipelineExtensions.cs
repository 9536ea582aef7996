using Parallax.Entities.Ner;
using Parallax.Pipeline;

namespace Parallax.Entities;

public static class EntitiesPipelineExtensions
{
    /// <summary>Rule-based recognition, completed by the shipped trained model (<see cref="ShippedNerModel"/>).</summary>
    public static AnalysisPipelineBuilder UseEntities(this AnalysisPipelineBuilder builder) =>
        builder.Use(new EntityRecognizer(ShippedNerModel.Load()));

    /// <summary>Rule-based recognition, completed by <paramref name="model"/> when one is given (null: rules only).</summary>
    public static AnalysisPipelineBuilder UseEntities(this AnalysisPipelineBuilder builder, NerModel? model) =>
        builder.Use(new EntityRecognizer(model));
}
