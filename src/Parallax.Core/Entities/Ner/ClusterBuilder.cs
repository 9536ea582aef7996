namespace Parallax.Entities.Ner;

/// <summary>Word clusters from unlabelled sentences (not yet implemented: no clusters).</summary>
internal static class ClusterBuilder
{
    public static WordClusters Build(IEnumerable<IReadOnlyList<string>> sentences, NerTrainingOptions options, Action<string>? progress)
    {
        _ = (sentences, options, progress);
        return WordClusters.Empty;
    }
}
