using Parallax.Text;

namespace Parallax.Entities;

/// <summary>The canonical entities of a set of articles, and which canonical entity each mention belongs to.</summary>
public sealed class EntityIndex(IReadOnlyList<CanonicalEntity> entities, IReadOnlyDictionary<(string ArticleId, Span Mention), string> mentionToEntity)
{
    public IReadOnlyList<CanonicalEntity> Entities { get; } = entities;

    public CanonicalEntity? Find(string articleId, Span mention) =>
        mentionToEntity.TryGetValue((articleId, mention), out var id) ? Entities.FirstOrDefault(e => e.Id == id) : null;
}
