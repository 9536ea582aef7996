using Parallax.Entities;
using Parallax.Quotes;
using static Parallax.Core.Tests.Quotes.QuoteTestArticles;

namespace Parallax.Core.Tests.Quotes;

public class IndirectQuoteTests
{
    private static readonly (string, EntityType, string?) Quill = ("Tomas Quill", EntityType.Person, "Mayor");

    [Theory]
    [InlineData("Tomas Quill said that the market would move to the river bank.", "said")]
    [InlineData("Tomas Quill said the market would move to the river bank.", "said")]
    [InlineData("Tomas Quill told reporters that the market would move to the river bank.", "told reporters")]
    [InlineData("Tomas Quill said in a statement that the market would move to the river bank.", "said")]
    [InlineData("Tomas Quill revealed that the market would move to the river bank.", "revealed")]
    [InlineData("Tomas Quill also confirmed on Monday that the market would move to the river bank.", "confirmed")]
    [InlineData("Tomas Quill believes the market would move to the river bank.", "believes")]
    public void Annotate_ReportingVerb_ContentIsReportedClause(string text, string cue)
    {
        var a = Analyze(text, Quill);

        var q = a.Single();
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.False(q.Direct);
        Assert.Equal("the market would move to the river bank", a.Of(q.Content));
        Assert.Equal(cue, a.Of(q.Cue));
        Assert.Equal("Tomas Quill", a.Of(q.Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_InterviewWithOutletThenThat_ViaAndClause()
    {
        var a = Analyze(
            "Tomas Quill said in an interview with the Coastal Ledger before his trip to the capital that the tram line was finished.",
            Quill);

        var q = a.Single();
        Assert.Equal("the tram line was finished", a.Of(q.Content));
        Assert.Equal("Coastal Ledger", q.Via);
    }

    [Fact]
    public void Annotate_AccordingToFirst_ContentAfterComma()
    {
        var a = Analyze("According to a city hall source, the tram line will open in June.");

        var q = a.Single();
        Assert.Equal("According to", a.Of(q.Cue));
        Assert.Equal("the tram line will open in June", a.Of(q.Content));
        Assert.True(q.Speaker.Anonymous);
        Assert.Equal("city hall source", q.Speaker.Description);
    }

    [Fact]
    public void Annotate_AccordingToOutletLast_ContentBeforeAndVia()
    {
        var a = Analyze("The tram line will open in June, according to the Harbor Times.");

        var q = a.Single();
        Assert.Equal("The tram line will open in June", a.Of(q.Content));
        Assert.Equal("Harbor Times", q.Via);
    }

    [Fact]
    public void Annotate_NameSaidThenAccordingToOutlet_OutletRelaysTheQuote()
    {
        var a = Analyze("Tomas Quill said that the locks were old, according to the Harbor Times.", Quill);

        var q = a.Single();
        Assert.Equal("the locks were old", a.Of(q.Content));
        Assert.Equal("Harbor Times", q.Via);
        Assert.Equal("Tomas Quill", q.Speaker.Text);
    }

    [Fact]
    public void Annotate_ClauseThenOfficialsSaid_ContentIsClauseBefore()
    {
        var a = Analyze("The tram line will open in June, city officials said.");

        var q = a.Single();
        Assert.Equal("The tram line will open in June", a.Of(q.Content));
        Assert.True(q.Speaker.Anonymous);
        Assert.Equal("city officials", q.Speaker.Description);
    }

    [Fact]
    public void Annotate_NounUseOfReportingWord_IsNotACue()
    {
        var a = Analyze("The report on the tram line was published in June with several claims about costs.");

        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Annotate_AnnouncedPlainObject_IsNotReportedSpeech()
    {
        var a = Analyze("Tomas Quill announced a new tram line for the eastern district.", Quill);

        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Annotate_ParticipleAfterComma_UsesMainSubject()
    {
        var a = Analyze("Port officials confirmed this on Tuesday, saying that details would follow next week.");

        var q = a.Single();
        Assert.Equal("saying", a.Of(q.Cue));
        Assert.Equal("details would follow next week", a.Of(q.Content));
        Assert.Equal("Port officials", q.Speaker.Text);
    }

    [Fact]
    public void Annotate_PassiveExpected_IsNotReportedSpeech()
    {
        var a = Analyze("It is expected that the tram line will open in June.");

        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Annotate_FragmentQuotesInReportedClause_OneMixedQuote()
    {
        var a = Analyze(
            "Tomas Quill said the drivers had \u201Cdone a fine job\u201D and were \u201Cready\u201D for the winter.", Quill);

        var q = a.Single();
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("the drivers had \u201Cdone a fine job\u201D and were \u201Cready\u201D for the winter", a.Of(q.Content));
    }
}

public class QuoteExtractorScaleTests
{
    [Fact]
    public void Annotate_LongArticle_FindsEveryRepeatedQuote()
    {
        var paragraph = "\u201CThe fees will rise,\u201D a canal official said. Tomas Quill said that the locks were old, according to the Harbor Times. A stray \u201Cmark and it's fine.\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, 1500));

        var a = QuoteTestArticles.Analyze(text);

        Assert.Equal(3000, a.Quotes.Count);
        Assert.All(a.Quotes.Where(q => q.Kind == QuoteKind.Indirect), q => Assert.Equal("Harbor Times", q.Via));
    }
}
