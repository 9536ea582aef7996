namespace Parallax.Articles;

/// <summary>A publication date inferred after extraction, with the evidence it came from.</summary>
public sealed record InferredPublication(DateOnly Date, MetadataSource Source);
