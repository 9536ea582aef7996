using System.Text.RegularExpressions;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

/// <summary>
/// Runs the cleaner on the shared seed reports (real pages saved as text). The expectations are
/// generic: article prose before the first comment or related-stories marker survives; nothing
/// after such a marker, no bullet metadata line and no lone number does. Yields no cases when the
/// shared corpus is not checked out.
/// </summary>
public partial class SeedCorpusTests
{
    [GeneratedRegex(@"^\s*(\d+\s+comments?|leave\s+a\s+reply|please\s+enter\s+your\s+comment!?|also\s+read|related\s+articles)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfArticleMarker();

    [GeneratedRegex(@"^\s*[\u2022\u00B7]")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [SeedCorpusTheory]
    [MemberData(nameof(SeedCorpus.Files), MemberType = typeof(SeedCorpus))]
    public void Clean_SeedReport_KeepsProseAndDropsBoilerplate(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(SeedCorpus.FindSeedsDirectory()!, file));
        var cleaned = new TextCleaner().Clean(string.Join('\n', lines));
        var text = Spaces().Replace(cleaned.Text, " ");
        var markerIndex = Array.FindIndex(lines, l => EndOfArticleMarker().IsMatch(l));
        var articleLines = markerIndex < 0 ? lines : lines[..markerIndex];
        var afterMarker = markerIndex < 0 ? [] : lines[(markerIndex + 1)..];

        foreach (var prose in articleLines.Where(l => l.Trim() != cleaned.Title && l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 15))
        {
            // The opening of each paragraph must survive (a truncation note may be cut from its end).
            var opening = Spaces().Replace(prose.Trim(), " ")[..60];
            Assert.Contains(opening, text, StringComparison.Ordinal);
        }

        foreach (var boilerplate in afterMarker.Prepend(markerIndex < 0 ? string.Empty : lines[markerIndex]))
        {
            var normalized = Spaces().Replace(boilerplate.Trim(), " ");
            if (normalized.Split(' ').Length >= 2)
            {
                Assert.DoesNotContain(normalized, text, StringComparison.Ordinal);
            }
        }

        var paragraphs = cleaned.Text.Split("\n\n");
        Assert.DoesNotContain(paragraphs, p => p.Trim().All(char.IsDigit));
        Assert.DoesNotContain(paragraphs, p => BulletLine().IsMatch(p));
        Assert.DoesNotContain(paragraphs, p => Spaces().Replace(p, " ") == cleaned.Title);
        Assert.Contains(paragraphs[^1], c => char.IsLower(c));
        Assert.DoesNotContain(articleLines.Where(l => BulletLine().IsMatch(l)), l => text.Contains(l.Trim().TrimStart('\u2022', '\u00B7').Trim(), StringComparison.Ordinal));
    }
}
