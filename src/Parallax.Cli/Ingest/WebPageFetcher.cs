using System.Net;
using System.Net.Http.Headers;
using Parallax.Articles;
using Parallax.Cleaning;

namespace Parallax.Cli.Ingest;

/// <summary>
/// Fetches a page or feed named on the command line (`parallax ingest https://...`): http and https
/// only, a user agent that says who we are, robots.txt obeyed (fetched once per site), a timeout
/// and a size limit on every response. Only a URL the user gave is fetched: nothing inside a page
/// (links, images, scripts) ever is.
/// </summary>
internal sealed class WebPageFetcher : IDisposable
{
    public const string ProductToken = "Parallax";

    public const string UserAgent = ProductToken + "/1.0 (+https://github.com/parallax-news/parallax; news analysis)";

    /// <summary>Largest response body read; the rest is refused rather than truncated.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private readonly HttpClient _client;
    private readonly Dictionary<string, RobotsRules> _robots = new(StringComparer.OrdinalIgnoreCase);

    public WebPageFetcher(TimeSpan? timeout = null, HttpMessageHandler? handler = null)
    {
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
            MaxResponseContentBufferSize = MaxBytes,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
    }

    public static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<InputItem> Fetch(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return [new InputItem(url, null, "not a valid http or https URL")];
        }

        try
        {
            if (!RulesFor(uri).Allows(uri.PathAndQuery))
            {
                return [new InputItem(url, null, $"robots.txt of {uri.Host} disallows fetching this page for {ProductToken}")];
            }

            using var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, uri), HttpCompletionOption.ResponseHeadersRead);
            if (!response.IsSuccessStatusCode)
            {
                return [new InputItem(url, null, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}")];
            }

            var type = response.Content.Headers.ContentType;
            var bytes = ReadLimited(response);
            var text = HtmlDecoding.Decode(bytes, type?.CharSet);
            var final = response.RequestMessage?.RequestUri?.ToString() ?? url;
            if (FeedParser.LooksLikeFeed(text))
            {
                return FeedParser.Parse(text, null, url);
            }

            if (type?.MediaType is { } media && !media.Contains("html", StringComparison.OrdinalIgnoreCase) && !media.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            {
                return [new InputItem(url, null, $"not a web page or feed (Content-Type {media})")];
            }

            var isHtml = type?.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? text.TrimStart().StartsWith('<');

            // The page existed when last modified, and surely when served: a year for a dateline without one.
            var seen = (response.Content.Headers.LastModified ?? response.Headers.Date) is { } stamp ? DateOnly.FromDateTime(stamp.UtcDateTime) : (DateOnly?)null;
            return [new InputItem(url, isHtml ? new ArticleInput { Url = final, Html = text, SeenOn = seen } : new ArticleInput { Url = final, Text = text, SeenOn = seen })];
        }
        catch (TaskCanceledException)
        {
            return [new InputItem(url, null, $"no complete answer within {_client.Timeout.TotalSeconds:0} s")];
        }
        catch (Exception e) when (e is HttpRequestException or InputException or IOException)
        {
            return [new InputItem(url, null, e.Message)];
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>robots.txt per site: a missing file (4xx) allows everything; a server error disallows, as RFC 9309 says.</summary>
    private RobotsRules RulesFor(Uri page)
    {
        var site = page.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(site, out var known))
        {
            return known;
        }

        RobotsRules rules;
        using (var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, new Uri(site + "/robots.txt")), HttpCompletionOption.ResponseHeadersRead))
        {
            var status = (int)response.StatusCode;
            rules = response.IsSuccessStatusCode
                ? RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(ReadLimited(response, 512 * 1024)), ProductToken)
                : status is >= 400 and < 500 ? RobotsRules.AllowAll : RobotsRules.DisallowAll;
        }

        _robots[site] = rules;
        return rules;
    }

    private static byte[] ReadLimited(HttpResponseMessage response, int limit = MaxBytes)
    {
        if (response.Content.Headers.ContentLength is > MaxBytes)
        {
            throw new InputException($"the page is {response.Content.Headers.ContentLength / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB limit");
        }

        using var stream = response.Content.ReadAsStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new InputException($"the response exceeds the {limit / 1024} KB limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
