using System.Text.Json;
using Parallax.Articles;

namespace Parallax.Cleaning;

/// <summary>
/// The article described by a page's schema.org JSON-LD: the first object typed as an article
/// (NewsArticle, Article, BlogPosting, ReportageNewsArticle...), found at the top level, in a top-level
/// array or in an @graph. Objects nested elsewhere (a related ItemList, a "mentions" entry) are never
/// read, so another story's date or author cannot leak in.
/// </summary>
internal sealed record JsonLdArticle(
    string? Headline,
    string? DatePublished,
    IReadOnlyList<string> Authors,
    string? Publisher,
    string? Url,
    string? Language,
    string? ArticleBody)
{
    public static JsonLdArticle? Find(IEnumerable<string> blocks)
    {
        JsonLdArticle? fallback = null;
        foreach (var block in blocks)
        {
            try
            {
                using var parsed = JsonDocument.Parse(block, new JsonDocumentOptions { AllowTrailingCommas = true });
                foreach (var candidate in Candidates(parsed.RootElement))
                {
                    if (IsArticleType(candidate))
                    {
                        return From(candidate);
                    }

                    // A page typed only as WebPage still dates itself; used when no article object exists.
                    if (fallback is null && candidate.TryGetProperty("datePublished", out _))
                    {
                        fallback = From(candidate);
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; other sources of the metadata remain.
            }
        }

        return fallback;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        var pending = new Queue<JsonElement>();
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            var element = pending.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    pending.Enqueue(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                yield return element;
                if (element.TryGetProperty("@graph", out var graph))
                {
                    pending.Enqueue(graph);
                }

                if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
                {
                    pending.Enqueue(main);
                }
            }
        }
    }

    private static bool IsArticleType(JsonElement element) =>
        Types(element).Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t.EndsWith("Posting", StringComparison.Ordinal) || t == "Report");

    private static IEnumerable<string> Types(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return [];
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    private static JsonLdArticle From(JsonElement article) => new(
        Text(article, "headline") ?? Text(article, "name"),
        Text(article, "datePublished") ?? Text(article, "dateCreated"),
        Names(article, "author", peopleOnly: true).Concat(Names(article, "creator", peopleOnly: true)).Distinct().ToList(),
        Names(article, "publisher", peopleOnly: false).FirstOrDefault(),
        Text(article, "url") ?? PageId(article),
        Text(article, "inLanguage"),
        Text(article, "articleBody"));

    // "@id" is often the page URL, but may be a fragment id ("https://x/#article") naming a graph node.
    private static string? PageId(JsonElement article) =>
        Text(article, "@id") is { } id && id.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !id.Contains('#') ? id : null;

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? HtmlMetadata.Clean(value.GetString())
            : null;

    // "author" may be a string, a Person or Organization object, or an array of either.
    private static IEnumerable<string> Names(JsonElement element, string property, bool peopleOnly)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return [];
        }

        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                names.Add(item.GetString()!);
            }
            else if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } name)
            {
                var types = Types(item).ToList();
                if (!peopleOnly || types.Count == 0 || types.Contains("Person"))
                {
                    names.Add(name);
                }
            }
        }

        return names.Select(HtmlMetadata.Clean).OfType<string>();
    }
}
