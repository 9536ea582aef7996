using Parallax.Web.Corpus;
using Parallax.Web.Html;

namespace Parallax.Web.Stories;

/// <summary>The story list at / and one story's briefing at /stories/{id}, as HTML.</summary>
internal static class StoryPages
{
    public static IEndpointRouteBuilder MapStoryPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (CorpusCache cache, string? q, int page = 1) =>
        {
            var snapshot = cache.Current;
            var stories = StoriesApi.Matching(snapshot, q);
            var current = Paging.Slice(stories, Math.Max(1, page), Paging.DefaultSize);
            return Layout.Html(Layout.Page("Stories", List(current, q)));
        }).ExcludeFromDescription();
        app.MapGet("/stories/{id}", (string id, CorpusCache cache) =>
        {
            var snapshot = cache.Current;
            return snapshot.Story(id) is { } story
                ? Layout.Html(snapshot.Page("story:" + id, s => Layout.Page(story.Headline, StoryPage.Render(s, story))))
                : Layout.NotFound($"No story with id '{id}'.");
        }).ExcludeFromDescription();
        return app;
    }

    private static Markup List(PageOf<StorySummary> page, string? q)
    {
        var items = page.Items.Select(s => Markup.Of($"""
            <li class="story-card">
            <h2><a href="/stories/{s.Id}">{s.Headline}</a></h2>
            <p class="meta">{Dates(s)} · {s.ArticleCount} article(s) · {s.OutletCount} outlet(s)</p>
            {Charts.Sparkline(s.ArticlesPerDay)}
            </li>
            """));
        var filter = string.IsNullOrWhiteSpace(q) ? Markup.Empty : Markup.Of($"<p>Stories matching <strong>{q}</strong>. <a href=\"/\">Show all</a></p>");
        var pager = page.PageCount <= 1 ? Markup.Empty : Markup.Of($"""
            <nav class="pager" aria-label="Pages">
            {(page.Page > 1 ? Markup.Of($"<a rel=\"prev\" href=\"/?page={page.Page - 1}&amp;q={Uri.EscapeDataString(q ?? string.Empty)}\">Newer</a>") : Markup.Empty)}
            <span>Page {page.Page} of {page.PageCount}</span>
            {(page.Page < page.PageCount ? Markup.Of($"<a rel=\"next\" href=\"/?page={page.Page + 1}&amp;q={Uri.EscapeDataString(q ?? string.Empty)}\">Older</a>") : Markup.Empty)}
            </nav>
            """);
        var body = page.Total == 0
            ? Markup.Of($"<p>No stories yet. Ingest articles with <code>parallax ingest PATH</code> or <code>POST /api/articles</code>.</p>")
            : Markup.Of($"<ol class=\"stories\">{Markup.Join(items)}</ol>");
        return Markup.Of($"<h1>Stories</h1>{filter}{body}{pager}");
    }

    internal static string Dates(StorySummary s) =>
        s.FirstPublished is null ? "undated"
        : s.FirstPublished == s.LastPublished ? s.FirstPublished
        : $"{s.FirstPublished} – {s.LastPublished}";
}
