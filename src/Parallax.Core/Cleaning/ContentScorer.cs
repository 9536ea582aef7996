using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// Picks the elements that hold the article, in the way readability-style extractors do: every
/// paragraph-like block of prose gives points (for its length and commas) to its parent and, less, to
/// its ancestors; an element's points are discounted by its link density and nudged by class names;
/// the best-scoring element wins, and siblings that score well or read as prose join it (articles
/// are often split around an ad or an image).
/// </summary>
internal static partial class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;
    private const int TwinSearchLevels = 6;

    // Class/id words that make an element more or less likely to be the article container.
    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|speakable", RegexOptions.IgnoreCase)]
    private static partial Regex PositiveName();

    [GeneratedRegex(@"-ad-|hidden|^hid$|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|teaser|recirc|newsletter", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeName();

    // Names that say "this holds the content" even when they also contain a furniture word ("widget-post-content").
    [GeneratedRegex(@"article|body|column|content|main", RegexOptions.IgnoreCase)]
    private static partial Regex ContentName();

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal) { "P", "PRE", "TD", "BLOCKQUOTE" };

    public static List<IElement> SelectContent(IElement body, Dictionary<IElement, TextStats> stats)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in BlockStatistics.PreOrder(body))
        {
            var text = stats[element];
            if (IsParagraphLike(element) && text.Length >= MinParagraphLength)
            {
                AddPoints(element.ParentElement, 1 + text.Commas + Math.Min(text.Length / 100, 3), scores, body);
            }
            else if (text.InlineLength >= BlockStatistics.LooseProseLength && element.TagName is "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "TD")
            {
                // Loose text in a container counts as a paragraph whose parent is the container itself.
                var commas = text.Length == 0 ? 0 : text.Commas * text.InlineLength / text.Length;
                AddPoints(element, 1 + commas + Math.Min(text.InlineLength / 100, 3), scores, body);
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        foreach (var element in scores.Keys.ToList())
        {
            scores[element] *= 1 - stats[element].LinkDensity;
        }

        var top = ClimbToWrapper(scores.MaxBy(s => s.Value).Key, scores, body);
        return WithTwins(top, WithSiblings(top, scores, stats), scores, stats, body);
    }

    // Some CMSes cut the body into chunks rendered alike (a class per chunk, each in its own grid row
    // or section, with ads or images between): the best chunk's twins nearby are the rest of the article.
    private static List<IElement> WithTwins(IElement top, List<IElement> selected, Dictionary<IElement, double> scores, Dictionary<IElement, TextStats> stats, IElement body)
    {
        if (string.IsNullOrWhiteSpace(top.ClassName))
        {
            return selected;
        }

        var scope = top;
        for (var level = 0; level < TwinSearchLevels && scope.ParentElement is { } parent && parent != body; level++)
        {
            scope = parent;
        }

        // An article element bounds one article: a twin in another one, or holding some, is a teaser list.
        var article = top.Closest("article");
        var twins = BlockStatistics.PreOrder(scope)
            .Where(e => e != top && e.TagName == top.TagName && e.ClassName == top.ClassName
                && scores.ContainsKey(e) && stats[e].LinkDensity < 0.33
                && e.Closest("article") == article && e.QuerySelector("article") is null
                && !selected.Any(s => s.Contains(e) || e.Contains(s)))
            .ToList();
        if (twins.Count == 0)
        {
            return selected;
        }

        var order = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var element in BlockStatistics.PreOrder(scope))
        {
            order[element] = order.Count;
        }

        return [.. selected.Concat(twins).OrderBy(e => order.GetValueOrDefault(e, -1))];
    }

    private static void AddPoints(IElement? first, double points, Dictionary<IElement, double> scores, IElement body)
    {
        var ancestor = first;
        for (var level = 0; level < AncestorLevels && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            if (!scores.ContainsKey(ancestor))
            {
                scores[ancestor] = InitialScore(ancestor);
            }

            scores[ancestor] += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            if (ancestor == body)
            {
                break;
            }
        }
    }

    public static bool HasContentName(IElement element) => ContentName().IsMatch($"{element.ClassName} {element.Id}");

    public static int NameWeight(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        if (names.Length <= 1)
        {
            return 0;
        }

        return (PositiveName().IsMatch(names) ? 25 : 0) - (NegativeName().IsMatch(names) ? 25 : 0);
    }

    // A div without block children is written as a paragraph by many sites (and by blog editors).
    private static bool IsParagraphLike(IElement element) =>
        ParagraphTags.Contains(element.TagName)
        || (element.TagName == "DIV" && !element.Children.Any(c => HtmlContent.IsBlock(c.TagName)));

    private static double InitialScore(IElement element)
    {
        var byTag = element.TagName switch
        {
            "DIV" or "ARTICLE" or "MAIN" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        return byTag + NameWeight(element);
    }

    // When the body is split into several scored blocks, their common wrapper scores close to the best one.
    private static IElement ClimbToWrapper(IElement top, Dictionary<IElement, double> scores, IElement body)
    {
        var lastScore = scores[top];
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentScore;
        }

        // A lone child adds nothing over its parent, which may also hold the headings and lists around it.
        while (top.ParentElement is { } only && only != body && only.Children.Length == 1)
        {
            scores[only] = Math.Max(scores.GetValueOrDefault(only), scores[top]);
            top = only;
        }

        return top;
    }

    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, Dictionary<IElement, TextStats> stats)
    {
        if (top.ParentElement is not { } parent)
        {
            return [top];
        }

        var topScore = scores[top];
        var threshold = Math.Max(10, topScore * 0.2);
        var selected = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if ((sibling.TagName == "P" || IsParagraphLike(sibling)) && stats.TryGetValue(sibling, out var text) && ReadsAsProse(sibling, text))
            {
                selected.Add(sibling);
            }
        }

        return selected;
    }

    private static bool ReadsAsProse(IElement paragraph, TextStats text)
    {
        if (text.Length > 80)
        {
            return text.LinkDensity < 0.25;
        }

        var content = paragraph.TextContent.TrimEnd();
        return text.Length > 0 && text.LinkDensity == 0 && content.EndsWith('.');
    }
}
