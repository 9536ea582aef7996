using System.Globalization;
using Parallax.Clustering;

namespace Parallax.Storage;

/// <summary>Whether a manual override still shapes the stories.</summary>
public enum OverrideStatus
{
    /// <summary>Every article it names is stored and sits as it says (together for a merge, apart for a split).</summary>
    Holds,

    /// <summary>Some of its articles are no longer stored; the rest still sit as it says.</summary>
    PartlyMissing,

    /// <summary>A whole side of it is no longer stored, so it has nothing left to act on.</summary>
    Void,

    /// <summary>Its articles no longer sit as it says, because a later override rearranged them.</summary>
    Overruled,
}

/// <summary>One override checked against a story layout; anything but <see cref="OverrideStatus.Holds"/> is stale.</summary>
public sealed record OverrideState(StoredOverride Override, OverrideStatus Status, IReadOnlyList<string> MissingArticleIds, long? OverruledBy)
{
    public bool IsStale => Status != OverrideStatus.Holds;

    /// <summary>"holds", "partly-missing", "void", "overruled": the status as the CLI and the API print it.</summary>
    public string StatusName => Status switch
    {
        OverrideStatus.Holds => "holds",
        OverrideStatus.PartlyMissing => "partly-missing",
        OverrideStatus.Void => "void",
        _ => "overruled",
    };

    /// <summary>Why the override is stale, in a few words, or "holds".</summary>
    public string Reason => Status switch
    {
        OverrideStatus.Holds => "holds",
        OverrideStatus.PartlyMissing => $"{Count(MissingArticleIds.Count)} article(s) no longer stored ({string.Join(", ", MissingArticleIds)}); the rest still applies",
        OverrideStatus.Void => $"every article on one side is no longer stored ({string.Join(", ", MissingArticleIds)}); it has no effect",
        _ => $"its articles no longer sit {(Override.Override.Kind == StoryOverrideKind.Merge ? "together" : "apart")}" + OverruledBy switch
        {
            null => string.Empty,
            0 => ": the override just made rearranged them", // not stored yet, so it has no id
            { } later => $": later override {Count(later)} rearranged them",
        },
    };

    /// <summary>The one warning line a command prints for a stale override.</summary>
    public string Warning =>
        $"warning: {Override.Describe()} is stale: {Reason}. 'parallax story overrides remove {Count(Override.Override.Sequence)}' drops it.";

    private static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Checks overrides against a layout (the stored one, or a fresh clustering's). A missing article
/// is one the layout does not place: every stored article is placed after a clustering. Checking
/// the outcome rather than re-running the overrides keeps this cheap enough for every listing.
/// </summary>
public static class OverrideCheck
{
    /// <param name="overrides">In the order they apply (oldest first), so an overruling override can be named.</param>
    public static IReadOnlyList<OverrideState> Check(IReadOnlyList<StoredOverride> overrides, StoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(layout);
        return [.. overrides.Select((o, i) => Check(o, layout, [.. overrides.Skip(i + 1)]))];
    }

    private static OverrideState Check(StoredOverride stored, StoryLayout layout, IReadOnlyList<StoredOverride> later)
    {
        var o = stored.Override;
        var missing = o.ArticleIds.Where(id => layout.StoryOf(id) is null).Distinct(StringComparer.Ordinal).ToList();
        if (!o.Kept.Any(Placed) || !o.Moved.Any(Placed))
        {
            return new OverrideState(stored, OverrideStatus.Void, missing, null);
        }

        // Articles a later override moved were decided again, by it: a merge followed by a split of
        // one of its articles still holds for the others.
        var redecided = later.SelectMany(l => l.Override.Moved).ToHashSet(StringComparer.Ordinal);
        var kept = o.Kept.Where(id => !redecided.Contains(id)).Select(layout.StoryOf).OfType<string>().ToList();
        var moved = o.Moved.Where(id => !redecided.Contains(id)).Select(layout.StoryOf).OfType<string>().ToList();
        var sits = kept.Count > 0 && moved.Count > 0 && (o.Kind == StoryOverrideKind.Merge
            ? kept.Concat(moved).Distinct(StringComparer.Ordinal).Count() == 1
            : !moved.Intersect(kept, StringComparer.Ordinal).Any());
        if (!sits)
        {
            var names = o.ArticleIds.ToHashSet(StringComparer.Ordinal);
            var culprit = later.LastOrDefault(l => l.Override.ArticleIds.Any(names.Contains));
            return new OverrideState(stored, OverrideStatus.Overruled, missing, culprit?.Override.Sequence);
        }

        return new OverrideState(stored, missing.Count > 0 ? OverrideStatus.PartlyMissing : OverrideStatus.Holds, missing, null);

        bool Placed(string id) => layout.StoryOf(id) is not null;
    }
}
