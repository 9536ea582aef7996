using System.Text;
using Parallax.Text;

namespace Parallax.Web.Html;

/// <summary>An annotation to draw over text: its span and the markup that opens and closes it.</summary>
internal sealed record Highlight(Span Span, Markup Open, Markup Close);

/// <summary>
/// Renders text with highlights as properly nested HTML. Annotation layers can overlap (an entity
/// inside a quote, a date straddling a quote's end), and HTML elements cannot, so a span that
/// crosses the end of the one around it is cut at that end. The text itself is always encoded.
/// </summary>
internal static class AnnotatedText
{
    public static Markup Render(string text, IEnumerable<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = highlights
            .Where(h => h.Span.Length > 0 && h.Span.Start >= 0 && h.Span.End <= text.Length)
            .OrderBy(h => h.Span.Start)
            .ThenByDescending(h => h.Span.Length);
        var html = new StringBuilder(text.Length * 2);
        var open = new Stack<(int End, Markup Close)>();
        var position = 0;

        void Emit(int until)
        {
            html.Append(Markup.Text(text[position..until]).Value);
            position = until;
        }

        void CloseUntil(int start)
        {
            while (open.Count > 0 && open.Peek().End <= start)
            {
                var (end, close) = open.Pop();
                Emit(end);
                html.Append(close.Value);
            }
        }

        foreach (var highlight in ordered)
        {
            CloseUntil(highlight.Span.Start);
            var end = open.Count > 0 ? Math.Min(highlight.Span.End, open.Peek().End) : highlight.Span.End;
            if (end <= highlight.Span.Start)
            {
                continue;
            }

            Emit(highlight.Span.Start);
            html.Append(highlight.Open.Value);
            open.Push((end, highlight.Close));
        }

        CloseUntil(int.MaxValue);
        Emit(text.Length);
        return Markup.Trusted(html.ToString());
    }
}
