namespace Parallax.Clustering;

/// <summary>
/// A story: articles that report one event. <see cref="Id"/> is stable while its founding article
/// stays in it. <see cref="TopicId"/> names the broader storyline the story belongs to (successive
/// rounds of the same talks, two earthquakes in one region): stories sharing it are related but
/// distinct events.
/// </summary>
public sealed record StoryCluster(string Id, IReadOnlyList<string> ArticleIds)
{
    /// <summary>"t-" + the founding article id of the topic's first story; a story alone in its topic gets its own.</summary>
    public string TopicId { get; init; } = "t-" + (Id.StartsWith("s-", StringComparison.Ordinal) ? Id[2..] : Id);
}
