using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class FurnitureLinesTests
{
    private const string Lead = "The regional assembly met for six hours on Thursday to debate the new water tariffs for farms.";
    private const string Next = "Growers said the new tariffs would double what a medium-sized farm pays for water each year.";

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Anzeige")]
    [InlineData("Caption Close Back to Gallery")]
    [InlineData("Text size")]
    [InlineData("1 of 6")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Enlarge photo")]
    public void IsControlLabel_WidgetLabel_True(string line) => Assert.True(FurnitureLines.IsControlLabel(line));

    [Theory]
    [InlineData("More")]
    [InlineData("Back to school")]
    [InlineData("Story")]
    [InlineData("Next steps for the council")]
    [InlineData("The video showed the gallery closing.")]
    public void IsControlLabel_WordsOrProse_False(string line) => Assert.False(FurnitureLines.IsControlLabel(line));

    [Theory]
    [InlineData("5 min read")]
    [InlineData("Reading time: 3 minutes")]
    [InlineData("Tempo de leitura: 1 minuto")]
    [InlineData("Lesezeit: 4 Minuten")]
    public void IsReadingTime_ReadingTimeNote_True(string line) => Assert.True(FurnitureLines.IsReadingTime(line));

    [Fact]
    public void IsReadingTime_SentenceAboutMinutes_False() =>
        Assert.False(FurnitureLines.IsReadingTime("Reading the report took the committee 40 minutes."));

    [Theory]
    [InlineData("Filed under: Politics | Elections")]
    [InlineData("Tags: water, farming, tariffs")]
    [InlineData("Posted in: Regional news")]
    public void IsTaxonomyLine_CategoryLine_True(string line) => Assert.True(FurnitureLines.IsTaxonomyLine(line));

    [Fact]
    public void IsTaxonomyLine_ProseWithColon_False() =>
        Assert.False(FurnitureLines.IsTaxonomyLine("Topics: the assembly debated water, roads, schools and the budget for six hours before it voted on Thursday."));

    [Theory]
    [InlineData("This slideshow requires JavaScript.")]
    [InlineData("Please enable JavaScript to view the comments.")]
    [InlineData("Your browser does not support the video tag.")]
    public void IsScriptNotice_NoticeOfAWidgetThatDidNotRun_True(string line) => Assert.True(FurnitureLines.IsScriptNotice(line));

    [Fact]
    public void IsScriptNotice_SentenceAboutJavaScript_False() =>
        Assert.False(FurnitureLines.IsScriptNotice("The new browser release makes JavaScript pages load twice as fast, its developers said."));

    [Fact]
    public void Apply_CapitalPlaceWithCommaBeforeLead_KeptAsDateline()
    {
        var body = BoilerplateFilter.Apply(["BAAR, SWITZERLAND", Lead], []);

        Assert.Equal(["BAAR, SWITZERLAND", Lead], body.Paragraphs);
    }

    [Fact]
    public void Apply_WidgetLinesAroundBody_Dropped()
    {
        var body = BoilerplateFilter.Apply(["Text size", "4 min read", Lead, "Advertisement", Next, "Filed under: Farming"], []);

        Assert.Equal([Lead, Next], body.Paragraphs);
    }

    [Theory]
    [InlineData("You may also like...")]
    [InlineData("More:")]
    public void Apply_RelatedMarkerWithEllipsisOrBareMore_SwallowsTeasers(string marker)
    {
        var body = BoilerplateFilter.Apply([Lead, marker, "Council Votes On Bridge Tolls", Next], []);

        Assert.Equal([Lead, Next], body.Paragraphs);
    }

    [Fact]
    public void Apply_StampWithZoneAbbreviation_DroppedAndDateRead()
    {
        var body = BoilerplateFilter.Apply(["November 20, 2019 - 11:28 AMT", Lead], []);

        Assert.Equal([Lead], body.Paragraphs);
        Assert.Equal(new DateOnly(2019, 11, 20), body.Published);
    }

    [Fact]
    public void Apply_CapitalDatelineFragmentBeforeLead_Kept()
    {
        var body = BoilerplateFilter.Apply(["BAAR, SWITZERLAND \u2013", Lead], []);

        Assert.Equal(["BAAR, SWITZERLAND \u2013", Lead], body.Paragraphs);
    }
}
