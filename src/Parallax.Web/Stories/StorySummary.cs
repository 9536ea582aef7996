using System.Globalization;
using Parallax.Briefing;

namespace Parallax.Web.Stories;

/// <summary>A story as listed: enough for a row of the story list and its sparkline, and the topic it belongs to.</summary>
public sealed record StorySummary(
    string Id,
    string Headline,
    int ArticleCount,
    int OutletCount,
    string? FirstPublished,
    string? LastPublished,
    IReadOnlyList<DayCount> ArticlesPerDay,
    string? TopicId = null)
{
    internal static StorySummary From(StoryBriefing story, IReadOnlyList<ArticleEntry> articles)
    {
        var perDay = articles
            .Where(a => a.Published is not null)
            .GroupBy(a => a.Published!, StringComparer.Ordinal)
            .Select(g => new DayCount(g.Key, g.Count()))
            .OrderBy(d => d.Date, StringComparer.Ordinal)
            .ToList();
        return new StorySummary(
            story.Id,
            story.Headline,
            articles.Count,
            articles.Select(OutletName).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            perDay.Count > 0 ? perDay[0].Date : null,
            perDay.Count > 0 ? perDay[^1].Date : null,
            perDay,
            story.Topic?.Id);
    }

    /// <summary>
    /// The outlet as the briefing names it. Without one, the report stands for itself (its title,
    /// shortened): counting every unnamed source as one "unknown" outlet would merge reports that
    /// may well come from different places.
    /// </summary>
    internal static string OutletName(ArticleEntry article) =>
        article.Outlet ?? (article.Title.Length <= 32 ? $"“{article.Title}”" : $"“{article.Title[..31].TrimEnd()}…”");

    internal static DateOnly? ParseDay(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>How many of a story's articles were published on one day ("YYYY-MM-DD").</summary>
public sealed record DayCount(string Date, int Count);
