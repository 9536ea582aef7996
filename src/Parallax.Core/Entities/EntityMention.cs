using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// A name as it appears in one article. <see cref="Role"/> is a title or function stated next to
/// the name in the text ("Iraqi Foreign Minister" in "Iraqi Foreign Minister Mara Velden"), kept
/// with its own span so the briefing can cite it.
/// </summary>
public sealed record EntityMention(Span Span, EntityType Type, string Text)
{
    public string? Role { get; init; }
    public Span? RoleSpan { get; init; }
}
