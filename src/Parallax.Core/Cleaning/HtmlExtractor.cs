using System.Text;
using AngleSharp.Html.Parser;

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

    public CleanedText Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length > MaxBytes || Encoding.UTF8.GetByteCount(html) > MaxBytes)
        {
            throw new ArticleRejectedException($"The HTML is larger than the {MaxBytes}-byte limit.");
        }

        InputScreening.ThrowIfNotText(html);
        InputScreening.ThrowIfTooDeep(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        var body = document.Body ?? throw new ArticleRejectedException("The HTML has no body.");

        HtmlContent.RemoveNoise(body);
        var stats = BlockStatistics.Measure(body);
        var paragraphs = HtmlContent.ToParagraphs(ContentScorer.SelectContent(body, stats), stats);
        var filtered = BoilerplateFilter.Apply(paragraphs, [metadata.Title, metadata.Heading]);
        if (filtered.Paragraphs.Count == 0)
        {
            throw new ArticleRejectedException("No article text remains in the HTML after removing boilerplate.");
        }

        var title = metadata.Title ?? string.Empty;
        return new CleanedText(title, string.Join("\n\n", filtered.Paragraphs))
        {
            Published = metadata.Published ?? filtered.Published,
            PublishedFromMetadata = metadata.Published is not null,
            Outlet = metadata.Outlet,
            Language = metadata.Language,
            Url = metadata.Url,
        };
    }
}
