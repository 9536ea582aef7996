using Parallax.Entities;

namespace Parallax.Storage;

/// <summary>A canonical entity as the store's entity index lists it.</summary>
public sealed record EntityRecord(
    string Id,
    string Name,
    string Type,
    int MentionCount,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    int ArticleCount,
    int StoryCount)
{
    /// <summary>Each role of <see cref="Roles"/>, in the same order, with the articles that state it.</summary>
    public IReadOnlyList<StatedRole> StatedRoles { get; init; } = [];

    /// <summary>For a place: the demonyms linked to it ("Iraqi" for Iraq), each with the articles using it.</summary>
    public IReadOnlyList<PlaceDemonym> Demonyms { get; init; } = [];

    /// <summary>Whether <paramref name="query"/> occurs in the name, any alias or any linked demonym, ignoring case.</summary>
    public bool Matches(string query) =>
        Name.Contains(query, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase))
        || Demonyms.Any(d => d.Demonym.Contains(query, StringComparison.OrdinalIgnoreCase));
}
