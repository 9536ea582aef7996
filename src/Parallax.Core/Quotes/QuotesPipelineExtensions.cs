using Parallax.Pipeline;

namespace Parallax.Quotes;

public static class QuotesPipelineExtensions
{
    public static AnalysisPipelineBuilder UseQuotes(this AnalysisPipelineBuilder builder) =>
        builder.Use(new QuoteExtractor());
}
