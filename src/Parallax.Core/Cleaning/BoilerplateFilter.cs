namespace Parallax.Cleaning;

/// <summary>
/// The article paragraphs that survived, the date read from a discarded byline or stamp, and the
/// first discarded byline (authors are read from it).
/// </summary>
internal sealed record FilteredBody(IReadOnlyList<string> Paragraphs, DateOnly? Published, string? Byline = null);

/// <summary>
/// Walks paragraph candidates in page order and drops boilerplate using <see cref="BoilerplateRules"/>.
/// Order matters for two things a single line cannot tell: a comment-section marker ends the
/// article (everything after it is readers' comments), and a related-stories heading swallows the
/// short headline and date lines below it until real prose resumes. Dates are read only from byline
/// and stamp lines outside those regions, so a comment's or a teaser's date is never taken.
/// </summary>
internal static class BoilerplateFilter
{
    public static FilteredBody Apply(IEnumerable<string> paragraphs, IEnumerable<string?> titles)
    {
        var normalizedTitles = titles
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => BoilerplateRules.Normalize(t!))
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();
        var kept = new List<string>();
        DateOnly? published = null;
        string? byline = null;
        var inRelatedBox = false;

        foreach (var raw in paragraphs)
        {
            var line = BoilerplateRules.CollapseWhitespace(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (BoilerplateRules.IsCommentSectionMarker(line))
            {
                // Before any article text it is a stray link ("Comments"), not the start of the thread.
                if (kept.Any(BoilerplateRules.LooksLikeProse))
                {
                    break;
                }

                continue;
            }

            if (BoilerplateRules.IsRelatedBoxMarker(line))
            {
                inRelatedBox = true;
                continue;
            }

            if (inRelatedBox)
            {
                if (!BoilerplateRules.LooksLikeProse(line) || BoilerplateRules.LooksLikeHeadline(line) || BoilerplateRules.IsTimestamp(line))
                {
                    continue;
                }

                inRelatedBox = false;
            }

            if (BoilerplateRules.IsTimestamp(line))
            {
                published ??= DateLineParser.Parse(line);
                continue;
            }

            if (BoilerplateRules.IsByline(line))
            {
                published ??= DateLineParser.Parse(line);
                byline ??= line;
                continue;
            }

            if (IsOtherNoise(line) || normalizedTitles.Any(t => BoilerplateRules.RepeatsTitle(line, t)))
            {
                continue;
            }

            line = BoilerplateRules.RemoveTruncationNote(line);
            if (line.Length > 0)
            {
                kept.Add(line);
            }
        }

        TrimSectionLabels(kept);
        return new FilteredBody(kept, published, byline);
    }

    private static bool IsOtherNoise(string line) =>
        BoilerplateRules.IsCounter(line)
        || BoilerplateRules.IsInlineRelatedLink(line)
        || BoilerplateRules.IsSharePrompt(line)
        || BoilerplateRules.IsCaption(line)
        || FurnitureLines.IsFurniture(line);

    // All-caps labels are navigation only at the edges; inside the body they may be subheads.
    private static void TrimSectionLabels(List<string> kept)
    {
        while (kept.Count > 0 && BoilerplateRules.IsSectionLabel(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        while (kept.Count > 0 && BoilerplateRules.IsSectionLabel(kept[0]))
        {
            kept.RemoveAt(0);
        }
    }
}
