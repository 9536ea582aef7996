using Parallax.Briefing;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Parallax.Cli.Rendering;

/// <summary>The terminal briefing: Spectre tables, with all article text escaped from Spectre markup.</summary>
internal static class TextBriefingWriter
{
    public static void Write(IAnsiConsole console, BriefingDocument document)
    {
        var articles = document.Articles.ToDictionary(a => a.Id);
        foreach (var story in document.Stories)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(story.Headline)}[/]").LeftJustified());
            console.MarkupLine($"[grey]story {Markup.Escape(story.Id)} · {story.ArticleIds.Count} articles[/]");
            if (story.Topic is { } topic)
            {
                console.MarkupLine($"[grey]topic {Markup.Escape(topic.Id)}: {Markup.Escape(topic.Headline)}[/]");
            }

            foreach (var s in story.Summary)
            {
                console.MarkupLine($"• {Markup.Escape(s.Text)} [grey]({Markup.Escape(Source(articles, s.ArticleId))})[/]");
            }

            Render(console, "Sources", ["Outlet", "Authors", "Published", "Title"], story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id]).Select(a => new[]
            {
                a.Outlet ?? "-", a.Authors.Count > 0 ? string.Join(", ", a.Authors) : "-", a.PublishedNote(),
                a.Title + (a.DuplicateOf is null ? string.Empty : $" (copy of {a.DuplicateOf})"),
            }));
            Render(console, "Timeline", ["Date", "Event"], story.Timeline.Select(t => new[] { t.Date, t.Text }));
            Render(console, "Claims", ["Claim", "Supporting", "Independent", "Contradicting"], story.Claims.Select(c => new[]
            {
                c.Text, c.SupportingArticleIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.IndependentOrigins.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join(", ", c.ContradictingArticleIds.Select(id => Source(articles, id))),
            }));
            Render(console, "Discrepancies", ["About", "Values"], story.Discrepancies.Select(d => new[]
            {
                d.About, string.Join("; ", d.Values.Select(v => $"{v.Value} ({string.Join(", ", v.ArticleIds.Select(id => Source(articles, id)))})")),
            }));
            Render(console, "Quotes", ["Speaker", "Quote", "Via"], story.Quotes.OrderBy(q => q.Speaker.Name, StringComparer.Ordinal).Select(q => new[]
            {
                q.Speaker.Name + (q.Speaker.Anonymous ? " (unnamed)" : string.Empty), q.Direct ? $"“{q.Text}”" : q.Text, q.Via ?? string.Empty,
            }));
            Render(console, "Commitments", ["Actor", "Action", "Deadline"], story.Commitments.Select(c => new[] { c.Actor, c.Action, c.Deadline ?? string.Empty }));
            Render(console, "Entities", ["Name", "Type", "Also written", "Roles", "Mentions"], story.Entities.Take(25).Select(e => new[]
            {
                e.Name, e.Type, string.Join(", ", e.Aliases.Where(a => a != e.Name)), string.Join(", ", e.Roles),
                e.MentionCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
            Render(console, "Related stories", ["Story", "Headline", "Articles"], (story.Topic?.RelatedStories ?? []).Select(r => new[]
            {
                r.Id, r.Headline, r.ArticleCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }));
            console.WriteLine();
        }
    }

    private static string Source(Dictionary<string, ArticleEntry> articles, string id) =>
        articles.TryGetValue(id, out var a) && a.Outlet is not null ? a.Outlet : id;

    private static void Render(IAnsiConsole console, string title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded, Expand = true };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(header));
        }

        foreach (var row in list)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Spectre.Console.Text(cell)).ToArray());
        }

        console.Write(table);
    }
}
