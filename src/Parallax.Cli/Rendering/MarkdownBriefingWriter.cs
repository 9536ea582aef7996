using System.Text;
using Parallax.Briefing;

namespace Parallax.Cli.Rendering;

/// <summary>A readable Markdown briefing. Article text is escaped so it cannot inject links, HTML or formatting.</summary>
internal static class MarkdownBriefingWriter
{
    public static string Write(BriefingDocument document)
    {
        var md = new StringBuilder();
        var articles = document.Articles.ToDictionary(a => a.Id);
        foreach (var story in document.Stories)
        {
            md.Append("# ").AppendLine(Escape(story.Headline)).AppendLine();
            md.Append("Story `").Append(story.Id).Append("` · ").Append(story.ArticleIds.Count).AppendLine(" articles").AppendLine();
            if (story.Topic is { } topic)
            {
                md.Append("Topic `").Append(topic.Id).Append("`: ").AppendLine(Escape(topic.Headline)).AppendLine();
            }

            Section(md, "Summary", story.Summary.Select(s => $"{Escape(s.Text)} [{Source(articles, s.ArticleId)}]"));
            Section(md, "Sources", story.ArticleIds.Select(id => articles.TryGetValue(id, out var a)
                ? $"`{a.Id}` {Escape(a.Outlet ?? "unknown outlet")}{(a.Authors.Count > 0 ? ", by " + Escape(string.Join(", ", a.Authors)) : string.Empty)}, {a.PublishedNote()}: {Escape(a.Title)}{(a.DuplicateOf is null ? string.Empty : $" (copy of `{a.DuplicateOf}`)")}"
                : $"`{id}`"));
            Section(md, "Timeline", story.Timeline.Select(t => $"**{t.Date}**: {Escape(t.Text)}"));
            Section(md, "Claims", story.Claims.Select(c =>
                $"{Escape(c.Text)} (supported by {c.SupportingArticleIds.Count}, {c.IndependentOrigins} independent{(c.ContradictingArticleIds.Count > 0 ? $", contradicted by {c.ContradictingArticleIds.Count}" : string.Empty)})"));
            Section(md, "Discrepancies", story.Discrepancies.Select(d =>
                $"{Escape(d.About)}: " + string.Join("; ", d.Values.Select(v => $"{Escape(v.Value)} ({string.Join(", ", v.ArticleIds.Select(id => Source(articles, id)))})"))));
            Section(md, "Quotes", story.Quotes.GroupBy(q => q.Speaker.Name).Select(g =>
                $"**{Escape(g.Key)}**{(g.First().Speaker.Anonymous ? " (unnamed)" : string.Empty)}: " + string.Join(" / ", g.Select(q =>
                    (q.Direct ? $"“{Escape(q.Text)}”" : Escape(q.Text)) + (q.Via is null ? string.Empty : $" (via {Escape(q.Via)})")))));
            Section(md, "Commitments", story.Commitments.Select(c => $"{Escape(c.Actor)}: {Escape(c.Action)}{(c.Deadline is null ? string.Empty : $", by {Escape(c.Deadline)}")}"));
            Section(md, "Entities", story.Entities.Select(e =>
                $"**{Escape(e.Name)}** ({e.Type}, {e.MentionCount} mentions){(e.Aliases.Count > 1 ? "; also " + Escape(string.Join(", ", e.Aliases.Where(a => a != e.Name))) : string.Empty)}{(e.Roles.Count > 0 ? "; " + Escape(string.Join(", ", e.Roles)) : string.Empty)}"));
            Section(md, "Quantities", story.Quantities.Select(q => $"{Escape(q.Text)} [{Source(articles, q.ArticleId)}]"));
            Section(md, "Related stories", (story.Topic?.RelatedStories ?? []).Select(r => $"{Escape(r.Headline)} (story `{r.Id}`, {r.ArticleCount} articles)"));
        }

        return md.ToString();
    }

    private static string Source(Dictionary<string, ArticleEntry> articles, string id) =>
        articles.TryGetValue(id, out var a) && a.Outlet is not null ? Escape(a.Outlet) : id;

    private static void Section(StringBuilder md, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0)
        {
            return;
        }

        md.Append("## ").AppendLine(title).AppendLine();
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(item);
        }

        md.AppendLine();
    }

    /// <summary>Escapes Markdown's active characters, and HTML's, since Markdown renderers pass HTML through.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n' or '\r': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
