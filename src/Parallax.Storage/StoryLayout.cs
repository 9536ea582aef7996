using Parallax.Clustering;

namespace Parallax.Storage;

/// <summary>Where each clustered article sits: its story and that story's topic.</summary>
public sealed class StoryLayout(IReadOnlyDictionary<string, (string Story, string? Topic)> places)
{
    public static StoryLayout From(IEnumerable<StoryCluster> stories) =>
        new(stories
            .SelectMany(s => s.ArticleIds.Select(a => (Article: a, Place: (s.Id, (string?)s.TopicId))))
            .ToDictionary(x => x.Article, x => x.Place, StringComparer.Ordinal));

    /// <summary>How many stories the layout holds.</summary>
    public int StoryCount => places.Values.Select(p => p.Story).Distinct(StringComparer.Ordinal).Count();

    /// <summary>How many topics the layout holds.</summary>
    public int TopicCount => places.Values.Select(p => p.Topic).OfType<string>().Distinct(StringComparer.Ordinal).Count();

    /// <summary>How many articles placed in both layouts are in a story of another id in <paramref name="other"/>.</summary>
    public int CountMoved(StoryLayout other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return places.Count(p => other.StoryOf(p.Key) is { } now && now != p.Value.Story);
    }

    /// <summary>The story the article is in, or null when it is not clustered.</summary>
    public string? StoryOf(string articleId) => places.TryGetValue(articleId, out var place) ? place.Story : null;

    /// <summary>
    /// How many stories and topics differ between the two layouts: an id counts once when it is new,
    /// gone, or holds a different set of articles. Equal layouts give (0, 0).
    /// </summary>
    public (int Stories, int Topics) CountChanged(StoryLayout other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Changed(Members(place => place.Story), other.Members(place => place.Story)), Changed(Members(place => place.Topic), other.Members(place => place.Topic)));
    }

    private Dictionary<string, HashSet<string>> Members(Func<(string Story, string? Topic), string?> key)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (article, place) in places)
        {
            if (key(place) is not { } id)
            {
                continue;
            }

            if (!members.TryGetValue(id, out var set))
            {
                members[id] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(article);
        }

        return members;
    }

    private static int Changed(Dictionary<string, HashSet<string>> before, Dictionary<string, HashSet<string>> after) =>
        before.Keys.Union(after.Keys).Count(id =>
            !before.TryGetValue(id, out var old) || !after.TryGetValue(id, out var now) || !old.SetEquals(now));
}
