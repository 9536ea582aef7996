using System.Text;
using System.Xml;
using Parallax.Articles;

namespace Parallax.Cli.Datasets;

/// <summary>
/// Reads ECB+ documents (one token per XML element, with sentence numbers) back into article text.
/// Tokens are re-joined with the spacing a writer would use, and the first sentence (the title
/// line in ECB+) becomes the title.
/// </summary>
internal static class EcbPlusDocuments
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    public static IEnumerable<(string Path, ArticleInput Input)> ReadAll(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such directory (expected ECB+ topic folders holding <topic>/<doc>.xml)");
        }

        var files = Directory.EnumerateFiles(directory, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"{directory}: holds no .xml documents (expected the ECB+ layout <topic>/<doc>.xml)");
        }

        foreach (var file in files)
        {
            yield return (file, Read(file));
        }
    }

    public static ArticleInput Read(string path)
    {
        var sentences = new SortedDictionary<int, StringBuilder>();
        using (var reader = XmlReader.Create(path, Settings))
        {
            // ReadElementContentAsString leaves the reader on the next node, which may already be
            // the next token: ReadToFollowing would then skip it, losing every other token.
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Name != "token")
                {
                    reader.Read();
                    continue;
                }

                var sentence = int.TryParse(reader.GetAttribute("sentence"), out var s) ? s : 0;
                var word = reader.ReadElementContentAsString();
                if (!sentences.TryGetValue(sentence, out var text))
                {
                    sentences[sentence] = text = new StringBuilder();
                }

                Append(text, word);
            }
        }

        // ECB+ documents sometimes open with their source URL, and some open with a headline
        // (short, no closing stop) while others open straight with the lede.
        var lines = sentences.Values.Select(s => s.ToString()).Where(s => s.Length > 0 && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase)).ToList();
        var first = lines.FirstOrDefault() ?? string.Empty;
        var headline = lines.Count > 1 && first.Split(' ').Length <= 15 && !first.EndsWith('.');
        return new ArticleInput
        {
            Path = path,
            Title = headline ? first : Lede(first, Path.GetFileNameWithoutExtension(path)),
            Text = string.Join("\n\n", headline ? lines.Skip(1) : lines),
            Language = "en",
        };
    }

    private static string Lede(string sentence, string fallback)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? fallback : string.Join(' ', words.Take(10)) + (words.Length > 10 ? "…" : string.Empty);
    }

    /// <summary>Appends one token with a writer's spacing; returns where the token starts in <paramref name="text"/>.</summary>
    internal static int Append(StringBuilder text, string word)
    {
        var attaches = word.Length > 0 && (word[0] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '%' || word.StartsWith('\'') || word == "n't");
        var afterOpen = text.Length > 0 && text[^1] is '(' or '$';
        if (text.Length > 0 && !attaches && !afterOpen)
        {
            text.Append(' ');
        }

        var start = text.Length;
        text.Append(word);
        return start;
    }
}
