namespace Parallax.Clustering;

/// <summary>A story: articles that report one event. <see cref="Id"/> is stable while its founding article stays in it.</summary>
public sealed record StoryCluster(string Id, IReadOnlyList<string> ArticleIds);
