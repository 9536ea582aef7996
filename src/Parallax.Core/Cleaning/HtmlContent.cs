using System.Text;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// Finds the article body in a parsed page: removes elements that are never article text (scripts,
/// navigation, asides, comment and share widgets), lets <see cref="ContentScorer"/> pick the article's
/// blocks, and writes them out as paragraphs, leaving out link lists and furniture nested inside.
/// </summary>
internal static class HtmlContent
{
    // Never article text, wherever they are.
    private static readonly HashSet<string> AlwaysNoiseTags = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "CANVAS", "SVG", "BUTTON",
        "SELECT", "INPUT", "TEXTAREA", "FIGURE", "FIGCAPTION", "LINK", "META",
    };

    // Page furniture, unless it wraps most of the page's text (some sites put the whole page in a form or a header).
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal) { "NAV", "HEADER", "FOOTER", "ASIDE", "FORM" };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary",
    };

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

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
        "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV",
        "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR", "UL",
    };

    // Blocks inside the article that are dropped when they are mostly links (a list of related stories).
    private static readonly HashSet<string> ConditionalTags = new(StringComparer.Ordinal)
    {
        "DIV", "SECTION", "UL", "OL", "DL", "TABLE", "ASIDE", "HEADER", "FOOTER", "NAV", "FORM", "P", "LI",
    };

    // A furniture element is only taken for the article's wrapper when it holds at least a short article's worth of text.
    private const int MinWrappedArticleLength = 250;

    // Characters outside links that make a paragraph prose rather than a list of links.
    private const int OwnProseLength = 100;

    public static bool IsBlock(string tagName) => BlockTags.Contains(tagName);

    /// <summary>
    /// Removes non-article elements and returns the text measures of the whole body taken before page
    /// furniture went (scripts and hidden elements already gone): what the page holds in all.
    /// </summary>
    public static TextStats RemoveNoise(IElement body)
    {
        // One pass with plain tag and attribute tests: CSS selector matching over a large page costs more than parsing it.
        foreach (var element in BlockStatistics.PreOrder(body))
        {
            if (AlwaysNoiseTags.Contains(element.TagName) || element.HasAttribute("hidden")
                || element.GetAttribute("aria-hidden") == "true" || element.GetAttribute("role") is "dialog" or "alertdialog")
            {
                element.Remove();
            }
        }

        var stats = BlockStatistics.Measure(body);
        var prose = stats[body].ParagraphLength > 0;
        var half = (prose ? stats[body].ParagraphLength : stats[body].Length) / 2;
        foreach (var element in BlockStatistics.PreOrder(body))
        {
            var isNoise = FurnitureTags.Contains(element.TagName)
                || (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role))
                || (!StructuralTags.Contains(element.TagName) && HasNoiseName(element) && !ContentScorer.HasContentName(element));

            // A wrapper that holds most of the text is the article itself, whatever it is called.
            var held = prose ? stats[element].ParagraphLength : stats[element].Length;
            if (isNoise && element != body && (held <= half || held < MinWrappedArticleLength))
            {
                element.Remove();
            }
        }

        return stats[body];
    }

    public static List<string> ToParagraphs(IEnumerable<IElement> blocks, Dictionary<IElement, TextStats> stats)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var block in blocks)
        {
            Walk(block, current, paragraphs, stats);
            Flush(current, paragraphs);
        }

        return paragraphs;
    }

    // Depth-first over the block with an explicit stack: a block's end is marked by a null sentinel.
    private static void Walk(IElement root, StringBuilder current, List<string> paragraphs, Dictionary<IElement, TextStats> stats)
    {
        var pending = new Stack<INode?>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is null)
            {
                Flush(current, paragraphs);
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                current.Append(node.TextContent);
                continue;
            }

            if (node is not IElement element || (element != root && IsLinkList(element, stats)))
            {
                continue;
            }

            if (element.TagName == "BR")
            {
                Flush(current, paragraphs);
                continue;
            }

            if (BlockTags.Contains(element.TagName))
            {
                Flush(current, paragraphs);
                pending.Push(null);
            }

            for (var c = element.ChildNodes.Length - 1; c >= 0; c--)
            {
                pending.Push(element.ChildNodes[c]);
            }
        }
    }

    private static bool IsLinkList(IElement element, Dictionary<IElement, TextStats> stats)
    {
        // An inline card of links inside a sentence (a name's hover card: profile, recent articles, "more").
        if (element.TagName == "SPAN")
        {
            return stats.TryGetValue(element, out var inline) && inline.Length >= 60 && inline.LinkDensity >= 0.6
                && element.GetElementsByTagName("A").Length >= 3;
        }

        if (!ConditionalTags.Contains(element.TagName) || !stats.TryGetValue(element, out var text) || text.Length == 0)
        {
            return false;
        }

        // A paragraph with a sentence's worth of its own text is prose, however many links (a name's
        // hover card, inline citations) it also carries.
        if (element.TagName == "P" && text.Length * (1 - text.LinkDensity) >= OwnProseLength)
        {
            return false;
        }

        // A furniture-sounding name alone does not condemn a block that is mostly paragraphs of prose.
        var weight = ContentScorer.NameWeight(element);
        var mostlyProse = text.ParagraphLength >= text.Length * 0.6;
        return (weight < 0 && !mostlyProse) || text.LinkDensity > (weight >= 25 ? 0.5 : 0.33);
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
        // Compound names end in the part that says what the element is: "imageEmbedCaption", "photocaption".
        return names.Length > 1 && names.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => NoiseNameParts.Contains(part) || part.EndsWith("caption", StringComparison.OrdinalIgnoreCase));
    }
}
