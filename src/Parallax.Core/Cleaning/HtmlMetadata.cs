using AngleSharp.Dom;
using Parallax.Articles;

namespace Parallax.Cleaning;

/// <summary>
/// Page-level metadata read from an HTML document before its boilerplate is removed (JSON-LD lives
/// in script elements, which are removed later). Each value falls back through the places pages
/// commonly put it, most specific first, and records which place it came from.
/// </summary>
internal sealed record HtmlMetadata(
    Sourced<string>? Title,
    string? Heading,
    Sourced<DateOnly>? Published,
    DateTimeOffset? PublishedAt,
    Sourced<IReadOnlyList<string>>? Authors,
    Sourced<string>? Outlet,
    Sourced<string>? Language,
    Sourced<string>? Url,
    string? ArticleBody)
{
    // Meta tags other than OpenGraph that name the publication date.
    private static readonly string[] PublishedMetaKeys =
    [
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
    ];

    // Meta tags that may hold a publication date but also, on some sites, the page's generation or edit time:
    // trusted less than a time element marked pubdate or a date in the URL.
    private static readonly string[] LooseDateMetaKeys = ["date", "dc.date", "dcterms.date", "dcterms.created"];

    private static readonly string[] AuthorMetaKeys = ["author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author"];

    public static HtmlMetadata Read(IDocument document, PageContext? context = null)
    {
        context ??= PageContext.None;
        var page = PageElements.Collect(document);
        var jsonLd = JsonLdArticle.Find(page.JsonLd.Select(s => s.TextContent));
        var outlet = Sourced<string>.First((SiteName(page.Meta("og:site_name")), MetadataSource.OpenGraph), (SiteName(jsonLd?.Publisher), MetadataSource.JsonLd));
        var heading = Clean(page.FirstHeading?.TextContent);
        var title = Sourced<string>.First(
            (page.Meta("og:title"), MetadataSource.OpenGraph),
            (page.Meta("twitter:title"), MetadataSource.MetaTag),
            (jsonLd?.Headline, MetadataSource.JsonLd),
            (StripSiteSuffix(Clean(document.Title), outlet?.Value), MetadataSource.TitleElement),
            (heading, MetadataSource.Heading));
        // The page's own address: where it was fetched or archived from, else what og:url says.
        var self = PageUrl.Absolute(context.Url) ?? PageUrl.Absolute(page.Meta("og:url"));
        var url = Sourced<string>.First(
            (PageUrl.Resolve(page.Canonical?.GetAttribute("href"), self), MetadataSource.LinkElement),
            (PageUrl.Resolve(page.Meta("og:url"), self), MetadataSource.OpenGraph),
            (PageUrl.Resolve(jsonLd?.Url, self), MetadataSource.JsonLd));
        var dateUrl = DateLineParser.ParseUrl(url?.Value) is null ? self?.AbsoluteUri : url?.Value;
        var (published, publishedAt) = ReadPublished(page, jsonLd, dateUrl);
        return new HtmlMetadata(
            title, heading, published, publishedAt, ReadAuthors(page, jsonLd, outlet?.Value), outlet,
            ReadLanguage(document, page, jsonLd), url, jsonLd?.ArticleBody);
    }

    private static (Sourced<DateOnly>? Date, DateTimeOffset? Instant) ReadPublished(PageElements page, JsonLdArticle? jsonLd, string? url)
    {
        var times = page.Times.Where(t => !PageElements.IsInOtherStories(t)).ToList();
        var marked = times.FirstOrDefault(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished");
        var stamps = new List<(string? Value, MetadataSource Source)>
        {
            (jsonLd?.DatePublished, MetadataSource.JsonLd),
            (page.Meta("article:published_time") ?? page.Meta("og:published_time"), MetadataSource.OpenGraph),
        };
        stamps.AddRange(PublishedMetaKeys.Select(key => (page.Meta(key), MetadataSource.MetaTag)));
        stamps.Add((marked?.GetAttribute("datetime"), MetadataSource.TimeElement));
        stamps.Add((UrlDate(url), MetadataSource.Url));
        stamps.AddRange(LooseDateMetaKeys.Select(key => (page.Meta(key), MetadataSource.MetaTag)));
        stamps.Add((times.FirstOrDefault()?.GetAttribute("datetime"), MetadataSource.TimeElement));
        foreach (var (value, source) in stamps)
        {
            if (DateLineParser.Parse(value) is { } date)
            {
                return (new Sourced<DateOnly>(date, source), DateLineParser.ParseInstant(value));
            }
        }

        return (null, null);
    }

    private static string? UrlDate(string? url) => DateLineParser.ParseUrl(url)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Sourced<IReadOnlyList<string>>? ReadAuthors(PageElements page, JsonLdArticle? jsonLd, string? outlet)
    {
        var metaAuthor = page.Meta("article:author") is { } ogAuthor && !ogAuthor.Contains("://", StringComparison.Ordinal) ? ogAuthor : null;
        var candidates = new (IEnumerable<string> Fields, MetadataSource Source)[]
        {
            (jsonLd?.Authors ?? [], MetadataSource.JsonLd),
            (metaAuthor is null ? [] : [metaAuthor], MetadataSource.OpenGraph),
            (AuthorMetaKeys.Select(page.Meta).OfType<string>().Take(1), MetadataSource.MetaTag),
            (page.AuthorLinks.Select(a => a.TextContent), MetadataSource.LinkElement),
            (page.Bylines.Select(b => b.TextContent).Take(1), MetadataSource.Byline),
        };
        foreach (var (fields, source) in candidates)
        {
            var names = AuthorNames.ParseAll(fields, outlet);
            if (names.Count > 0)
            {
                return new Sourced<IReadOnlyList<string>>(names, source);
            }
        }

        return null;
    }

    private static Sourced<string>? ReadLanguage(IDocument document, PageElements page, JsonLdArticle? jsonLd) =>
        Sourced<string>.First(
            (LanguageCode(document.DocumentElement.GetAttribute("lang")), MetadataSource.HtmlLang),
            (LanguageCode(page.Meta("content-language")), MetadataSource.MetaTag),
            (LanguageCode(page.Meta("og:locale")), MetadataSource.OpenGraph),
            (LanguageCode(jsonLd?.Language), MetadataSource.JsonLd));

    private static string? LanguageCode(string? tag)
    {
        var primary = tag?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary is { Length: 2 or 3 } && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    // Site names often carry a slogan ("Outlet | The best news") or are the site's address.
    private static string? SiteName(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }

        var cut = value.IndexOf(" | ", StringComparison.Ordinal);
        return cut > 0 ? value[..cut].Trim() : value;
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
