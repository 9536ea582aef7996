namespace Parallax.Quotes;

/// <summary>How the words of a <see cref="Quote"/> are reported.</summary>
public enum QuoteKind
{
    /// <summary>Verbatim words between quotation marks (or a paragraph attributed by a "- he said" line).</summary>
    Direct,

    /// <summary>Reported speech without quotation marks ("she said the plan would fail").</summary>
    Indirect,

    /// <summary>A reported clause that embeds quoted fragments ("he said the talks were “very useful”").</summary>
    Mixed,
}
