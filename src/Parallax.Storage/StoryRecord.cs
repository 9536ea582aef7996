namespace Parallax.Storage;

/// <summary>A story as the store keeps it for listing: the briefing itself is computed on demand.</summary>
public sealed record StoryRecord(string Id, string Headline, int ArticleCount, DateOnly? FirstPublished, DateOnly? LastPublished, string? TopicId = null);

/// <summary>A topic as the store keeps it: the storyline's name (its largest story's headline) and size.</summary>
public sealed record TopicRecord(string Id, string Headline, int StoryCount);

/// <summary>Where one article belongs after clustering, and what it copies if it is a duplicate.</summary>
public sealed record StoryAssignment(string ArticleId, string StoryId, string? DuplicateOf);
