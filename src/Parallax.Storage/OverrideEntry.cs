using Parallax.Clustering;

namespace Parallax.Storage;

/// <summary>
/// A manual override as listed by 'parallax story overrides --json' and GET /api/overrides: what
/// it did, to which articles, when, and whether it still holds in the stored stories.
/// </summary>
/// <param name="Id">The id 'parallax story overrides remove' takes.</param>
/// <param name="Kind">"merge" or "split".</param>
/// <param name="StoryId">The story it was made on (a merge's target, a split's source); ids may have changed since.</param>
/// <param name="KeptArticleIds">The articles of that story at the time (a merge's target, what a split left behind).</param>
/// <param name="MovedArticleIds">The articles it moved (a merge's source story, a split's new story).</param>
/// <param name="RecordedAt">When it was made, by the store's clock.</param>
/// <param name="Status">"holds", "partly-missing", "void" or "overruled" (see <see cref="OverrideStatus"/>).</param>
/// <param name="Reason">Why it is stale, in words, or "holds".</param>
/// <param name="MissingArticleIds">Articles it names that are no longer stored.</param>
/// <param name="OverruledBy">The later override that rearranged its articles, when overruled.</param>
public sealed record OverrideEntry(
    long Id,
    string Kind,
    string StoryId,
    IReadOnlyList<string> KeptArticleIds,
    IReadOnlyList<string> MovedArticleIds,
    DateTimeOffset? RecordedAt,
    string Status,
    string Reason,
    IReadOnlyList<string> MissingArticleIds,
    long? OverruledBy)
{
    public static OverrideEntry From(OverrideState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var o = state.Override.Override;
        return new OverrideEntry(o.Sequence, StoryOverrideTables.KindName(o.Kind), state.Override.StoryId, o.Kept, o.Moved, state.Override.RecordedAt, state.StatusName, state.Reason, state.MissingArticleIds, state.OverruledBy);
    }
}
