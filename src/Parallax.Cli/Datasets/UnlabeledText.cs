using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Parallax.Entities.Ner;

namespace Parallax.Cli.Datasets;

/// <summary>
/// Unlabelled text for learning word clusters, from files or folders (recursively): plain text
/// (.txt), article-extraction ground truth (.json objects with "articleBody"), ECB+ token XML
/// (.xml with token elements), and TimeML (.tml, tags stripped). Yields one token list per line.
/// Files are read in ordinal path order so training is reproducible.
/// </summary>
internal static partial class UnlabeledText
{
    public static IEnumerable<IReadOnlyList<string>> Read(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(Expand).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            foreach (var line in Lines(file))
            {
                var tokens = TextTokenizer.Tokenize(line);
                if (tokens.Count > 0)
                {
                    yield return tokens;
                }
            }
        }
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
        : File.Exists(path) ? [path]
        : throw new FileNotFoundException($"{path}: no such file or directory", path);

    private static IEnumerable<string> Lines(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".txt" => File.ReadLines(file),
        ".json" => ArticleBodies(file).SelectMany(body => body.Split('\n')),
        ".xml" => [string.Join(' ', XDocument.Load(file).Descendants("token").Select(t => t.Value))],
        ".tml" => Markup().Replace(File.ReadAllText(file), " ").Split('\n'),
        _ => [],
    };

    private static IEnumerable<string> ArticleBodies(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var items = json.RootElement.ValueKind switch
        {
            JsonValueKind.Object => json.RootElement.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => json.RootElement.EnumerateArray(),
            _ => [],
        };
        return [.. items
            .Where(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String)
            .Select(item => item.GetProperty("articleBody").GetString()!)];
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();
}
