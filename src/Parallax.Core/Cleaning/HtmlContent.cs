using System.Text;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// Finds the article body in a parsed page: removes elements that are never article text (scripts,
/// navigation, asides, comment and share widgets), picks the smallest element that still holds most
/// of the page's paragraph text, and writes it out as paragraphs.
/// </summary>
internal static class HtmlContent
{
    private const string NoiseTags =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, object, embed, "
        + "canvas, svg, button, select, input, textarea, figure, figcaption, [hidden], [aria-hidden='true'], "
        + "[role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary'], [role='dialog']";

    // Whole words of class or id names that mark page furniture rather than article text.
    private static readonly HashSet<string> NoiseNameParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "comment", "comments", "commentlist", "disqus", "respond", "reply", "related", "recommended",
        "recirc", "outbrain", "taboola", "share", "sharing", "social", "newsletter", "subscribe",
        "subscription", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "advert", "adverts",
        "advertisement", "sponsored", "promo", "sidebar", "breadcrumb", "breadcrumbs", "byline", "meta",
        "author", "tags", "popup", "modal", "nav", "navbar", "menu", "toolbar", "masthead", "footer",
        "header", "widget", "trending", "caption",
    };

    private static readonly HashSet<string> StructuralTags = new(StringComparer.OrdinalIgnoreCase) { "HTML", "BODY", "MAIN", "ARTICLE" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
        "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV",
        "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR", "UL",
    };

    // The body is the smallest element holding at least this share of all paragraph text.
    private const double MainContentShare = 0.8;

    public static void RemoveNoise(IElement body)
    {
        foreach (var element in body.QuerySelectorAll(NoiseTags).ToList())
        {
            element.Remove();
        }

        var totalText = ParagraphTextLength(body);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || StructuralTags.Contains(element.TagName) || !HasNoiseName(element))
            {
                continue;
            }

            // A wrapper that holds most of the text is the article itself, whatever it is called.
            if (totalText > 0 && ParagraphTextLength(element) > totalText / 2)
            {
                continue;
            }

            element.Remove();
        }
    }

    public static IElement FindMainContainer(IElement body)
    {
        var total = ParagraphTextLength(body);
        var container = body;
        while (total > 0)
        {
            var next = container.Children.FirstOrDefault(c => ParagraphTextLength(c) >= total * MainContentShare);
            if (next is null)
            {
                break;
            }

            container = next;
        }

        // Stopping at a lone paragraph would drop headings and list items that sit beside it.
        return container.TagName == "P" && container.ParentElement is { } parent ? parent : container;
    }

    public static List<string> ToParagraphs(IElement container)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(container, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == NodeType.Text)
            {
                current.Append(child.TextContent);
            }
            else if (child is IElement element)
            {
                if (element.TagName == "BR")
                {
                    Flush(current, paragraphs);
                    continue;
                }

                var isBlock = BlockTags.Contains(element.TagName);
                if (isBlock)
                {
                    Flush(current, paragraphs);
                }

                Walk(element, current, paragraphs);
                if (isBlock)
                {
                    Flush(current, paragraphs);
                }
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        var text = BoilerplateRules.CollapseWhitespace(current.ToString());
        if (text.Length > 0)
        {
            paragraphs.Add(text);
        }

        current.Clear();
    }

    private static bool HasNoiseName(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        return names.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(NoiseNameParts.Contains);
    }

    private static int ParagraphTextLength(IElement element)
    {
        var length = element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);
        return element.TagName == "P" ? length + element.TextContent.Trim().Length : length;
    }
}
