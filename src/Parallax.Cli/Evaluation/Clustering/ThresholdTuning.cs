using System.Globalization;
using Parallax.Clustering;

namespace Parallax.Cli.Evaluation.Clustering;

/// <summary>Thresholds chosen on one set of topics, with the scores they reach there and on the held-out set.</summary>
internal sealed record TunedFold(string TunedOn, string HeldOut, StoryClustererOptions Options, ClusteringScores InSample, ClusteringScores HeldOutScores);

/// <summary>
/// How the clustering thresholds are chosen, and how well that choice carries to unseen topics.
/// The story threshold is the one maximizing sub-event B³ F1 (with the default split threshold);
/// then the split threshold likewise, with the story threshold fixed; then, with both fixed, the topic
/// threshold is the one maximizing topic B³ F1 (topics are built from stories, so the order
/// matters). Two-fold cross-validation over topics: tune on the first half of the topics (in
/// numeric order), score on the second, and the other way round, so that the reported held-out
/// figures are what to expect on topics never seen while tuning.
/// </summary>
internal static class ThresholdTuning
{
    private static readonly double[] StoryGrid = Grid(0.05, 0.5, 0.01);
    private static readonly double[] SplitGrid = Grid(0.5, 0.8, 0.01);

    // Finer than the story grid: topic cosines are an order of magnitude lower, and topic F1
    // moves by several points within 0.01 of the best value.
    private static readonly double[] TopicGrid = Grid(0.02, 0.4, 0.005);

    public static StoryClustererOptions Tune(IReadOnlyList<LabelledArticle> articles, StoryClustererOptions start)
    {
        var story = StoryGrid.MaxBy(t => ClusteringScores.Of(articles, start with { SimilarityThreshold = t }).SubEvent.F1);
        var withStory = start with { SimilarityThreshold = story };
        var split = SplitGrid.MaxBy(t => ClusteringScores.Of(articles, withStory with { SplitThreshold = t }).SubEvent.F1);
        withStory = withStory with { SplitThreshold = split };
        var topic = TopicGrid.MaxBy(t => ClusteringScores.Of(articles, withStory with { TopicSimilarityThreshold = t }).Topic.F1);
        return withStory with { TopicSimilarityThreshold = topic };
    }

    public static IReadOnlyList<TunedFold> CrossValidate(IReadOnlyList<LabelledArticle> articles, StoryClustererOptions start)
    {
        var topics = articles.Select(a => a.Topic).Distinct(StringComparer.Ordinal).OrderBy(NumericOrder).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var first = topics.Take((topics.Count + 1) / 2).ToHashSet(StringComparer.Ordinal);
        var a = articles.Where(x => first.Contains(x.Topic)).ToList();
        var b = articles.Where(x => !first.Contains(x.Topic)).ToList();
        var nameA = Describe(topics.Where(first.Contains).ToList());
        var nameB = Describe(topics.Where(t => !first.Contains(t)).ToList());
        return [Fold(a, b, nameA, nameB, start), Fold(b, a, nameB, nameA, start)];
    }

    private static TunedFold Fold(List<LabelledArticle> tuning, List<LabelledArticle> heldOut, string tuningName, string heldOutName, StoryClustererOptions start)
    {
        var options = Tune(tuning, start);
        return new TunedFold(tuningName, heldOutName, options, ClusteringScores.Of(tuning, options), ClusteringScores.Of(heldOut, options));
    }

    private static int NumericOrder(string topic) => int.TryParse(topic, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static string Describe(List<string> topics) =>
        topics.Count == 0 ? "no topics" : $"topics {topics[0]}-{topics[^1]} ({topics.Count})";

    private static double[] Grid(double from, double to, double step) =>
        [.. Enumerable.Range(0, (int)Math.Round((to - from) / step) + 1).Select(i => Math.Round(from + (i * step), 3))];
}
