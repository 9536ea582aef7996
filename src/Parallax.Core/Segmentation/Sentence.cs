using Parallax.Text;

namespace Parallax.Segmentation;

/// <summary>A sentence of the cleaned text; its tokens are the article's tokens whose spans it contains.</summary>
public readonly record struct Sentence(Span Span);
