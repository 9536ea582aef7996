using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Parallax.Articles;

namespace Parallax.Cli.Ingest;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed (System.ServiceModel.Syndication) into one article per entry:
/// its link, title, publication date (published, else updated) and body (full content —
/// content:encoded or Atom content — else the summary). An entry with neither is reported, not
/// stored: a headline alone is not an article. The XML reader never resolves DTDs or external
/// entities, so a feed cannot make Parallax fetch anything.
/// </summary>
internal static partial class FeedParser
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
    };

    /// <summary>True when the document's root element, after any XML declaration, processing instructions and comments, is rss, feed or rdf:RDF.</summary>
    public static bool LooksLikeFeed(string content) =>
        FeedRoot().IsMatch(content.AsSpan(0, Math.Min(content.Length, 4096)));

    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FeedRoot();

    public static IEnumerable<InputItem> Parse(string content, string? path, string label)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(content), Settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException)
        {
            return [new InputItem(label, null, $"not a readable RSS or Atom feed ({e.Message})")];
        }

        var outlet = feed.Title?.Text is { Length: > 0 } title ? title.Trim() : null;
        return feed.Items.Select((item, i) => Entry(item, i + 1, outlet, path, label)).ToList();
    }

    private static InputItem Entry(SyndicationItem item, int number, string? outlet, string? path, string label)
    {
        var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString()
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme is "http" or "https" ? id.ToString() : null);
        var where = $"{label}#{number}" + (url is null ? string.Empty : $" ({url})");
        var body = FullContent(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
        if (string.IsNullOrWhiteSpace(body))
        {
            return new InputItem(where, null, "the entry has no content or summary, only a link");
        }

        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        return new InputItem(where, new ArticleInput
        {
            Path = path,
            Url = url,
            Title = item.Title?.Text?.Trim(),
            Outlet = outlet,
            Published = date == default ? null : DateOnly.FromDateTime(date.UtcDateTime),
            Html = body,
        });
    }

    /// <summary>RSS puts the full text in content:encoded, an extension element the syndication model leaves as XML.</summary>
    private static string? FullContent(SyndicationItem item)
    {
        foreach (var extension in item.ElementExtensions)
        {
            if (extension.OuterName == "encoded" && extension.OuterNamespace == ContentNamespace)
            {
                return extension.GetObject<string>();
            }
        }

        return null;
    }
}
