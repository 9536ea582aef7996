using Parallax.Briefing;
using Parallax.Web.Corpus;
using Parallax.Web.Html;

namespace Parallax.Web.Stories;

/// <summary>
/// One story's briefing as a page: summary, timeline chart, claims × outlets matrix, discrepancies,
/// quotes by speaker, entities, commitments and the articles with their copies collapsed.
/// </summary>
internal static class StoryPage
{
    public static Markup Render(CorpusSnapshot snapshot, StoryBriefing story)
    {
        var articles = snapshot.ArticlesOf(story);
        var summary = StorySummary.From(story, articles);
        string OutletOf(string articleId) => snapshot.Article(articleId) is { } a ? StorySummary.OutletName(a) : articleId;
        Markup Source(string articleId) => Markup.Of($"<a class=\"source\" href=\"/articles/{articleId}\">{OutletOf(articleId)}</a>");
        Markup Sources(IEnumerable<string> ids) => Markup.Join(ids.Select((id, i) => i == 0 ? Source(id) : Markup.Of($", {Source(id)}")));

        var summaryItems = story.Summary.Select(s => Markup.Of($"<li>{s.Text} <span class=\"cite\">({Source(s.ArticleId)})</span></li>"));
        var timeline = story.Timeline.Select(t => Markup.Of($"<li><time>{t.Date}</time> {t.Text} <span class=\"cite\">({Sources(t.ArticleIds)})</span></li>"));
        return Markup.Of($"""
            <article class="story">
            <header>
            <h1>{story.Headline}</h1>
            <p class="meta">{StoryPages.Dates(summary)} · {summary.ArticleCount} article(s) · {summary.OutletCount} outlet(s) · <a href="/api/stories/{story.Id}">JSON</a></p>
            {TopicLine(story)}
            </header>
            <section aria-labelledby="summary"><h2 id="summary">Summary</h2><ol class="summary">{Markup.Join(summaryItems)}</ol></section>
            <section aria-labelledby="timeline"><h2 id="timeline">Timeline</h2>
            <figure>{Charts.Timeline(summary.ArticlesPerDay, story.Timeline)}<figcaption>Bars: articles published per day. Dots: dated events reported.</figcaption></figure>
            <ol class="timeline">{Markup.Join(timeline)}</ol></section>
            {Claims(story, articles, Sources)}
            {Discrepancies(story, Sources)}
            {Quotes(snapshot, story, Source)}
            {Entities(story)}
            {Commitments(story, Sources)}
            {Articles(articles)}
            {Related(snapshot, story)}
            </article>
            """);
    }

    private static Markup TopicLine(StoryBriefing story) =>
        story.Topic is { RelatedStories.Count: > 0 } topic
            ? Markup.Of($"<p class=\"meta topic\">Part of the topic <strong>{topic.Headline}</strong>, with <a href=\"#related\">{topic.RelatedStories.Count} related stor{(topic.RelatedStories.Count == 1 ? "y" : "ies")}</a></p>")
            : Markup.Empty;

    /// <summary>The other stories of the topic: related events (earlier or later rounds), each linked.</summary>
    private static Markup Related(CorpusSnapshot snapshot, StoryBriefing story)
    {
        if (story.Topic is not { RelatedStories.Count: > 0 } topic)
        {
            return Markup.Empty;
        }

        var items = topic.RelatedStories.Select(r =>
        {
            var dates = snapshot.Story(r.Id) is { } related ? StoryPages.Dates(StorySummary.From(related, snapshot.ArticlesOf(related))) : string.Empty;
            return Markup.Of($"<li><a href=\"/stories/{r.Id}\">{r.Headline}</a> <span class=\"meta\">{dates} · {r.ArticleCount} article(s)</span></li>");
        });
        return Markup.Of($"<section aria-labelledby=\"related\"><h2 id=\"related\">Related stories</h2><ul class=\"related\">{Markup.Join(items)}</ul></section>");
    }

