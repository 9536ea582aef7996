using Parallax.Articles;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class DatelineYearTests
{
    private const string Rest =
        " Engineers restarted the main telescope on Sunday after a six-week repair of its cooling system.</p>"
        + "<p>The observatory director said the first images would be shared with partner universities before the end of the month.</p>";

    [Theory]
    [InlineData("LINDAU, March 12 (Continental Wire) -", 3, 12)]
    [InlineData("VALDREN, 3 May \u2014", 5, 3)]
    [InlineData("NEW YORK, Tuesday, Dec. 30 -", 12, 30)]
    public void ParseDatelineWithoutYear_DatelineWithoutYear_ReadsMonthAndDay(string dateline, int month, int day) =>
        Assert.Equal((month, day), DateLineParser.ParseDatelineWithoutYear(dateline + " Officials said on Monday."));

    [Theory]
    [InlineData("BAGHDAD, July 26, 2021 (Reuters) - Officials said.")]
    [InlineData("Officials said on July 26 - after a long delay - that it would open.")]
    public void ParseDatelineWithoutYear_FullDateOrNoDateline_Null(string paragraph) =>
        Assert.Null(DateLineParser.ParseDatelineWithoutYear(paragraph));

    [Fact]
    public void CompleteYear_YearInUrl_TakesUrlYear() =>
        Assert.Equal(new DateOnly(2019, 7, 26), TextMetadata.CompleteYear((7, 26), new DateOnly(2024, 1, 1), ["https://news.example/world/2019/07/telescope"]));

    [Fact]
    public void CompleteYear_SeenLaterInTheYear_TakesThatYear() =>
        Assert.Equal(new DateOnly(2021, 7, 26), TextMetadata.CompleteYear((7, 26), new DateOnly(2021, 8, 3), []));

    [Fact]
    public void CompleteYear_SeenEarlyNextYear_TakesYearBefore() =>
        Assert.Equal(new DateOnly(2020, 12, 30), TextMetadata.CompleteYear((12, 30), new DateOnly(2021, 1, 2), ["https://news.example/world/telescope"]));

    [Fact]
    public void CompleteYear_NoEvidence_LeavesDateUnresolved() => Assert.Null(TextMetadata.CompleteYear((7, 26), null, [null]));

    [Fact]
    public void Extract_DatelineWithoutYearAndSeenOn_DateWithLowerConfidenceSource()
    {
        var cleaned = new HtmlExtractor().Extract(Page("LINDAU, March 12 (Continental Wire) -"), new PageContext(SeenOn: new DateOnly(2021, 3, 14)));

        Assert.Equal(new DateOnly(2021, 3, 12), cleaned.Published);
        Assert.Equal(MetadataSource.DatelineYearInferred, cleaned.Sources.Published);
        Assert.False(cleaned.PublishedFromMetadata);
    }

    [Fact]
    public void Extract_DatelineWithoutYearNoEvidence_NoDate()
    {
        var cleaned = new HtmlExtractor().Extract(Page("LINDAU, March 12 (Continental Wire) -"));

        Assert.Null(cleaned.Published);
        Assert.Null(cleaned.Sources.Published);
    }

    [Fact]
    public void Prepare_WarcLikeInput_MarksDateInferred()
    {
        var article = new ArticlePreparer().Prepare(new ArticleInput { Html = Page("VALDREN, July 26 -"), Url = "https://news.example/science/2021/telescope", SeenOn = new DateOnly(2023, 1, 1) });

        Assert.Equal(new DateOnly(2021, 7, 26), article.Published);
        Assert.True(article.PublishedInferred);
        Assert.Equal(MetadataSource.DatelineYearInferred, article.Sources.Published);
    }

    [Fact]
    public void Clean_PlainTextDatelineWithoutYear_UsesSeenOn()
    {
        var cleaned = new TextCleaner().Clean(
            "Telescope back\n\nVALDREN, July 26 - Engineers restarted the main telescope on Sunday after a six-week repair of its cooling system.\n",
            knownTitle: null,
            new PageContext(SeenOn: new DateOnly(2022, 2, 1)));

        Assert.Equal(new DateOnly(2021, 7, 26), cleaned.Published);
        Assert.Equal(MetadataSource.DatelineYearInferred, cleaned.Sources.Published);
        Assert.Equal(MetadataSource.FirstLine, cleaned.Sources.Title);
    }

    private static string Page(string dateline) =>
        $"<html><head><title>Telescope back</title></head><body><article><p>{dateline}{Rest}</article></body></html>";
}
