namespace Parallax.Entities;

/// <summary>
/// One real-world entity after cross-document resolution: every spelling seen, every role stated,
/// and the articles that mention it.
/// </summary>
public sealed record CanonicalEntity
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required EntityType Type { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required IReadOnlyList<string> ArticleIds { get; init; }
    public required int MentionCount { get; init; }

    /// <summary>Each role of <see cref="Roles"/>, in the same order, with the articles that state it.</summary>
    public IReadOnlyList<StatedRole> StatedRoles { get; init; } = [];

    /// <summary>
    /// For a place: the demonyms seen for it ("Iraqi" for Iraq) with the articles using them. The
    /// demonym mentions stay their own entity; this only links them to the place.
    /// </summary>
    public IReadOnlyList<PlaceDemonym> Demonyms { get; init; } = [];
}
