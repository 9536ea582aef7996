namespace Parallax.Quotes;

/// <summary>
/// What an article tells about a source it does not name ("a senior US official, who spoke on
/// condition of anonymity because he was not authorized to brief reporters"): the kind of source
/// (<see cref="Role"/>: official, spokesman, diplomat, source...), whom it belongs to
/// (<see cref="Affiliation"/>: a country, an organisation, a branch), its <see cref="Seniority"/>
/// and the reason given for not naming it, each null when the article does not say.
/// </summary>
public sealed record UnnamedSource(string Role, string? Affiliation, string? Seniority, string? Reason);
