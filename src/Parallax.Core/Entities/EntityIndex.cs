using Parallax.Text;

namespace Parallax.Entities;

/// <summary>The canonical entities of a set of articles, and which canonical entity each mention belongs to.</summary>
public sealed class EntityIndex(IReadOnlyList<CanonicalEntity> entities, IReadOnlyDictionary<(string ArticleId, Span Mention), string> mentionToEntity)
{
    private readonly Dictionary<string, CanonicalEntity> _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>Most mentioned first.</summary>
    public IReadOnlyList<CanonicalEntity> Entities { get; } = entities;

    /// <summary>The canonical entity of the mention at <paramref name="mention"/> in article <paramref name="articleId"/>, or null.</summary>
    public CanonicalEntity? Find(string articleId, Span mention) =>
        mentionToEntity.TryGetValue((articleId, mention), out var id) ? _byId[id] : null;

    public CanonicalEntity? Find(string articleId, EntityMention mention) => Find(articleId, mention.Span);

    public CanonicalEntity? ById(string id) => _byId.GetValueOrDefault(id);
}