    private static Markup Claims(StoryBriefing story, IReadOnlyList<ArticleEntry> articles, Func<IEnumerable<string>, Markup> sources)
    {
        if (story.Claims.Count == 0)
        {
            return Markup.Empty;
        }

        var outletOf = articles.ToDictionary(a => a.Id, StorySummary.OutletName, StringComparer.Ordinal);
        var outlets = articles.Select(StorySummary.OutletName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        bool From(IEnumerable<string> ids, string outlet) => ids.Any(id => string.Equals(outletOf.GetValueOrDefault(id), outlet, StringComparison.OrdinalIgnoreCase));
        var head = Markup.Join(outlets.Select(o => Markup.Of($"<th scope=\"col\">{o}</th>")));
        var rows = story.Claims.Select(claim =>
        {
            var cells = outlets.Select(outlet =>
                From(claim.ContradictingArticleIds, outlet) ? Markup.Of($"<td class=\"disputed\"><span aria-hidden=\"true\">✗</span> disputes</td>")
                : From(claim.SupportingArticleIds, outlet) ? Markup.Of($"<td class=\"confirmed\"><span aria-hidden=\"true\">✓</span> confirms</td>")
                : Markup.Of($"<td class=\"absent\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">absent</span></td>"));
            return Markup.Of($"<tr><th scope=\"row\">{claim.Text}<span class=\"origins\">{claim.IndependentOrigins} independent origin(s); sources: {sources(claim.SupportingArticleIds)}</span></th>{Markup.Join(cells)}</tr>");
        });
        return Markup.Of($"""
            <section aria-labelledby="claims"><h2 id="claims">Claims by outlet</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="claims">
            <table class="matrix"><caption>Which outlets confirm (✓), dispute (✗) or do not report (–) each claim</caption>
            <thead><tr><th scope="col">Claim</th>{head}</tr></thead><tbody>{Markup.Join(rows)}</tbody></table>
            </div></section>
            """);
    }

    private static Markup Discrepancies(StoryBriefing story, Func<IEnumerable<string>, Markup> sources)
    {
        if (story.Discrepancies.Count == 0)
        {
            return Markup.Empty;
        }

        var items = story.Discrepancies.Select(d => Markup.Of($"""
            <li><strong>{d.About}</strong><ul>{Markup.Join(d.Values.Select(v => Markup.Of($"<li><span class=\"value\">{v.Value}</span> according to {sources(v.ArticleIds)}</li>")))}</ul></li>
            """));
        return Markup.Of($"<section class=\"discrepancies\" aria-labelledby=\"discrepancies\"><h2 id=\"discrepancies\">Discrepancies</h2><ul>{Markup.Join(items)}</ul></section>");
    }

    private static Markup Quotes(CorpusSnapshot snapshot, StoryBriefing story, Func<string, Markup> source)
    {
        if (story.Quotes.Count == 0)
        {
            return Markup.Empty;
        }

        var groups = story.Quotes.GroupBy(q => QuoteSelection.GroupKey(q.Speaker)).OrderByDescending(g => g.Count()).Select(group =>
        {
            var speaker = group.First().Speaker;
            var name = speaker.EntityId is { } id ? Markup.Of($"<a href=\"/entities/{id}\">{QuoteSelection.Label(speaker)}</a>") : Markup.Text(QuoteSelection.Label(speaker));
            var quotes = group.Select(q =>
            {
                var start = snapshot.QuoteStart(q);
                var href = start is { } s ? $"/articles/{q.ArticleId}#quote-{s}" : $"/articles/{q.ArticleId}";
                var text = q.Kind == "direct" ? Markup.Of($"<q>{q.Text}</q>") : Markup.Text(q.Text);
                var via = q.Via is null ? Markup.Empty : Markup.Of($" <span class=\"via\">via {q.Via}</span>");
                return Markup.Of($"<li><blockquote class=\"{q.Kind}\">{text}</blockquote><p class=\"cite\">{q.Cue ?? q.Kind} · {source(q.ArticleId)}{via} · <a href=\"{href}\">in context</a></p></li>");
            });
            return Markup.Of($"<li><h3>{name}</h3><ul class=\"quotes\">{Markup.Join(quotes)}</ul></li>");
        });
        return Markup.Of($"<section aria-labelledby=\"quotes\"><h2 id=\"quotes\">Who said what</h2><ul class=\"speakers\">{Markup.Join(groups)}</ul></section>");
    }

    private static Markup Entities(StoryBriefing story)
    {
        if (story.Entities.Count == 0)
        {
            return Markup.Empty;
        }

        var rows = story.Entities.Select(e => Markup.Of($"""
            <tr><th scope="row"><a href="/entities/{e.Id}">{e.Name}</a></th><td>{e.Type}</td>
            <td>{string.Join(" · ", e.Aliases.Where(a => a != e.Name))}</td><td>{string.Join("; ", e.Roles)}</td><td class="num">{e.MentionCount}</td></tr>
            """));
        return Markup.Of($"""
            <section aria-labelledby="entities"><h2 id="entities">People, organizations and places</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="entities">
            <table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Other spellings</th><th scope="col">Roles</th><th scope="col">Mentions</th></tr></thead>
            <tbody>{Markup.Join(rows)}</tbody></table></div></section>
            """);
    }

    private static Markup Commitments(StoryBriefing story, Func<IEnumerable<string>, Markup> sources)
    {
        if (story.Commitments.Count == 0)
        {
            return Markup.Empty;
        }

        var items = story.Commitments.Select(c => Markup.Of($"<li><strong>{c.Actor}</strong>: {c.Action}{(c.Deadline is null ? Markup.Empty : Markup.Of($" <span class=\"deadline\">by {c.Deadline}</span>"))} <span class=\"cite\">({sources(c.ArticleIds)})</span></li>"));
        return Markup.Of($"<section aria-labelledby=\"commitments\"><h2 id=\"commitments\">Commitments</h2><ul>{Markup.Join(items)}</ul></section>");
    }

    private static Markup Articles(IReadOnlyList<ArticleEntry> articles)
    {
        var copies = articles.Where(a => a.DuplicateOf is not null).ToLookup(a => a.DuplicateOf!, StringComparer.Ordinal);
        Markup Line(ArticleEntry a) => Markup.Of($"<a href=\"/articles/{a.Id}\">{a.Title}</a> <span class=\"meta\">{StorySummary.OutletName(a)} · {a.Published ?? "undated"}{(a.PublishedInferred ? $" ({a.PublishedInference})" : string.Empty)}</span>");
        var items = articles.Where(a => a.DuplicateOf is null || articles.All(o => o.Id != a.DuplicateOf)).Select(a =>
        {
            var own = copies[a.Id].ToList();
            var collapsed = own.Count == 0 ? Markup.Empty : Markup.Of($"""
                <details><summary>{own.Count} near-identical cop{(own.Count == 1 ? "y" : "ies")}</summary><ul>{Markup.Join(own.Select(c => Markup.Of($"<li>{Line(c)}</li>")))}</ul></details>
                """);
            return Markup.Of($"<li>{Line(a)}{collapsed}</li>");
        });
        return Markup.Of($"<section aria-labelledby=\"articles\"><h2 id=\"articles\">Articles</h2><ul class=\"articles\">{Markup.Join(items)}</ul></section>");
    }
}
