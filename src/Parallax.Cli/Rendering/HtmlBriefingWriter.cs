using System.Net;
using System.Text;
using Parallax.Briefing;

namespace Parallax.Cli.Rendering;

/// <summary>
/// A self-contained HTML briefing. Every piece of article content goes through HTML encoding, and
/// the page's Content-Security-Policy forbids scripts and remote loads outright, so even a missed
/// escape could not run code or make the reader's browser fetch anything.
/// </summary>
internal static class HtmlBriefingWriter
{
    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.6rem;margin-top:3rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        .muted{color:#555}.warn{color:#8a1c00}
        """;

    public static string Write(BriefingDocument document)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .AppendLine("<title>Parallax briefing</title><style>").AppendLine(Style).AppendLine("</style></head><body><main>");
        var articles = document.Articles.ToDictionary(a => a.Id);
        foreach (var story in document.Stories)
        {
            html.Append("<article><h1>").Append(E(story.Headline)).Append("</h1><p class=\"muted\">Story ")
                .Append(E(story.Id)).Append(" · ").Append(story.ArticleIds.Count).Append(" articles")
                .Append(story.Topic is { } topic ? $" · topic {E(topic.Id)}: {E(topic.Headline)}" : string.Empty).AppendLine("</p>");
            List(html, "Summary", story.Summary.Select(s => $"{E(s.Text)} <span class=\"muted\">[{E(Source(articles, s.ArticleId))}]</span>"));
            Table(html, "Sources", ["Outlet", "Authors", "Date", "Title"], story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id]).Select(a => new[]
            {
                E(a.Outlet ?? "unknown"),
                E(string.Join(", ", a.Authors)),
                E(a.Published ?? "undated") + (a.PublishedInferred ? $" <span class=\"muted\">({E(a.PublishedInference)})</span>" : string.Empty),
                E(a.Title) + (a.DuplicateOf is null ? string.Empty : $" <span class=\"muted\">(copy of {E(a.DuplicateOf)})</span>"),
            }));
            Table(html, "Timeline", ["Date", "Event"], story.Timeline.Select(t => new[] { E(t.Date), E(t.Text) }));
            Table(html, "Claims", ["Claim", "Support", "Independent", "Contradicted by"], story.Claims.Select(c => new[]
            {
                E(c.Text), c.SupportingArticleIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.IndependentOrigins.ToString(System.Globalization.CultureInfo.InvariantCulture),
                E(string.Join(", ", c.ContradictingArticleIds.Select(id => Source(articles, id)))),
            }));
            List(html, "Discrepancies", story.Discrepancies.Select(d => $"<span class=\"warn\">{E(d.About)}</span>: "
                + string.Join("; ", d.Values.Select(v => $"{E(v.Value)} ({E(string.Join(", ", v.ArticleIds.Select(id => Source(articles, id))))})"))));
            Table(html, "Quotes", ["Speaker", "Quote", "Via"], story.Quotes.OrderBy(q => q.Speaker.Name, StringComparer.Ordinal).Select(q => new[]
            {
                E(q.Speaker.Name) + (q.Speaker.Anonymous ? " <span class=\"muted\">(unnamed)</span>" : string.Empty),
                q.Direct ? $"“{E(q.Text)}”" : E(q.Text),
                E(q.Via ?? string.Empty),
            }));
            Table(html, "Commitments", ["Actor", "Action", "Deadline"], story.Commitments.Select(c => new[] { E(c.Actor), E(c.Action), E(c.Deadline ?? string.Empty) }));
            Table(html, "Entities", ["Name", "Type", "Also written", "Roles"], story.Entities.Select(e => new[]
            {
                E(e.Name), E(e.Type), E(string.Join(", ", e.Aliases.Where(a => a != e.Name))), E(string.Join(", ", e.Roles)),
            }));
            List(html, "Related stories", (story.Topic?.RelatedStories ?? []).Select(r => $"{E(r.Headline)} <span class=\"muted\">(story {E(r.Id)}, {r.ArticleCount} articles)</span>"));
            html.AppendLine("</article>");
        }

        return html.AppendLine("</main></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Source(Dictionary<string, ArticleEntry> articles, string id) =>
        articles.TryGetValue(id, out var a) && a.Outlet is not null ? a.Outlet : id;

    private static void List(StringBuilder html, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(title).AppendLine("</h2><ul>");
        list.ForEach(i => html.Append("<li>").Append(i).AppendLine("</li>"));
        html.AppendLine("</ul>");
    }

    private static void Table(StringBuilder html, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(title).Append("</h2><table><thead><tr>");
        foreach (var h in headers)
        {
            html.Append("<th scope=\"col\">").Append(h).Append("</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
    }
}
