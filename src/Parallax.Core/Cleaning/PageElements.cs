using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// The few elements metadata is read from, gathered in one walk over the page (one CSS query per
/// meta tag would walk a large page a dozen times).
/// </summary>
internal sealed class PageElements
{
    private readonly Dictionary<string, string> metas = new(StringComparer.OrdinalIgnoreCase);

    public List<IElement> JsonLd { get; } = [];

    public List<IElement> Times { get; } = [];

    public IElement? FirstHeading { get; private set; }

    public IElement? Canonical { get; private set; }

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
                default:
                    break;
            }
        }

        return page;
    }

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
