using Parallax.Articles;

namespace Parallax.Core.Tests.Articles;

public class PublicationCertaintyTests
{
    private static readonly DateOnly Date = new(2021, 7, 26);

    [Theory]
    [InlineData(MetadataSource.Given, false, DateCertainty.High)]
    [InlineData(MetadataSource.JsonLd, false, DateCertainty.High)]
    [InlineData(MetadataSource.OpenGraph, false, DateCertainty.High)]
    [InlineData(MetadataSource.MetaTag, false, DateCertainty.High)]
    [InlineData(MetadataSource.TimeElement, false, DateCertainty.High)]
    [InlineData(MetadataSource.Url, false, DateCertainty.MediumHigh)]
    [InlineData(MetadataSource.Byline, true, DateCertainty.MediumHigh)]
    [InlineData(MetadataSource.Dateline, true, DateCertainty.MediumHigh)]
    [InlineData(MetadataSource.OpeningTimestamp, true, DateCertainty.MediumHigh)]
    [InlineData(MetadataSource.DatelineYearInferred, true, DateCertainty.Medium)]
    [InlineData(MetadataSource.SelfReference, true, DateCertainty.Medium)]
    [InlineData(MetadataSource.Story, true, DateCertainty.Low)]
    [InlineData(MetadataSource.CrossArticleWeekday, true, DateCertainty.Lowest)]
    public void Of_EachDateSource_MapsToItsCertainty(MetadataSource source, bool inferred, DateCertainty expected) =>
        Assert.Equal(expected, PublicationCertainty.Of(Date, source, inferred));

    [Fact]
    public void Of_Undated_IsNull() => Assert.Null(PublicationCertainty.Of(null, MetadataSource.JsonLd, false));

    [Theory]
    [InlineData(true, DateCertainty.Low)]
    [InlineData(false, DateCertainty.MediumHigh)]
    public void Of_UnknownSource_TrustsInferredDatesLess(bool inferred, DateCertainty expected) =>
        Assert.Equal(expected, PublicationCertainty.Of(Date, null, inferred));

    [Fact]
    public void Of_InferenceMethods_RankSelfReferenceAboveStoryAboveCrossArticle()
    {
        var self = PublicationCertainty.Of(Date, MetadataSource.SelfReference, true);
        var story = PublicationCertainty.Of(Date, MetadataSource.Story, true);
        var cross = PublicationCertainty.Of(Date, MetadataSource.CrossArticleWeekday, true);
        Assert.True(self < story && story < cross);
    }
}
