using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Who a quote is attributed to, as the article says it. <see cref="Span"/> is the local mention
/// ("he", "the top Iraqi official", "Mara Velden"); <see cref="Antecedent"/> is the span of the
/// named entity mention in the same article that it resolves to, when one could be found.
/// Unnamed sources ("a senior US official") are <see cref="Anonymous"/> and carry their
/// <see cref="Description"/>. A pronoun or definite description ("the official") that refers back to
/// an unnamed earlier speaker gets that speaker's mention as its <see cref="Antecedent"/>, along with
/// its <see cref="Anonymous"/> flag and <see cref="Description"/>.
/// </summary>
public sealed record SpeakerMention(Span? Span, string Text)
{
    public Span? Antecedent { get; init; }
    public bool Anonymous { get; init; }
    public string? Description { get; init; }

    /// <summary>For an unnamed source, what the article says about it (role, affiliation, seniority, reason for anonymity).</summary>
    public UnnamedSource? Source { get; init; }
}
