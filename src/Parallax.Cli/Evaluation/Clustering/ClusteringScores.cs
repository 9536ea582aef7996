using Parallax.Clustering;

namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>Stories scored against sub-event labels, topics against topic labels.</summary>
internal sealed record ClusteringScores(PrecisionRecall SubEvent, double SubEventNmi, PrecisionRecall Topic, double TopicNmi, int Stories, int Topics)
{
    public static ClusteringScores Of(IReadOnlyList<LabelledArticle> articles, IReadOnlyList<StoryCluster> stories)
    {
        var storyOf = new Dictionary<string, StoryCluster>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var id in story.ArticleIds)
            {
                storyOf[id] = story;
            }
        }

        var predictedStories = articles.Select(a => storyOf[a.Analysis.Article.Id].Id).ToList();
        var predictedTopics = articles.Select(a => storyOf[a.Analysis.Article.Id].TopicId).ToList();
        var goldSubEvents = articles.Select(a => a.SubEvent).ToList();
        var goldTopics = articles.Select(a => a.Topic).ToList();
        return new ClusteringScores(
            ClusterAgreement.BCubed(predictedStories, goldSubEvents),
            ClusterAgreement.NormalizedMutualInformation(predictedStories, goldSubEvents),
            ClusterAgreement.BCubed(predictedTopics, goldTopics),
            ClusterAgreement.NormalizedMutualInformation(predictedTopics, goldTopics),
            stories.Count,
            stories.Select(s => s.TopicId).Distinct(StringComparer.Ordinal).Count());
    }

    public static ClusteringScores Of(IReadOnlyList<LabelledArticle> articles, StoryClustererOptions options) =>
        Of(articles, new StoryClusterer(options).Cluster([.. articles.Select(a => a.Analysis)]));
}
