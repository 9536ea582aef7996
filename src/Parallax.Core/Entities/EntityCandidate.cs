namespace Parallax.Entities;

/// <summary>
/// A mention before the article-wide second look. <see cref="IsGuess"/> marks a capitalized phrase no
/// rule explained (it is kept as MISC, promoted to PERSON when its words name a person found
/// elsewhere in the article, or dropped when it is just a capitalized common word).
/// </summary>
internal sealed record EntityCandidate(EntityMention Mention, bool IsGuess = false, bool SentenceInitial = false);
