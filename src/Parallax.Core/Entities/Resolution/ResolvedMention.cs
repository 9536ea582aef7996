namespace Parallax.Entities.Resolution;

/// <summary>One mention of the article set, with the surface form and type the resolver works with.</summary>
internal sealed record ResolvedMention(int Index, string ArticleId, string ArticleText, EntityMention Mention, string Surface)
{
    /// <summary>The type voted across every mention with the same spelling.</summary>
    public EntityType Type { get; set; } = Mention.Type;
}
