using Parallax.Analysis;

namespace Parallax.Clustering;

/// <summary>Placeholder: being implemented.</summary>
public sealed class NearDuplicateDetector
{
    /// <summary>Maps each duplicate article id to the id of the article it copies.</summary>
    public IReadOnlyDictionary<string, string> Find(IReadOnlyList<ArticleAnalysis> articles) => new Dictionary<string, string>();
}
