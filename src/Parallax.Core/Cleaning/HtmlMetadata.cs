using System.Text.Json;
using AngleSharp.Dom;

namespace Parallax.Cleaning;

/// <summary>
/// Page-level metadata read from an HTML document before its boilerplate is removed (JSON-LD lives
/// in script elements, which are removed later). Each value falls back through the places pages
/// commonly put it, most specific first.
/// </summary>
internal sealed record HtmlMetadata(string? Title, string? Heading, DateOnly? Published, string? Outlet, string? Language, string? Url)
{
    // Meta tags by their property, name, itemprop or http-equiv (lower case), most specific first.
    private static readonly string[] PublishedMetaKeys =
    [
        "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
        "dc.date.issued", "og:published_time",
    ];

    public static HtmlMetadata Read(IDocument document)
    {
        var page = PageElements.Collect(document);
        var outlet = page.Meta("og:site_name");
        var heading = Clean(page.FirstHeading?.TextContent);
        var title = page.Meta("og:title")
            ?? page.Meta("twitter:title")
            ?? StripSiteSuffix(Clean(document.Title), outlet)
            ?? heading;
        var url = Clean(page.Canonical?.GetAttribute("href")) ?? page.Meta("og:url");
        return new HtmlMetadata(title, heading, ReadPublished(page), outlet, ReadLanguage(document, page), url);
    }

    private static DateOnly? ReadPublished(PageElements page)
    {
        var fromJsonLd = page.JsonLd
            .Select(s => JsonLdDatePublished(s.TextContent))
            .FirstOrDefault(d => d is not null);
        if (fromJsonLd is not null)
        {
            return fromJsonLd;
        }

        var fromMeta = PublishedMetaKeys
            .Select(key => DateLineParser.Parse(page.Meta(key)))
            .FirstOrDefault(d => d is not null);
        if (fromMeta is not null)
        {
            return fromMeta;
        }

        var times = page.Times;
        var time = times.FirstOrDefault(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished")
            ?? times.FirstOrDefault();
        return DateLineParser.Parse(time?.GetAttribute("datetime"));
    }

    private static DateOnly? JsonLdDatePublished(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return FindDatePublished(parsed.RootElement);
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; other sources of the date remain.
            return null;
        }
    }

    private static DateOnly? FindDatePublished(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "datePublished" && property.Value.ValueKind == JsonValueKind.String)
                {
                    return DateLineParser.Parse(property.Value.GetString());
                }
            }

            return element.EnumerateObject().Select(p => FindDatePublished(p.Value)).FirstOrDefault(d => d is not null);
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(FindDatePublished).FirstOrDefault(d => d is not null)
            : null;
    }

    private static string? ReadLanguage(IDocument document, PageElements page)
    {
        var tag = document.DocumentElement.GetAttribute("lang")
            ?? page.Meta("content-language")
            ?? page.Meta("og:locale");
        var primary = tag?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary is { Length: 2 or 3 } && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    internal static string? Clean(string? value)
    {
        var cleaned = value is null ? null : BoilerplateRules.CollapseWhitespace(value);
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }

    /// <summary>"Headline | Outlet" in the title element: drop the outlet part.</summary>
    private static string? StripSiteSuffix(string? title, string? outlet)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var separator in new[] { " | ", " - ", " \u2013 ", " \u2014 " })
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut <= 0)
            {
                continue;
            }

            var suffix = title[(cut + separator.Length)..];
            var isOutlet = outlet is not null && BoilerplateRules.Normalize(suffix) == BoilerplateRules.Normalize(outlet);
            if (isOutlet || (separator == " | " && BoilerplateRules.WordCount(suffix) <= 4))
            {
                return title[..cut].Trim();
            }
        }

        return title;
    }
}
