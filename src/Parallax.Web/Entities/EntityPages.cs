using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Html;
using Parallax.Web.Stories;

namespace Parallax.Web.Entities;

/// <summary>/entities/{id}: one entity's spellings, roles, stories, articles and quotes.</summary>
internal static class EntityPages
{
    public static IEndpointRouteBuilder MapEntityPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/entities/{id}", (string id, CorpusCache cache) =>
        {
            var snapshot = cache.Current;
            return snapshot.Entity(id) is { } entity
                ? Layout.Html(snapshot.Page("entity:" + id, s => Layout.Page(entity.Name, Render(EntityDetail.From(entity, s), s))))
                : Layout.NotFound($"No entity with id '{id}'.");
        }).ExcludeFromDescription();
        return app;
    }

    private static Markup Render(EntityDetail detail, CorpusSnapshot snapshot)
    {
        var e = detail.Entity;
        Markup List(IEnumerable<string> items) => Markup.Join(items.Select(i => Markup.Of($"<li>{i}</li>")));
        var stories = detail.Stories.Select(s => Markup.Of($"<li><a href=\"/stories/{s.Id}\">{s.Headline}</a></li>"));
        var articles = e.ArticleIds.Select(snapshot.Article).OfType<ArticleEntry>()
            .Select(a => Markup.Of($"<li><a href=\"/articles/{a.Id}\">{a.Title}</a> <span class=\"meta\">{StorySummary.OutletName(a)} · {a.Published ?? "undated"}</span></li>"));
        var roles = e.StatedRoles.Count == 0 ? e.Roles.Select(r => Markup.Of($"<li>{r}</li>")) : e.StatedRoles.Select(r => Markup.Of(
            $"<li>{r.Role} <span class=\"meta\">{Markup.Join(r.ArticleIds.Select((id, i) => Markup.Of($"{(i > 0 ? ", " : string.Empty)}<a href=\"/articles/{id}\">{(snapshot.Article(id) is { } a ? StorySummary.OutletName(a) : id)}</a>")))}</span></li>"));
        var quotes = detail.Quotes.Select(q => Markup.Of($"""
            <li><blockquote class="{q.Quote.Kind}">{q.Quote.Text}</blockquote><p class="cite">{q.Quote.Cue ?? q.Quote.Kind} · <a href="/articles/{q.Quote.ArticleId}{(snapshot.QuoteStart(q.Quote) is { } start ? $"#quote-{start}" : string.Empty)}">{(snapshot.Article(q.Quote.ArticleId) is { } a ? StorySummary.OutletName(a) : q.Quote.ArticleId)}</a>{(q.Quote.Via is null ? string.Empty : " via " + q.Quote.Via)}</p></li>
            """));
        return Markup.Of($"""
            <article class="entity-page">
            <h1>{e.Name}</h1>
            <p class="meta">{e.Type} · {e.MentionCount} mention(s) in {e.ArticleIds.Count} article(s) · <a href="/api/entities/{e.Id}">JSON</a></p>
            <section aria-labelledby="spellings"><h2 id="spellings">Spellings</h2><ul>{List(e.Aliases)}</ul>{(e.Demonyms.Count == 0 ? Markup.Of($"") : Markup.Of($"<p class=\"demonyms\">Demonyms: {string.Join(", ", e.Demonyms.Select(d => d.Demonym))}</p>"))}</section>
            <section aria-labelledby="roles"><h2 id="roles">Roles</h2>{(e.Roles.Count == 0 ? Markup.Of($"<p class=\"muted\">None stated.</p>") : Markup.Of($"<ul>{Markup.Join(roles)}</ul>"))}</section>
            <section aria-labelledby="stories"><h2 id="stories">Stories</h2><ul>{Markup.Join(stories)}</ul></section>
            <section aria-labelledby="quotes"><h2 id="quotes">Quotes</h2>{(detail.Quotes.Count == 0 ? Markup.Of($"<p class=\"muted\">No quotes attributed.</p>") : Markup.Of($"<ul class=\"quotes\">{Markup.Join(quotes)}</ul>"))}</section>
            <section aria-labelledby="articles"><h2 id="articles">Articles</h2><ul>{Markup.Join(articles)}</ul></section>
            </article>
            """);
    }
}
