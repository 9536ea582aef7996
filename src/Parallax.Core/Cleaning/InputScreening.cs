namespace Parallax.Cleaning;

/// <summary>
/// Cheap checks that run before any parsing, so that a mislabeled image or archive is refused with a
/// clear reason instead of producing an "article" of garbage characters.
/// </summary>
internal static class InputScreening
{
    // Real text has at most a stray control character; binary data decoded as text has many.
    private const double MaxControlShare = 0.02;

    /// <summary>Deeper than this, HTML is an attack or a broken generator: real pages nest a few dozen levels.</summary>
    public const int MaxNestingDepth = 1500;

    // End tags that HTML lets authors omit: a run of unclosed <p> or <li> does not nest.
    private static readonly HashSet<string> SelfClosingOrOptional = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    /// <summary>
    /// Refuses HTML whose elements nest absurdly deep before the parser sees it: tree building checks
    /// the stack of open elements for every tag, so depth costs quadratic time.
    /// </summary>
    public static void ThrowIfTooDeep(string html)
    {
        var depth = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    return;
                }

                i = end;
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                continue;
            }

            var name = html[nameStart..nameEnd];
            if (SelfClosingOrOptional.Contains(name))
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd > 0 && html[tagEnd - 1] == '/')
            {
                continue;
            }

            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Their content is raw text; a "<div>" inside a script string is not an element.
                var close = html.IndexOf("</" + name, nameEnd, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (++depth > MaxNestingDepth)
            {
                throw new ArticleRejectedException($"The HTML nests elements more than {MaxNestingDepth} levels deep.");
            }
        }
    }

    public static void ThrowIfNotText(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new ArticleRejectedException("The input is empty.");
        }

        var suspicious = 0;
        foreach (var c in input)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f') || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        if (suspicious > 0 && suspicious >= input.Length * MaxControlShare)
        {
            throw new ArticleRejectedException(
                $"The input looks like binary data ({suspicious} NUL, control or undecodable characters in {input.Length}).");
        }
    }
}
