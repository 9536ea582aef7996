using System.Globalization;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// Recognizes pages that are not one article (section fronts, tag pages, galleries) from what is left
/// after extraction: no paragraph of prose, little text outside links on the whole page, and many
/// links or many images. Such a page is
/// reported as rejected rather than forced into an "article" made of teasers and captions.
/// </summary>
internal static class NonArticlePage
{
    private const int MinIndexLinks = 30;
    private const int MinGalleryImages = 8;

    // An article the scorer missed still leaves its text on the page; an index page has little besides links.
    private const int MaxPageTextOutsideLinks = 1500;

    /// <summary>Why the page looks like an index or a gallery, or null when it may be an article.</summary>
    /// <param name="wholePage">Text measures of the body before page furniture was removed.</param>
    public static string? Reason(IElement body, TextStats wholePage, IReadOnlyList<string> paragraphs)
    {
        var prose = paragraphs.Where(BoilerplateRules.LooksLikeProse).ToList();
        // A single paragraph of prose can be a whole brief, a recipe note or a short post: only pages with none are judged.
        if (prose.Count > 0 || wholePage.Length - wholePage.LinkLength >= MaxPageTextOutsideLinks)
        {
            return null;
        }

        // Counted only for the few pages with little prose, so articles pay nothing for it.
        int links = 0, images = 0;
        foreach (var element in BlockStatistics.PreOrder(body))
        {
            if (element.TagName == "A" && element.HasAttribute("href"))
            {
                links++;
            }
            else if (element.TagName == "IMG")
            {
                images++;
            }
        }

        var shortParagraphs = paragraphs.Count - prose.Count;
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{prose.Count} paragraph{(prose.Count == 1 ? string.Empty : "s")} of prose and {shortParagraphs} short one{(shortParagraphs == 1 ? string.Empty : "s")}");
        if (links >= MinIndexLinks && links > 2 * paragraphs.Count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The page looks like an index page: {links} links, {text}.");
        }

        return images >= MinGalleryImages && images > paragraphs.Count
            ? string.Create(CultureInfo.InvariantCulture, $"The page looks like a gallery: {images} images, {text}.")
            : null;
    }
}
