using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Something reported as said. <see cref="Content"/> is the quoted or reported words (without
/// quotation marks); <see cref="Cue"/> is the reporting verb or phrase ("said", "told reporters").
/// </summary>
public sealed record Quote(Span Content, bool Direct, Span? Cue, SpeakerMention Speaker)
{
    /// <summary>The outlet or agency the quote was relayed through ("told The Wall Street Journal"), if any.</summary>
    public string? Via { get; init; }

    /// <summary>Direct, indirect or mixed; <see cref="Direct"/> is true for direct and mixed quotes.</summary>
    public QuoteKind Kind { get; init; } = QuoteKind.Direct;
}
