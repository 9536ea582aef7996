using Parallax.Analysis;
using Parallax.Articles;
using Parallax.Pipeline;
using Parallax.Segmentation;
using Parallax.Time;

namespace Parallax.Core.Tests.Time;

/// <summary>Runs segmentation and time recognition on invented text with a fixed publication date.</summary>
internal static class TimeTestPipeline
{
    /// <summary>Friday 23 July 2021.</summary>
    public static readonly DateOnly Friday = new(2021, 7, 23);

    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().UseSegmentation().UseTimeExpressions().Build();

    public static ArticleAnalysis Analyze(string text, DateOnly? published, string id = "a1") =>
        Pipeline.Analyze(new Article { Id = id, Title = "Test", Language = "en", Text = text, Published = published });

    public static List<TimeExpression> Times(string text, DateOnly? published) => Analyze(text, published).Times;

    public static TimeExpression Single(string text, string phrase, DateOnly? published)
    {
        var times = Times(text, published);
        return Assert.Single(times, t => t.Span.Of(text) == phrase);
    }
}
