using Parallax.Entities;
using Parallax.Quotes;
using static Parallax.Core.Tests.Quotes.QuoteTestArticles;

namespace Parallax.Core.Tests.Quotes;

public class DirectQuoteTests
{
    private static readonly (string, EntityType, string?) Velden = ("Mara Velden", EntityType.Person, "Harbor Minister");

    [Fact]
    public void Annotate_QuoteThenNameSaid_AttributesToName()
    {
        var a = Analyze("\u201CThe bridge will open in May,\u201D Mara Velden said.", Velden);

        var q = a.Single();
        Assert.Equal("The bridge will open in May,", a.Of(q.Content));
        Assert.True(q.Direct);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("said", a.Of(q.Cue));
        Assert.Equal("Mara Velden", q.Speaker.Text);
        Assert.Equal("Mara Velden", a.Of(q.Speaker.Antecedent));
        Assert.False(q.Speaker.Anonymous);
    }

    [Fact]
    public void Annotate_NameSaidColonQuote_AttributesToName()
    {
        var a = Analyze("Harbor Minister Mara Velden said: \"We will not close the port.\"", Velden);

        var q = a.Single();
        Assert.Equal("We will not close the port.", a.Of(q.Content));
        Assert.Equal("Harbor Minister Mara Velden", q.Speaker.Text);
        Assert.Equal("Mara Velden", a.Of(q.Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_QuoteSaidName_InvertedAttribution()
    {
        var a = Analyze("\u00ABThe tolls stay as they are,\u00BB said Mara Velden.", Velden);

        var q = a.Single();
        Assert.Equal("The tolls stay as they are,", a.Of(q.Content));
        Assert.Equal("Mara Velden", q.Speaker.Text);
        Assert.Equal("said", a.Of(q.Cue));
    }

    [Fact]
    public void Annotate_QuoteAcrossSentences_OneContentSpan()
    {
        var a = Analyze("\u201CWe tried. We failed. We will try again,\u201D Mara Velden said.", Velden);

        Assert.Equal("We tried. We failed. We will try again,", a.Of(a.Single().Content));
    }

    [Fact]
    public void Annotate_SingleCurlyQuoteWithApostrophe_KeepsWholeQuote()
    {
        var a = Analyze("\u2018We don\u2019t need more ferries,\u2019 Mara Velden said.", Velden);

        Assert.Equal("We don\u2019t need more ferries,", a.Of(a.Single().Content));
    }

    [Fact]
    public void Annotate_DescriptionPredicted_ResolvesToEarlierTitledSpeaker()
    {
        var a = Analyze(
            "Harbor Minister Mara Velden said on Monday that the port would reopen.\n\n" +
            "\u201CI expect a deal by Friday,\u201D the top harbor official predicted.",
            Velden);

        var q = a.QuoteWith("I expect");
        Assert.Equal("predicted", a.Of(q.Cue));
        Assert.Equal("the top harbor official", q.Speaker.Text);
        Assert.Equal("Mara Velden", a.Of(q.Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_ToldReporters_TwoPiecesShareSpeakerAndCue()
    {
        var a = Analyze(
            "\u201CAs the work continues,\u201D one of the engineers told reporters, \u201Cwe will keep the old bridge open.\u201D");

        Assert.Equal(2, a.Quotes.Count);
        Assert.All(a.Quotes, q => Assert.Equal("told reporters", a.Of(q.Cue)));
        Assert.All(a.Quotes, q => Assert.Equal("one of the engineers", q.Speaker.Text));
        Assert.All(a.Quotes, q => Assert.Null(q.Via));
    }

    [Fact]
    public void Annotate_ToldOutlet_ViaIsOutletWithoutThe()
    {
        var a = Analyze("\"We need more tugboats,\" Mara Velden told the Daily Lantern.", Velden);

        var q = a.Single();
        Assert.Equal("Daily Lantern", q.Via);
        Assert.Equal("told", a.Of(q.Cue));
    }

    [Fact]
    public void Annotate_ToldPersonColonQuote_PersonIsNotVia()
    {
        var a = Analyze("Mara Velden told Tomas Quill: \u201CThe canal stays closed.\u201D",
            Velden, ("Tomas Quill", EntityType.Person, null));

        var q = a.Single();
        Assert.Equal("The canal stays closed.", a.Of(q.Content));
        Assert.Null(q.Via);
        Assert.Equal("Mara Velden", q.Speaker.Text);
    }

    [Fact]
    public void Annotate_FragmentInsideSentence_IsMixedWithSentenceSpeaker()
    {
        var a = Analyze(
            "Mara Velden said in an interview with Northwind Radio that her team \u201Cwould review every contract.\u201D",
            Velden);

        var q = a.Single();
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.True(q.Direct);
        Assert.StartsWith("her team \u201Cwould review", a.Of(q.Content), StringComparison.Ordinal);
        Assert.Equal("Northwind Radio", q.Via);
        Assert.Equal("Mara Velden", q.Speaker.Text);
    }

    [Fact]
    public void Annotate_DashLineAfterUnquotedParagraph_QuotesWholeParagraph()
    {
        var a = Analyze(
            "Mara Velden spoke about the ferry strike.\n\n" +
            "No ship will leave the port until the strike ends\n\n" +
            "- she said in an interview with the Harbor Times.",
            Velden);

        var q = a.Single();
        Assert.Equal("No ship will leave the port until the strike ends", a.Of(q.Content));
        Assert.Equal("she", q.Speaker.Text);
        Assert.Equal("Mara Velden", a.Of(q.Speaker.Antecedent));
        Assert.Equal("Harbor Times", q.Via);
    }

    [Fact]
    public void Annotate_EnDashExplainedAfterQuotedParagraph_AttributesPiece()
    {
        var a = Analyze(
            "Mara Velden arrived late.\n\n\u201CThe new cranes are too slow for us.\u201D\n\n\u2013 she explained.",
            Velden);

        var q = a.Single();
        Assert.Equal("The new cranes are too slow for us.", a.Of(q.Content));
        Assert.Equal("explained", a.Of(q.Cue));
    }

    [Fact]
    public void Annotate_ScareQuoteWithoutAttribution_IsNotAQuote()
    {
        var a = Analyze("The so-called \u201Cferry war\u201D began in spring.");

        Assert.Empty(a.Quotes);
    }

    [Fact]
    public void Annotate_ContinuationParagraph_KeepsPreviousSpeaker()
    {
        var a = Analyze(
            "\u201CWe will rebuild the pier,\u201D Mara Velden said.\n\n\u201CIt will take two years and a lot of money.\u201D",
            Velden);

        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("Mara Velden", a.QuoteWith("It will take").Speaker.Text);
    }

    [Fact]
    public void Annotate_DoubleApostropheMarks_AreOneQuotation()
    {
        var a = Analyze("''The tolls stay as they are,'' said Mara Velden. ''We need the money.''", Velden);

        Assert.Equal(["The tolls stay as they are,", "We need the money."], a.Quotes.Select(q => a.Of(q.Content)).ToArray());
        Assert.All(a.Quotes, q => Assert.Equal("Mara Velden", q.Speaker.Text));
    }

    [Fact]
    public void Annotate_PossessiveApostrophe_OpensNoQuotation()
    {
        var a = Analyze("The harbor workers' union met on Monday and the ministers' aides said the port will stay open.", Velden);

        Assert.DoesNotContain(a.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void Annotate_QuoteSaidNameWithRelativeClause_ClauseIsNotAnotherQuote()
    {
        var a = Analyze("\u201CThe tolls stay as they are,\u201D said Mara Velden, who has run the harbor office for a decade.", Velden);

        var q = a.Single();
        Assert.Equal("The tolls stay as they are,", a.Of(q.Content));
    }

    [Fact]
    public void Annotate_QuoteHeSaidParticiple_ParticipleIsNotAnotherQuote()
    {
        var a = Analyze("\u201CThe tolls stay as they are,\u201D she said, repeating a line she has used all week.", Velden);

        Assert.Equal("The tolls stay as they are,", a.Of(a.Single().Content));
    }

    [Fact]
    public void Annotate_QuoteSaidNameThatClause_KeepsTheNewReport()
    {
        var a = Analyze("\u201CThe tolls stay,\u201D said Mara Velden, adding that the ferry fares would rise in June.", Velden);

        Assert.Equal(2, a.Quotes.Count);
        Assert.Contains(a.Quotes, q => a.Of(q.Content) == "the ferry fares would rise in June");
    }
}
