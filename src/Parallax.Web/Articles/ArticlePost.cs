using System.Globalization;
using Parallax.Articles;

namespace Parallax.Web.Articles;

/// <summary>The body of POST /api/articles: one article as text or HTML, with optional metadata.</summary>
public sealed record ArticlePost
{
    public const int MaxTitleLength = 1_000;
    public const int MaxFieldLength = 2_000;

    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    /// <summary>"YYYY-MM-DD" (a full ISO 8601 timestamp is accepted and its date kept).</summary>
    public string? Published { get; init; }
    public string? Outlet { get; init; }
    public string? Language { get; init; }

    /// <summary>A page posted as text/html, its metadata in the query string (?url=&amp;title=&amp;published=&amp;outlet=).</summary>
    internal static ArticlePost FromPage(string html, IQueryCollection query) => new()
    {
        Html = html,
        Url = query["url"].FirstOrDefault(),
        Title = query["title"].FirstOrDefault(),
        Published = query["published"].FirstOrDefault(),
        Outlet = query["outlet"].FirstOrDefault(),
        Language = query["language"].FirstOrDefault(),
    };

    /// <summary>Checks the fields; returns the input for the preparer, or the errors keyed by field name.</summary>
    internal (ArticleInput? Input, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var hasText = !string.IsNullOrWhiteSpace(Text);
        var hasHtml = !string.IsNullOrWhiteSpace(Html);
        if (hasText == hasHtml)
        {
            errors[hasText ? "html" : "text"] = ["Give the article body as exactly one of 'text' or 'html'."];
        }

        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors["url"] = ["'url' must be an absolute http or https URL."];
        }

        DateOnly? published = null;
        if (Published is not null)
        {
            if (DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                published = day;
            }
            else if (DateTimeOffset.TryParse(Published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                published = DateOnly.FromDateTime(moment.UtcDateTime);
            }
            else
            {
                errors["published"] = ["'published' must be a date, YYYY-MM-DD."];
            }
        }

        Limit(errors, "title", Title, MaxTitleLength);
        Limit(errors, "outlet", Outlet, MaxFieldLength);
        Limit(errors, "url", Url, MaxFieldLength);
        Limit(errors, "language", Language, 16);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ArticleInput { Text = hasText ? Text : null, Html = hasHtml ? Html : null, Title = Title, Url = Url, Published = published, Outlet = Outlet, Language = Language }, errors);
    }

    private static void Limit(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is { Length: var length } && length > max && !errors.ContainsKey(field))
        {
            errors[field] = [$"'{field}' is longer than {max} characters."];
        }
    }
}
