using System.Text.Json;
using Parallax.Cleaning;
using Parallax.Cli.Ingest;

namespace Parallax.Cli.Evaluation.Extraction;

/// <summary>One benchmark page: its id (file name without .html.gz), its decoded HTML and the gold body.</summary>
internal sealed record ExtractionPage(string Id, string Html, string GoldBody);

/// <summary>
/// Reads a directory in the layout of the article-extraction benchmark: <c>html/ID.html.gz</c> (or
/// <c>.html</c>) per page and <c>ground-truth.json</c> mapping each ID to <c>{"articleBody": ...}</c>.
/// Every gold ID needs its page; pages are read whole into memory so that timing covers extraction only.
/// </summary>
internal static class ExtractionDataset
{
    private static readonly string[] PageExtensions = [".html.gz", ".html"];

    /// <summary>The --data option of the commands that read this layout, defaulting to the shared benchmark.</summary>
    public static System.CommandLine.Option<DirectoryInfo> DataOption() => new("--data")
    {
        Description = "Folder with html/ID.html.gz pages and ground-truth.json (the article-extraction-benchmark layout).",
        DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "datasets", "article-extraction-benchmark")),
        HelpName = "DIR",
    };

    /// <returns>The pages, or null after a one-line error naming the folder (the command then exits with NothingToDo).</returns>
    public static List<ExtractionPage>? LoadOrReport(CliContext context, string command, DirectoryInfo data)
    {
        try
        {
            var pages = Load(data.FullName);
            if (pages.Count > 0)
            {
                return pages;
            }

            context.Error.WriteLine($"parallax {command}: '{data.FullName}' has no pages in ground-truth.json");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"parallax {command}: {e.Message}");
        }

        return null;
    }

    public static List<ExtractionPage> Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"data directory '{directory}' does not exist");
        }

        var goldPath = Path.Combine(directory, "ground-truth.json");
        var htmlDirectory = Path.Combine(directory, "html");
        if (!File.Exists(goldPath) || !Directory.Exists(htmlDirectory))
        {
            throw new InvalidDataException($"'{directory}' is not in the benchmark layout (needs ground-truth.json and html/)");
        }

        var pages = new List<ExtractionPage>();
        foreach (var (id, gold) in ReadGold(goldPath))
        {
            var path = PageExtensions.Select(ext => Path.Combine(htmlDirectory, id + ext)).FirstOrDefault(File.Exists)
                ?? throw new InvalidDataException($"'{htmlDirectory}' has no page for ground-truth id '{id}'");
            pages.Add(new ExtractionPage(id, ReadPage(path), gold));
        }

        return pages;
    }

    private static string ReadPage(string path)
    {
        try
        {
            return HtmlDecoding.Decode(InputFile.ReadBytes(path));
        }
        catch (InputException e)
        {
            throw new InvalidDataException($"'{path}': {e.Message}", e);
        }
    }

    private static IEnumerable<(string Id, string Gold)> ReadGold(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"'{path}' must be a JSON object of id -> {{\"articleBody\": ...}}");
            }

            var entries = new List<(string, string)>();
            foreach (var page in document.RootElement.EnumerateObject())
            {
                var body = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String
                    ? b.GetString()! : string.Empty;
                entries.Add((page.Name, body));
            }

            return entries;
        }
    }
}
