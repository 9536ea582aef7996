namespace Parallax.Clustering;

/// <summary>
/// Applies manual overrides to a clustering, in the order they were made, so a later decision
/// about the same articles wins. Articles an override names that are not in the clustering (no
/// longer stored) are skipped: the rest of the override still holds.
/// </summary>
/// <remarks>
/// Ids follow the clusterer's rule: a story keeps its id while the article the id names is still
/// in it; otherwise (a new story split off, or a story whose founder left) its id is "s-" + its
/// first article in publication order. Every id thus names one of the story's own articles, so ids
/// stay unique. A split-off story stays in the topic it left; merged articles take the topic of
/// the story they join.
/// </remarks>
public static class StoryOverrides
{
    /// <param name="publicationOrder">Every clustered article id, in publication order.</param>
    public static IReadOnlyList<StoryCluster> Apply(IReadOnlyList<StoryCluster> stories, IReadOnlyList<StoryOverride> overrides, IReadOnlyList<string> publicationOrder)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(publicationOrder);
        if (overrides.Count == 0)
        {
            return stories;
        }

        var groups = stories.Select(s => new Group(s.Id, s.TopicId)).ToList();
        var groupOf = new Dictionary<string, Group>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            foreach (var id in stories[i].ArticleIds)
            {
                groupOf[id] = groups[i];
            }
        }

        foreach (var o in overrides)
        {
            var kept = o.Kept.Where(groupOf.ContainsKey).ToList();
            var moved = o.Moved.Where(groupOf.ContainsKey).ToList();
            if (o.Kind == StoryOverrideKind.Merge && kept.Count > 0 && moved.Count > 0)
            {
                var target = groupOf[kept[0]];
                foreach (var id in kept.Concat(moved))
                {
                    groupOf[id] = target;
                }
            }
            else if (o.Kind == StoryOverrideKind.Split && moved.Any(m => kept.Any(k => groupOf[k] == groupOf[m])))
            {
                var split = new Group(null, groupOf[moved[0]].TopicId);
                groups.Add(split);
                foreach (var id in moved)
                {
                    groupOf[id] = split;
                }
            }
        }

        return Rebuild(groupOf, publicationOrder);
    }

    private static List<StoryCluster> Rebuild(Dictionary<string, Group> groupOf, IReadOnlyList<string> publicationOrder)
    {
        var members = new Dictionary<Group, List<string>>();
        var order = new List<Group>();
        foreach (var id in publicationOrder)
        {
            if (!groupOf.TryGetValue(id, out var group))
            {
                continue;
            }

            if (!members.TryGetValue(group, out var list))
            {
                members[group] = list = [];
                order.Add(group);
            }

            list.Add(id);
        }

        return [.. order.Select(g =>
        {
            var ids = members[g];
            var founder = g.Id is { } id && id.StartsWith("s-", StringComparison.Ordinal) && ids.Contains(id[2..]) ? id : "s-" + ids[0];
            return new StoryCluster(founder, ids) { TopicId = g.TopicId };
        })];
    }

    /// <summary>A story being rearranged: identity is the object, since split-off stories have no id yet.</summary>
    private sealed class Group(string? id, string topicId)
    {
        public string? Id { get; } = id;

        public string TopicId { get; } = topicId;
    }
}
