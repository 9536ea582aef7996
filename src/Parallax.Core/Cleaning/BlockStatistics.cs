using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>Text measured under one element: visible characters, those inside links, and commas.</summary>
internal sealed class TextStats
{
    public int Length { get; set; }

    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Text directly in this element or in its inline children: prose written without paragraph tags.</summary>
    public int InlineLength { get; set; }

    /// <summary>Text inside paragraph elements: prose, as opposed to menus, teasers and labels.</summary>
    public int ParagraphLength { get; set; }

    /// <summary>Share of the text that is link text: menus and teaser boxes are mostly links, prose is not.</summary>
    public double LinkDensity => Length == 0 ? 0 : (double)LinkLength / Length;
}

/// <summary>
/// Measures every element's text in one bottom-up pass (no recursion, so a deeply nested page cannot
/// overflow the stack, and no repeated subtree walks, so the cost stays linear in the page size).
/// </summary>
internal static class BlockStatistics
{
    /// <summary>Loose text shorter than this is a label or a link, not prose.</summary>
    public const int LooseProseLength = 25;

    public static Dictionary<IElement, TextStats> Measure(IElement root)
    {
        var stats = new Dictionary<IElement, TextStats>(ReferenceEqualityComparer.Instance);
        var order = PreOrder(root);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var element = order[i];
            var own = stats.TryGetValue(element, out var existing) ? existing : stats[element] = new TextStats();
            foreach (var child in element.ChildNodes)
            {
                if (child.NodeType == NodeType.Text)
                {
                    var (length, commas) = VisibleLength(child.TextContent);
                    own.Length += length;
                    own.InlineLength += length;
                    own.Commas += commas;
                }
            }

            if (element.TagName == "A")
            {
                own.LinkLength = own.Length;
            }
            else if (element.TagName is "P" or "PRE")
            {
                own.ParagraphLength = own.Length;
            }
            else if (own.InlineLength >= LooseProseLength && element.TagName is "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "TD")
            {
                // Text typed straight into a container (lines split by <br>) is prose as much as a <p> is.
                own.ParagraphLength += own.InlineLength;
            }

            if (element != root && element.ParentElement is { } parent)
            {
                var up = stats.TryGetValue(parent, out var p) ? p : stats[parent] = new TextStats();
                up.Length += own.Length;
                up.LinkLength += own.LinkLength;
                up.Commas += own.Commas;
                up.ParagraphLength += own.ParagraphLength;
                if (!HtmlContent.IsBlock(element.TagName))
                {
                    up.InlineLength += own.Length;
                }
            }
        }

        return stats;
    }

    /// <summary>All elements under (and including) <paramref name="root"/> in document order.</summary>
    public static List<IElement> PreOrder(IElement root)
    {
        var order = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            order.Add(element);
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement child)
                {
                    pending.Push(child);
                }
            }
        }

        return order;
    }

    // Characters as they would show with whitespace collapsed (a run of spaces counts as one).
    private static (int Length, int Commas) VisibleLength(string text)
    {
        int length = 0, commas = 0;
        var inSpace = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    length++;
                    inSpace = true;
                }

                continue;
            }

            inSpace = false;
            length++;
            if (c is ',' or '\uFF0C' or '\u060C')
            {
                commas++;
            }
        }

        return (length, commas);
    }
}
