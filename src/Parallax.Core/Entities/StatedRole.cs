namespace Parallax.Entities;

/// <summary>A role or title attached to an entity, with the articles that state it (their ids, in first-seen order).</summary>
public sealed record StatedRole(string Role, IReadOnlyList<string> ArticleIds);
