using Parallax.Web.Corpus;
using Parallax.Web.Html;
using Parallax.Web.Stories;

namespace Parallax.Web.Articles;

/// <summary>/articles/{id}: the cleaned text with entities, quotes, dates and numbers highlighted.</summary>
internal static class ArticlePages
{
    public static IEndpointRouteBuilder MapArticlePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/articles/{id}", (string id, CorpusCache cache) =>
        {
            var snapshot = cache.Current;
            return snapshot.Article(id) is { } entry && snapshot.Analysis(id) is { } analysis
                ? Layout.Html(snapshot.Page("article:" + id, s => Layout.Page(entry.Title, Render(ArticleDetail.From(entry, analysis, s.EntityIndex), s))))
                : Layout.NotFound($"No article with id '{id}'.");
        }).ExcludeFromDescription();
        return app;
    }

    internal static Markup Render(ArticleDetail detail, CorpusSnapshot snapshot)
    {
        var a = detail.Article;
        var story = a.StoryId is { } storyId && snapshot.Story(storyId) is { } s
            ? Markup.Of($"<p>Part of the story <a href=\"/stories/{s.Id}\">{s.Headline}</a>.</p>")
            : Markup.Empty;
        var original = a.DuplicateOf is { } copyOf
            ? Markup.Of($"<p class=\"notice\">A near-identical copy of <a href=\"/articles/{copyOf}\">{snapshot.Article(copyOf)?.Title ?? copyOf}</a>.</p>")
            : Markup.Empty;
        var url = Markup.SafeUrl(a.Url) is { } safe ? Markup.Of($" · <a href=\"{safe}\" rel=\"noreferrer nofollow\">original</a>") : Markup.Empty;
        return Markup.Of($"""
            <article class="article">
            <header>
            <h1>{a.Title}</h1>
            <p class="meta">{a.Outlet ?? "outlet not given"} · {a.Published ?? "undated"}{(a.PublishedInferred ? $" (date {a.PublishedInference})" : string.Empty)} · {a.Language}{url} · <a href="/api/articles/{a.Id}">JSON</a></p>
            {story}{original}
            </header>
            <ul class="legend" aria-label="Highlight legend">
            <li><mark class="entity person">person</mark></li><li><mark class="entity organization">organization</mark></li>
            <li><mark class="entity location">place</mark></li><li><mark class="quote">quote</mark></li>
            <li><mark class="time">date or time</mark></li><li><mark class="quantity">number</mark></li>
            </ul>
            <div class="article-text">{AnnotatedText.Render(detail.Text, Highlights(detail))}</div>
            </article>
            """);
    }

    private static IEnumerable<Highlight> Highlights(ArticleDetail detail)
    {
        foreach (var q in detail.Quotes)
        {
            var title = $"{q.Kind} quote, said by {q.Speaker}{(q.Via is null ? string.Empty : " via " + q.Via)}";
            yield return new Highlight(new(q.Start, q.Length), Markup.Of($"<mark class=\"quote {q.Kind}\" id=\"quote-{q.Start}\" title=\"{title}\">"), Markup.Of($"</mark>"));
        }

        foreach (var e in detail.Entities)
        {
            var title = e.Role is null ? e.Type : $"{e.Type}: {e.Role}";
            yield return e.EntityId is { } id
                ? new Highlight(new(e.Start, e.Length), Markup.Of($"<mark class=\"entity {e.Type}\" title=\"{title}\"><a href=\"/entities/{id}\">"), Markup.Of($"</a></mark>"))
                : new Highlight(new(e.Start, e.Length), Markup.Of($"<mark class=\"entity {e.Type}\" title=\"{title}\">"), Markup.Of($"</mark>"));
        }

        foreach (var t in detail.Times)
        {
            yield return new Highlight(new(t.Start, t.Length), Markup.Of($"<mark class=\"time\" title=\"{t.Value ?? "unresolved"}\">"), Markup.Of($"</mark>"));
        }

        foreach (var n in detail.Quantities)
        {
            var title = n.Counted is null ? $"{n.Value}" : $"{n.Value} {n.Counted}";
            yield return new Highlight(new(n.Start, n.Length), Markup.Of($"<mark class=\"quantity\" title=\"{title}\">"), Markup.Of($"</mark>"));
        }
    }
}
