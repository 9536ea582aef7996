using Parallax.Articles;
namespace Parallax.Cleaning;

/// <summary>
/// Cleans plain text saved from a web page: the first non-empty line is the title, the rest is split
/// into paragraphs and stripped of boilerplate (comments, related-story boxes, bylines, stamps,
/// counters, captions, share prompts). The cleaned body excludes the title and separates paragraphs
/// with a blank line.
/// </summary>
public sealed class TextCleaner
{
    // Hard-wrapped text (e-mail, some archives) breaks lines at a fixed width, well under a paragraph.
    private const int MaxWrappedLineLength = 100;
    private const int MinWrappedLineLength = 55;

    public CleanedText Clean(string text) => Clean(text, knownTitle: null);

    /// <summary>
    /// Cleans text whose title may be known from metadata (a JSON Lines record, say). Then the text
    /// is all body, except that a line repeating the title is dropped; without a known title the
    /// first non-empty line is the title.
    /// </summary>
    /// <param name="context">How the text arrived: its URL and the day it was seen complete a dateline without a year.</param>
    public CleanedText Clean(string text, string? knownTitle, PageContext? context = null)
    {
        InputScreening.ThrowIfNotText(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var titleIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var title = string.IsNullOrWhiteSpace(knownTitle) ? BoilerplateRules.CollapseWhitespace(lines[titleIndex]) : BoilerplateRules.CollapseWhitespace(knownTitle);
        var bodyStart = string.IsNullOrWhiteSpace(knownTitle) ? titleIndex + 1 : 0;

        var paragraphs = ToParagraphs(lines.Skip(bodyStart));
        var body = BoilerplateFilter.Apply(paragraphs, [title]);
        if (body.Paragraphs.Count == 0)
        {
            throw new ArticleRejectedException("No article text remains after removing the title and boilerplate.");
        }

        var fromText = TextMetadata.Read(body, outlet: null, context, context?.Url);
        return new CleanedText(title, string.Join("\n\n", body.Paragraphs))
        {
            Published = fromText.Published?.Value,
            Authors = fromText.Authors,
            Sources = new MetadataSources
            {
                Title = string.IsNullOrWhiteSpace(knownTitle) ? MetadataSource.FirstLine : MetadataSource.Given,
                Published = fromText.Published?.Source,
                Authors = fromText.Authors.Count > 0 ? MetadataSource.Byline : null,
            },
        };
    }

    /// <summary>
    /// Web text dumps put one paragraph per line, with or without blank lines between them; only
    /// lines that were visibly wrapped are joined back together.
    /// </summary>
    internal static List<string> ToParagraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        foreach (var block in Blocks(lines))
        {
            if (IsHardWrapped(block))
            {
                paragraphs.Add(string.Join(' ', block));
                continue;
            }

            foreach (var line in block)
            {
                if (paragraphs.Count > 0 && block[0] != line && ContinuesPreviousLine(paragraphs[^1], line))
                {
                    paragraphs[^1] += " " + line;
                }
                else
                {
                    paragraphs.Add(line);
                }
            }
        }

        return paragraphs;
    }

    private static IEnumerable<List<string>> Blocks(IEnumerable<string> lines)
    {
        var block = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                block.Add(line);
            }
            else if (block.Count > 0)
            {
                yield return block;
                block = [];
            }
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    private static bool IsHardWrapped(List<string> block) =>
        block.Count >= 2
        && block.All(l => l.Length <= MaxWrappedLineLength)
        && block.Take(block.Count - 1).All(l => l.Length >= MinWrappedLineLength && !EndsSentence(l));

    // A line that starts in lower case after one that stopped mid-sentence is the same sentence.
    private static bool ContinuesPreviousLine(string previous, string line) =>
        !EndsSentence(previous) && char.IsLower(line[0]) && previous.Length >= MinWrappedLineLength;

    private static bool EndsSentence(string line)
    {
        var end = line.TrimEnd('"', '\'', '\u201D', '\u2019', ')');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':' or ';' or '\u2026';
    }
}
