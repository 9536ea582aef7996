using Parallax.Clustering;

namespace Parallax.Storage;

/// <summary>
/// Turns a reader's merge or split of stored stories into an override, after checking every id
/// against the store; nothing is written here (see <see cref="StoryRefresher.Recluster"/>).
/// </summary>
public static class StoryEdits
{
    /// <summary>The articles of <paramref name="sourceId"/> join <paramref name="targetId"/>, which keeps its id.</summary>
    /// <exception cref="StoryEditException">An id is unknown, or both are the same story.</exception>
    public static StoredOverride Merge(ArticleStore store, string targetId, string sourceId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var target = ArticlesOf(store, targetId);
        var source = ArticlesOf(store, sourceId);
        if (targetId == sourceId)
        {
            throw new StoryEditException(StoryEditError.Invalid, targetId, $"Cannot merge story \"{targetId}\" with itself.");
        }

        return new StoredOverride(new StoryOverride(0, StoryOverrideKind.Merge, FounderFirst(targetId, target), source), targetId);
    }

    /// <summary>The named articles leave <paramref name="storyId"/> for a new story of their own.</summary>
    /// <exception cref="StoryEditException">The story or an article is unknown, or no article would remain.</exception>
    public static StoredOverride Split(ArticleStore store, string storyId, IReadOnlyList<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articleIds);
        var members = ArticlesOf(store, storyId);
        if (articleIds.Count == 0)
        {
            throw new StoryEditException(StoryEditError.Invalid, storyId, "Name at least one article to split off.");
        }

        if (articleIds.FirstOrDefault(id => !members.Contains(id, StringComparer.Ordinal)) is { } stranger)
        {
            throw new StoryEditException(StoryEditError.NotFound, stranger, $"No article \"{stranger}\" in story \"{storyId}\" of {store.Location}.");
        }

        var moved = members.Where(articleIds.Contains).ToList();
        var kept = members.Where(id => !moved.Contains(id)).ToList();
        if (kept.Count == 0)
        {
            throw new StoryEditException(StoryEditError.Invalid, storyId, $"Splitting every article off story \"{storyId}\" would leave it empty.");
        }

        return new StoredOverride(new StoryOverride(0, StoryOverrideKind.Split, kept, moved), storyId);
    }

    /// <summary>The error for an override id the store does not hold.</summary>
    public static StoryEditException UnknownOverride(ArticleStore store, long id)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new StoryEditException(StoryEditError.NotFound, text, $"No override {text} in {store.Location}. 'parallax story overrides' lists them.");
    }

    private static List<string> ArticlesOf(ArticleStore store, string storyId)
    {
        var ids = store.LoadStoryArticleIds(storyId);
        return ids.Count > 0
            ? [.. ids]
            : throw new StoryEditException(StoryEditError.NotFound, storyId, $"No story \"{storyId}\" in {store.Location}. 'parallax stories' lists them.");
    }

    // The story keeps its id through a merge because the override finds the target by its founder.
    private static List<string> FounderFirst(string storyId, List<string> members)
    {
        var founder = storyId.StartsWith("s-", StringComparison.Ordinal) ? storyId[2..] : null;
        return founder is not null && members.Remove(founder) ? [founder, .. members] : members;
    }
}

public enum StoryEditError
{
    /// <summary>A story or article id that the store does not hold.</summary>
    NotFound,

    /// <summary>An edit that cannot be made (a story merged with itself, a split leaving nothing).</summary>
    Invalid,
}

/// <summary>A merge or split was refused; <see cref="Id"/> is the offending id, the message says why.</summary>
public sealed class StoryEditException(StoryEditError error, string id, string message) : Exception(message)
{
    public StoryEditError Error { get; } = error;

    public string Id { get; } = id;
}
