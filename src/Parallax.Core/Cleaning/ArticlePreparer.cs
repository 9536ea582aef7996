using Parallax.Languages;
using Parallax.Articles;

namespace Parallax.Cleaning;

/// <summary>
/// Turns an input into a cleaned, identified article: HTML goes through <see cref="HtmlExtractor"/>,
/// plain text through <see cref="TextCleaner"/>. Metadata given with the input always wins over what
/// cleaning finds; the title is kept apart from <see cref="Article.Text"/>, which starts with the
/// first body paragraph.
/// </summary>
public sealed class ArticlePreparer
{
    private readonly TextCleaner textCleaner;
    private readonly HtmlExtractor htmlExtractor;
    private readonly LanguageDetector languageDetector;

    public ArticlePreparer()
        : this(new TextCleaner(), new HtmlExtractor(), new LanguageDetector())
    {
    }

    public ArticlePreparer(TextCleaner textCleaner, HtmlExtractor htmlExtractor, LanguageDetector languageDetector)
    {
        this.textCleaner = textCleaner;
        this.htmlExtractor = htmlExtractor;
        this.languageDetector = languageDetector;
    }

    /// <exception cref="ArticleRejectedException">No text or HTML, binary or oversized input, or an empty body.</exception>
    public Article Prepare(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        CleanedText cleaned;
        var context = new PageContext(input.Url, input.SeenOn);
        if (!string.IsNullOrWhiteSpace(input.Html))
        {
            cleaned = htmlExtractor.Extract(input.Html, context);
        }
        else if (!string.IsNullOrWhiteSpace(input.Text))
        {
            cleaned = textCleaner.Clean(input.Text, input.Title, context);
        }
        else
        {
            throw new ArticleRejectedException("The article has neither text nor HTML.");
        }

        if (string.IsNullOrWhiteSpace(cleaned.Text))
        {
            throw new ArticleRejectedException("The article body is empty after cleaning.");
        }

        var found = cleaned.Sources;
        var url = input.Url ?? cleaned.Url;
        var host = HostOf(url);
        var language = input.Language ?? cleaned.Language;
        return new Article
        {
            Id = ArticleId.FromText(cleaned.Text),
            Path = input.Path,
            Url = url,
            Title = input.Title ?? cleaned.Title,
            Outlet = input.Outlet ?? cleaned.Outlet ?? host,
            Published = input.Published ?? cleaned.Published,
            PublishedAt = input.Published is null ? cleaned.PublishedAt : null,
            PublishedInferred = input.Published is null && cleaned.Published is not null && !cleaned.PublishedFromMetadata,
            Authors = cleaned.Authors,
            Language = language ?? languageDetector.Detect(cleaned.Text),
            Text = cleaned.Text,
            Sources = new MetadataSources
            {
                Title = Given(input.Title) ?? (cleaned.Title.Length > 0 ? found.Title : null),
                Published = Given(input.Published) ?? found.Published,
                Authors = found.Authors,
                Outlet = Given(input.Outlet) ?? found.Outlet ?? (host is null ? null : MetadataSource.UrlHost),
                Url = Given(input.Url) ?? found.Url,
                Language = Given(input.Language) ?? found.Language ?? (language is null ? MetadataSource.Detector : null),
            },
        };
    }

    private static MetadataSource? Given<T>(T? value) => value is null ? null : MetadataSource.Given;

    private static string? HostOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }
}
