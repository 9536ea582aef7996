using Parallax.Analysis;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>Placeholder: being implemented.</summary>
public sealed class EntityResolver
{
    public EntityIndex Resolve(IReadOnlyList<ArticleAnalysis> articles) =>
        new([], new Dictionary<(string, Span), string>());
}
