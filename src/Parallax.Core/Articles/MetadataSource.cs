namespace Parallax.Articles;

/// <summary>Where a metadata value (title, date, authors, outlet, URL, language) was read.</summary>
public enum MetadataSource
{
    /// <summary>Given with the input (command-line option, feed entry, caller).</summary>
    Given,

    /// <summary>A schema.org JSON-LD block (NewsArticle, Article, BlogPosting, including @graph).</summary>
    JsonLd,

    /// <summary>An OpenGraph meta tag (og:*, article:*).</summary>
    OpenGraph,

    /// <summary>Another meta tag (name="author", "date", "dc.date", twitter:title, content-language...).</summary>
    MetaTag,

    /// <summary>A link element or rel attribute (rel=canonical, rel=author).</summary>
    LinkElement,

    /// <summary>The page's title element.</summary>
    TitleElement,

    /// <summary>The page's first h1 heading.</summary>
    Heading,

    /// <summary>The lang attribute of the html element.</summary>
    HtmlLang,

    /// <summary>A time element's datetime attribute outside related-article boxes.</summary>
    TimeElement,

    /// <summary>A date in the page URL's path (/2021/07/26/).</summary>
    Url,

    /// <summary>A byline or date stamp line next to the article text.</summary>
    Byline,

    /// <summary>The first non-empty line of a plain-text input, taken as its title.</summary>
    FirstLine,

    /// <summary>A dateline opening the article text ("PARIS, July 26, 2021 -").</summary>
    Dateline,

    /// <summary>
    /// A dateline without a year ("LINDAU, March 12 (Continental Wire) -"), the year taken from other evidence:
    /// a year in the URL, or the date the page was archived or served. Less certain than a full date.
    /// </summary>
    DatelineYearInferred,

    /// <summary>
    /// Inferred from the other articles of its story (the article itself gave no date). Also what
    /// stores written before the finer sources below hold for every story-level inference.
    /// </summary>
    Story,

    /// <summary>A clock time with a full date in the article's opening lines ("07:12 AM, July 24, 2021"), found after extraction.</summary>
    OpeningTimestamp,

    /// <summary>
    /// The article's own words name the weekday it appeared ("yesterday, Monday"); the other
    /// articles of the story supply the week.
    /// </summary>
    SelfReference,

    /// <summary>
    /// A weekday the article mentions ("collapsed on Monday") was fixed by another article dating the
    /// same event; the publication date is the nearest day that reading allows. The weakest evidence.
    /// </summary>
    CrossArticleWeekday,

    /// <summary>The language detector run over the article text.</summary>
    Detector,

    /// <summary>The host name of the article's URL.</summary>
    UrlHost,
}

/// <summary>Where each metadata field of an article came from; null when the field is empty.</summary>
public sealed record MetadataSources
{
    public static readonly MetadataSources None = new();

    public MetadataSource? Title { get; init; }
    public MetadataSource? Published { get; init; }
    public MetadataSource? Authors { get; init; }
    public MetadataSource? Outlet { get; init; }
    public MetadataSource? Url { get; init; }
    public MetadataSource? Language { get; init; }
}
