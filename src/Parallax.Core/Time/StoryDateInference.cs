using Parallax.Analysis;

namespace Parallax.Time;

/// <summary>Placeholder: being implemented.</summary>
public sealed class StoryDateInference
{
    /// <summary>Publication dates for the story's undated articles that the rest of the story pins down.</summary>
    public IReadOnlyDictionary<string, DateOnly> InferMissing(IReadOnlyList<ArticleAnalysis> story) => new Dictionary<string, DateOnly>();
}
