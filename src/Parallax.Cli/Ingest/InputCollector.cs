using Parallax.Articles;

namespace Parallax.Cli.Ingest;

/// <summary>
/// Turns the paths given on the command line into articles to ingest: files by extension,
/// directories recursively (in a stable order), and "-" for standard input, whose format is
/// sniffed from its first character.
/// </summary>
internal static class InputCollector
{
    private static readonly string[] Supported = [".txt", ".html", ".htm", ".jsonl", ".rss", ".atom", ".xml", ".warc"];

    /// <summary>Expands directories into the supported files under them; files named explicitly are kept even if unsupported, so they get an error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path != "-" && Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(IsSupported)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    public static bool IsSupported(string path) =>
        Supported.Contains(Path.GetExtension(InputFile.LogicalName(path)), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<InputItem> Read(string path, Func<Stream> stdin, WebPageFetcher? fetcher = null)
    {
        string content;
        try
        {
            if (WebPageFetcher.IsUrl(path))
            {
                return fetcher is null ? [new InputItem(path, null, "fetching URLs is not available here")] : fetcher.Fetch(path);
            }

            if (path == "-")
            {
                using var stream = stdin();
                content = InputFile.ReadText(stream);
            }
            else if (!File.Exists(path))
            {
                return [new InputItem(path, null, Directory.Exists(path) ? "is a directory" : "no such file")];
            }
            else if (!IsSupported(path))
            {
                return [new InputItem(path, null, $"unsupported file type \"{Path.GetExtension(path)}\" (expected .txt, .html, .htm, .jsonl, .rss, .atom, .xml, .warc, optionally .gz)")];
            }
            else if (WarcReader.IsWarc(path))
            {
                return WarcReader.Read(path);
            }
            else
            {
                var format = Path.GetExtension(InputFile.LogicalName(path)).ToLowerInvariant();
                content = format is ".html" or ".htm" ? InputFile.ReadHtml(path) : InputFile.ReadText(path);
            }
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            return [new InputItem(path, null, e.Message)];
        }

        var label = path == "-" ? "<stdin>" : path;
        var storedPath = path == "-" ? null : path;
        return FormatOf(path, content) switch
        {
            ".jsonl" => JsonLinesParser.Parse(content, storedPath, label),
            ".rss" or ".atom" or ".xml" => FeedParser.LooksLikeFeed(content)
                ? FeedParser.Parse(content, storedPath, label)
                : [new InputItem(label, null, "an XML file that is not an RSS or Atom feed")],
            ".html" or ".htm" => [new InputItem(label, new ArticleInput { Path = storedPath, Html = content })],
            _ => [new InputItem(label, new ArticleInput { Path = storedPath, Text = content })],
        };
    }

    private static string FormatOf(string path, string content)
    {
        if (path != "-")
        {
            return Path.GetExtension(InputFile.LogicalName(path)).ToLowerInvariant();
        }

        var first = content.TrimStart();
        return first.StartsWith('{') ? ".jsonl" : FeedParser.LooksLikeFeed(content) ? ".rss" : first.StartsWith('<') ? ".html" : ".txt";
    }
}
