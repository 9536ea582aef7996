using System.Collections.Concurrent;
using Parallax.Analysis;
using Parallax.Briefing;
using Parallax.Entities;
using Parallax.Pipeline;
using Parallax.Web.Stories;

namespace Parallax.Web.Corpus;

/// <summary>
/// One immutable analysis of the store with the lookups the endpoints need, built once so that a
/// request does dictionary reads, not analysis. Rendered pages are memoized per snapshot.
/// </summary>
internal sealed class CorpusSnapshot
{
    private readonly Dictionary<string, StoryBriefing> _stories;
    private readonly Dictionary<string, ArticleEntry> _articles;
    private readonly Dictionary<string, ArticleAnalysis> _analyses;
    private readonly Dictionary<string, EntityEntry> _entities;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);

    public CorpusSnapshot(CorpusAnalysis corpus, BriefingDocument document)
    {
        Document = document;
        EntityIndex = corpus.Entities;
        _stories = document.Stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _articles = document.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _analyses = corpus.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        Stories = [.. document.Stories
            .Select(s => StorySummary.From(s, ArticlesOf(s)))
            .OrderByDescending(s => s.LastPublished, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)];
        _entities = MergeEntities(document.Stories);
        Entities = [.. _entities.Values.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Name, StringComparer.Ordinal)];
        Quotes = QuoteSelection.Select(document, speaker: null);
    }

    public BriefingDocument Document { get; }

    /// <summary>Which canonical entity each mention belongs to, for linking an article's names.</summary>
    public EntityIndex EntityIndex { get; }

    /// <summary>Most recently published first.</summary>
    public IReadOnlyList<StorySummary> Stories { get; }

    /// <summary>Every entity of every story, most mentioned first, with article ids across stories.</summary>
    public IReadOnlyList<EntityEntry> Entities { get; }

    public IReadOnlyList<StoryQuote> Quotes { get; }

    public StoryBriefing? Story(string id) => _stories.GetValueOrDefault(id);

    public ArticleEntry? Article(string id) => _articles.GetValueOrDefault(id);

    public ArticleAnalysis? Analysis(string id) => _analyses.GetValueOrDefault(id);

    public EntityEntry? Entity(string id) => _entities.GetValueOrDefault(id);

    public IReadOnlyList<ArticleEntry> ArticlesOf(StoryBriefing story) =>
        [.. story.ArticleIds.Select(Article).OfType<ArticleEntry>()];

    public IReadOnlyList<StoryBriefing> StoriesMentioning(string entityId) =>
        [.. Document.Stories.Where(s => s.Entities.Any(e => e.Id == entityId))];

    /// <summary>Where a briefing quote sits in its article's text, so pages can link to the exact words.</summary>
    public int? QuoteStart(QuoteEntry quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var analysis = Analysis(quote.ArticleId);
        var found = analysis?.Quotes.FirstOrDefault(q => q.Content.Of(analysis.Text).Trim() == quote.Text.Trim());
        return found?.Content.Start;
    }

    /// <summary>The page rendered once for this snapshot (the snapshot is immutable, so is the page).</summary>
    public string Page(string key, Func<CorpusSnapshot, string> render) => _pages.GetOrAdd(key, _ => render(this));

    private static Dictionary<string, EntityEntry> MergeEntities(IEnumerable<StoryBriefing> stories)
    {
        var merged = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
        foreach (var entity in stories.SelectMany(s => s.Entities))
        {
            merged[entity.Id] = merged.TryGetValue(entity.Id, out var seen)
                ? seen with
                {
                    ArticleIds = [.. seen.ArticleIds.Union(entity.ArticleIds, StringComparer.Ordinal)],
                    MentionCount = seen.MentionCount + entity.MentionCount,
                    StatedRoles = MergeRoles(seen.StatedRoles, entity.StatedRoles),
                    Demonyms = MergeDemonyms(seen.Demonyms, entity.Demonyms),
                }
                : entity;
        }

        return merged;
    }

    /// <summary>Each story's briefing cites only its own articles for a role: together they cite all of them.</summary>
    private static List<StatedRole> MergeRoles(IReadOnlyList<StatedRole> seen, IReadOnlyList<StatedRole> more) =>
        [.. seen.Concat(more)
            .GroupBy(r => r.Role, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StatedRole(g.First().Role, [.. g.SelectMany(r => r.ArticleIds).Distinct(StringComparer.Ordinal)]))];

    /// <summary>Like roles, each story cites only its own articles for a demonym.</summary>
    private static List<PlaceDemonym> MergeDemonyms(IReadOnlyList<PlaceDemonym> seen, IReadOnlyList<PlaceDemonym> more) =>
        [.. seen.Concat(more)
            .GroupBy(d => d.Demonym, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PlaceDemonym(g.First().Demonym, [.. g.SelectMany(d => d.ArticleIds).Distinct(StringComparer.Ordinal)]))];
}
