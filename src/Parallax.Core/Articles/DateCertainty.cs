namespace Parallax.Articles;

/// <summary>How sure a publication date is, from the strongest evidence to the weakest.</summary>
public enum DateCertainty
{
    /// <summary>Stated as a date by the page's metadata or the caller (JSON-LD, OpenGraph, meta tags, time elements, given).</summary>
    High,

    /// <summary>Read from a complete date near the article (URL path, byline, dateline with its year, opening timestamp).</summary>
    MediumHigh,

    /// <summary>Partly reconstructed: a dateline's missing year, or a self-reference ("yesterday, Monday") placed in the story's week.</summary>
    Medium,

    /// <summary>Taken from the other articles of the story, or of unknown origin (stored before sources were kept).</summary>
    Low,

    /// <summary>Bounded only by events another article dates (a weekday fixed across articles).</summary>
    Lowest,
}

/// <summary>
/// The one place that decides how sure a publication date is from how it was obtained, so the
/// briefing JSON, the renderers and any later ranking agree.
/// </summary>
public static class PublicationCertainty
{
    /// <summary>The certainty of a date read from <paramref name="source"/>; null when the article has no date.</summary>
    public static DateCertainty? Of(DateOnly? published, MetadataSource? source, bool inferred) =>
        published is null ? null : source switch
        {
            MetadataSource.Given or MetadataSource.JsonLd or MetadataSource.OpenGraph
                or MetadataSource.MetaTag or MetadataSource.TimeElement => DateCertainty.High,
            MetadataSource.Url or MetadataSource.Byline or MetadataSource.Dateline or MetadataSource.OpeningTimestamp => DateCertainty.MediumHigh,
            MetadataSource.DatelineYearInferred or MetadataSource.SelfReference => DateCertainty.Medium,
            MetadataSource.CrossArticleWeekday => DateCertainty.Lowest,
            // Story, fields that never carry dates, and rows stored before sources were kept: an
            // inferred date of unknown origin is trusted no more than a story-level one.
            _ => inferred ? DateCertainty.Low : DateCertainty.MediumHigh,
        };

    /// <summary>How the date was obtained, worded for a reader ("from the dateline").</summary>
    public static string Describe(MetadataSource? source) => source switch
    {
        MetadataSource.Url => "from the URL",
        MetadataSource.Byline => "from the byline",
        MetadataSource.Dateline => "from the dateline",
        MetadataSource.DatelineYearInferred => "from the dateline, year inferred",
        MetadataSource.OpeningTimestamp => "from the opening timestamp",
        MetadataSource.SelfReference => "from a self-reference",
        MetadataSource.Story => "from the story",
        MetadataSource.CrossArticleWeekday => "from a weekday another article dates",
        null => "from the text",
        _ => "from the page",
    };
}
