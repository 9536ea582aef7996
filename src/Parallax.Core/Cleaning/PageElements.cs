using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// The few elements metadata is read from, gathered in one walk over the page (one CSS query per
/// meta tag would walk a large page a dozen times).
/// </summary>
internal sealed partial class PageElements
{
    // Class or id words of boxes that list other stories or readers' posts: their dates and names are not this article's.
    [GeneratedRegex(@"(?:^|[\s_-])(?:related|recommended|recirc|teaser|teasers|trending|popular|comments?|sidebar|promo|outbrain|taboola|more|latest|also|list|feed|card|cards)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex OtherStoriesName();

    [GeneratedRegex(@"(?:^|[\s_-])byline(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex BylineName();

    private readonly Dictionary<string, string> metas = new(StringComparer.OrdinalIgnoreCase);

    public List<IElement> JsonLd { get; } = [];

    public List<IElement> Times { get; } = [];

    public IElement? FirstHeading { get; private set; }

    public IElement? Canonical { get; private set; }

    /// <summary>Links marked rel=author (their text is a name; a link element's href is not).</summary>
    public List<IElement> AuthorLinks { get; } = [];

    /// <summary>Elements named "byline" or marked itemprop=author, outside boxes of other stories.</summary>
    public List<IElement> Bylines { get; } = [];

    public static PageElements Collect(IDocument document)
    {
        var page = new PageElements();
        foreach (var element in BlockStatistics.PreOrder(document.DocumentElement))
        {
            switch (element.TagName)
            {
                case "META":
                    page.AddMeta(element);
                    break;
                case "SCRIPT" when string.Equals(element.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    page.JsonLd.Add(element);
                    break;
                case "TIME" when element.HasAttribute("datetime"):
                    page.Times.Add(element);
                    break;
                case "H1":
                    page.FirstHeading ??= element;
                    break;
                case "LINK" when string.Equals(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                    page.Canonical ??= element;
                    break;
                case "A" when HasRel(element, "author") && !IsInOtherStories(element):
                    page.AuthorLinks.Add(element);
                    break;
                default:
                    if (page.Bylines.Count < 3 && IsByline(element) && !IsInOtherStories(element))
                    {
                        page.Bylines.Add(element);
                    }

                    break;
            }
        }

        return page;
    }

    /// <summary>
    /// True when <paramref name="element"/> sits in page furniture or a box of other stories (aside, nav,
    /// footer, a "related" list, comments), where a date or a name belongs to something else.
    /// </summary>
    public static bool IsInOtherStories(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.TagName is "ASIDE" or "NAV" or "FOOTER" || OtherStoriesName().IsMatch($"{ancestor.ClassName} {ancestor.Id}"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsByline(IElement element)
    {
        if (element.GetAttribute("itemprop") == "author")
        {
            return true;
        }

        // Cheap substring test first: the regex runs only on the few names that mention a byline.
        var names = $"{element.ClassName} {element.Id}";
        return names.Contains("byline", StringComparison.OrdinalIgnoreCase) && BylineName().IsMatch(names);
    }

    private static bool HasRel(IElement element, string value) =>
        element.GetAttribute("rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(value, StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>The content of the first meta tag whose property, name, itemprop or http-equiv is <paramref name="key"/>.</summary>
    public string? Meta(string key) => metas.GetValueOrDefault(key);

    private void AddMeta(IElement meta)
    {
        var content = HtmlMetadata.Clean(meta.GetAttribute("content"));
        if (content is null)
        {
            return;
        }

        foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
        {
            if (meta.GetAttribute(attribute) is { Length: > 0 } key)
            {
                metas.TryAdd(key.Trim(), content);
            }
        }
    }
}
