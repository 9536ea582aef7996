using System.Text;
using AngleSharp.Html.Parser;
using Parallax.Articles;

namespace Parallax.Cleaning;

/// <summary>
/// Extracts an article from a saved HTML page. The page is only parsed: no script runs and nothing is
/// fetched (AngleSharp's parser is used without a browsing context, loader or scripting). The body
/// text then goes through the same boilerplate rules as plain text (<see cref="BoilerplateRules"/>).
/// </summary>
public sealed class HtmlExtractor
{
    public const long DefaultMaxBytes = 5L * 1024 * 1024;

    public HtmlExtractor(long maxBytes = DefaultMaxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        MaxBytes = maxBytes;
    }

    /// <summary>Largest page accepted, in UTF-8 bytes; larger pages are refused, not truncated.</summary>
    public long MaxBytes { get; }

    public CleanedText Extract(string html) => Extract(html, PageContext.None);

    /// <param name="context">The page's own URL (base for a relative canonical link) and the day it was seen (year of a dateline without one).</param>
    public CleanedText Extract(string html, PageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxBytes || Encoding.UTF8.GetByteCount(html) > MaxBytes)
        {
            throw new ArticleRejectedException($"The HTML is larger than the {MaxBytes}-byte limit.");
        }

        InputScreening.ThrowIfNotText(html);
        InputScreening.ThrowIfTooDeep(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document, context);
        var body = document.Body ?? throw new ArticleRejectedException("The HTML has no body.");

        var wholePage = HtmlContent.RemoveNoise(body);
        var stats = BlockStatistics.Measure(body);
        var content = ArticleBodyHint.Apply(body, ContentScorer.SelectContent(body, stats), metadata.ArticleBody, stats);
        var paragraphs = HtmlContent.ToParagraphs(content, stats);
        var filtered = BoilerplateFilter.Apply(paragraphs, [metadata.Title?.Value, metadata.Heading]);
        if (filtered.Paragraphs.Count == 0)
        {
            throw new ArticleRejectedException("No article text remains in the HTML after removing boilerplate.");
        }

        if (NonArticlePage.Reason(body, wholePage, filtered.Paragraphs) is { } notArticle)
        {
            throw new ArticleRejectedException(notArticle);
        }

        var fromText = TextMetadata.Read(filtered, metadata.Outlet?.Value, context, metadata.Url?.Value, context.Url);
        var published = metadata.Published ?? fromText.Published;
        var authors = metadata.Authors ?? (fromText.Authors.Count > 0 ? new(fromText.Authors, MetadataSource.Byline) : null);
        return new CleanedText(metadata.Title?.Value ?? string.Empty, string.Join("\n\n", filtered.Paragraphs))
        {
            Published = published?.Value,
            PublishedAt = metadata.PublishedAt,
            PublishedFromMetadata = metadata.Published is not null,
            Authors = authors?.Value ?? [],
            Outlet = metadata.Outlet?.Value,
            Language = metadata.Language?.Value,
            Url = metadata.Url?.Value,
            Sources = new MetadataSources
            {
                Title = metadata.Title?.Source,
                Published = published?.Source,
                Authors = authors?.Source,
                Outlet = metadata.Outlet?.Source,
                Url = metadata.Url?.Source,
                Language = metadata.Language?.Source,
            },
        };
    }
}
