using Parallax.Clustering;

namespace Parallax.Briefing;

/// <summary>Names topics and lists a story's related stories, the same way for briefings and the store.</summary>
public static class StoryTopics
{
    /// <summary>
    /// A topic is named after its largest story (the earliest founded on ties): the event most
    /// outlets covered is the one readers know the storyline by.
    /// </summary>
    /// <param name="stories">The topic's stories, in founding order.</param>
    public static string Headline(IEnumerable<StoryCluster> stories, Func<StoryCluster, string> headline)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(headline);
        return stories.MaxBy(s => s.ArticleIds.Count) is { } largest ? headline(largest) : string.Empty;
    }

    /// <param name="all">Every story of the corpus, in founding order.</param>
    public static TopicEntry Describe(StoryCluster story, IReadOnlyList<StoryCluster> all, Func<StoryCluster, string> headline)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(all);
        var topic = all.Where(s => s.TopicId == story.TopicId).ToList();
        var related = topic
            .Where(s => s.Id != story.Id)
            .Select(s => new RelatedStory(s.Id, headline(s), s.ArticleIds.Count))
            .ToList();
        return new TopicEntry(story.TopicId, Headline(topic, headline), related);
    }
}
