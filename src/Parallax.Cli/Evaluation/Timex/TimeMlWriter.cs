using System.Globalization;
using System.Text;

namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// Writes a document back as TimeML with the system's TIMEX3 tags in place of the gold ones:
/// everything before TEXT (DOCID, DCT, ...) unchanged, the same plain text, and the system tags
/// (numbered from t1; t0 stays the creation time). Gold events and links are left out.
/// </summary>
internal static class TimeMlWriter
{
    public static string Write(TimeMlDocument document, IReadOnlyList<TimexMention> system)
    {
        var text = document.Text;
        var output = new StringBuilder(document.Head.Length + (text.Length * 2));
        output.Append(document.Head).Append("<TEXT>");
        var position = 0;
        var id = 1;
        foreach (var timex in system.OrderBy(t => t.Start))
        {
            // TimeML tags cannot overlap; a later overlapping timex is left out.
            if (timex.Start < position || timex.Length == 0)
            {
                continue;
            }

            output.Append(EscapeText(text[position..timex.Start]));
            output.Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{id++}\" type=\"{timex.Type}\"");
            if (timex.Value is { } value)
            {
                output.Append(CultureInfo.InvariantCulture, $" value=\"{Escape(value)}\"");
            }

            if (timex.Modifier is { } mod)
            {
                output.Append(CultureInfo.InvariantCulture, $" mod=\"{Escape(mod)}\"");
            }

            output.Append('>').Append(EscapeText(text[timex.Start..timex.End])).Append("</TIMEX3>");
            position = timex.End;
        }

        output.Append(EscapeText(text[position..])).Append("</TEXT>\n\n</TimeML>\n");
        return output.ToString();
    }

    /// <summary>Only what XML requires in text, so quotes stay as the source wrote them.</summary>
    private static string EscapeText(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Escape(string s) => EscapeText(s).Replace("\"", "&quot;", StringComparison.Ordinal);
}
