using Parallax.Entities;
using Parallax.Quotes;
using static Parallax.Core.Tests.Quotes.QuoteTestArticles;

namespace Parallax.Core.Tests.Quotes;

public class SpeakerAndViaTests
{
    private static readonly (string, EntityType, string?) Velden = ("Mara Velden", EntityType.Person, "Harbor Minister");
    private static readonly (string, EntityType, string?) Orlan = ("Ivo Orlan", EntityType.Person, "Canal Commissioner");

    [Theory]
    [InlineData("a senior port official", "senior port official")]
    [InlineData("an unnamed U.S. official", "US official")]
    [InlineData("a port authority source", "port authority source")]
    [InlineData("current and former port officials", "current and former port officials")]
    [InlineData("a high-ranking official in the port authority, who spoke on condition of anonymity,", "high-ranking official in the port authority")]
    public void Annotate_UnnamedSource_AnonymousWithNormalizedDescription(string source, string description)
    {
        var a = Analyze($"\u201CThe locks need repairs,\u201D {source} said.");

        var q = a.Single();
        Assert.True(q.Speaker.Anonymous);
        Assert.Equal(description, q.Speaker.Description);
        Assert.Null(q.Speaker.Antecedent);
    }

    [Fact]
    public void Annotate_Pronoun_PrefersSubjectOfPreviousAttribution()
    {
        var a = Analyze(
            "Mara Velden met Ivo Orlan on Monday. Mara Velden said the locks were safe. Ivo Orlan left early. " +
            "He added that the repairs would be cheap.",
            Velden, Orlan);

        var q = a.QuoteWith("the repairs");
        Assert.Equal("He", q.Speaker.Text);
        var antecedent = Assert.NotNull(q.Speaker.Antecedent);
        Assert.Equal("Mara Velden", a.Of(antecedent));
        Assert.True(antecedent.Start > a.Text.IndexOf("Monday", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_PronounWithoutEarlierAttribution_NearestPerson()
    {
        var a = Analyze("Ivo Orlan visited the docks. He said the cranes were too old.", Orlan);

        Assert.Equal("Ivo Orlan", a.Of(a.Single().Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_DefiniteDescriptionMatchingRole_ResolvesToPersonMention()
    {
        var a = Analyze(
            "Canal Commissioner Ivo Orlan opened the new lock. The canal commissioner said the fees would rise next year.",
            Orlan);

        Assert.Equal("Ivo Orlan", a.Of(a.Single().Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_DefiniteDescriptionAfterAnonymousSpeaker_ResolvesToThatSpeaker()
    {
        var a = Analyze(
            "\u201CThe fees will rise,\u201D a senior canal official said.\n\n\u201CNobody likes it,\u201D the official added.");

        var q = a.QuoteWith("Nobody");
        Assert.True(q.Speaker.Anonymous);
        Assert.Equal("senior canal official", q.Speaker.Description);
        Assert.Equal("a senior canal official", a.Of(q.Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_UnsupportedDefiniteDescription_LeavesAntecedentNull()
    {
        var a = Analyze("The harbor pilot said the fog would lift by noon.");

        Assert.Null(a.Single().Speaker.Antecedent);
    }

    [Fact]
    public void Annotate_OrganizationName_ResolvesToOrganizationMention()
    {
        var a = Analyze("The Port Authority said the fees would rise.", ("Port Authority", EntityType.Organization, null));

        Assert.Equal("Port Authority", a.Of(a.Single().Speaker.Antecedent));
    }

    [Fact]
    public void Annotate_OutletQuotedSourceAsSaying_ViaAndSpeaker()
    {
        var a = Analyze("The Evening Courier quoted a canal source as saying that the fees would rise.");

        var q = a.Single();
        Assert.Equal("Evening Courier", q.Via);
        Assert.Equal("a canal source", q.Speaker.Text);
        Assert.True(q.Speaker.Anonymous);
        Assert.Equal("the fees would rise", a.Of(q.Content));
    }

    [Fact]
    public void Annotate_AgencyNameQuotedOfficialAsSaying_ViaWithoutOutletWord()
    {
        var a = Analyze("\u201CThe locks are old,\u201D Brightwire quoted a canal official as saying.");

        var q = a.Single();
        Assert.Equal("Brightwire", q.Via);
        Assert.Equal("as saying", a.Of(q.Cue));
        Assert.Equal("canal official", q.Speaker.Description);
    }

    [Fact]
    public void Annotate_AsOutletReports_ViaAndContent()
    {
        var a = Analyze("As the Harbor Times reports, the canal fees will rise next year.");

        var q = a.Single();
        Assert.Equal("Harbor Times", q.Via);
        Assert.Equal("the canal fees will rise next year", a.Of(q.Content));
    }

    [Fact]
    public void Annotate_ReportsSaidCitingOfficials_CitedAreSpeakers()
    {
        var a = Analyze("The canal will close for a month, reports said citing port officials.");

        var q = a.Single();
        Assert.Equal("port officials", q.Speaker.Text);
        Assert.True(q.Speaker.Anonymous);
        Assert.Equal("The canal will close for a month", a.Of(q.Content));
    }

    [Fact]
    public void Annotate_ToldReporters_IsNotVia()
    {
        var a = Analyze("Mara Velden told reporters that the canal would close.", Velden);

        Assert.Null(a.Single().Via);
    }

    [Fact]
    public void Resolve_NameWithAppositiveTitle_ResolvesToTheNameWhateverItsEntityType()
    {
        var a = Analyze("Mara Velden, the harbor minister, said the port would reopen.", ("Mara Velden", EntityType.Misc, null));

        Assert.Equal("Mara Velden", a.Of(a.Single().Speaker.Antecedent));
    }

    [Fact]
    public void Resolve_GenericHeadAfterUnnamedOfficial_StaysWithTheOfficialNotTheTitledLeader()
    {
        var a = Analyze(
            "A senior Velden official said the port would reopen. President Ilse Varga visited the harbor on Monday. The Velden official said the tolls would stay.",
            ("Ilse Varga", EntityType.Person, "Velden President"));

        var last = a.Quotes[^1].Speaker;
        Assert.True(last.Anonymous);
        Assert.Equal(a.Quotes[0].Speaker.Span, last.Antecedent);
    }

    [Fact]
    public void Resolve_GenericHeadWithOnlyATitledPerson_ResolvesToThePerson()
    {
        var a = Analyze(
            "Harbor Minister Mara Velden toured the port on Monday. The harbor official said the tolls would stay.",
            ("Mara Velden", EntityType.Person, "Harbor Minister"));

        Assert.Equal("Mara Velden", a.Of(a.Single().Speaker.Antecedent));
    }

    [Fact]
    public void Resolve_DefiniteDescriptionUsingTheQualifier_FindsTheUnnamedOfficial()
    {
        var a = Analyze(
            "An official in the Velden administration said the port would reopen. President Ilse Varga visited the harbor on Monday. The Velden official said the tolls would stay.",
            ("Ilse Varga", EntityType.Person, "Velden President"));

        Assert.Equal(a.Quotes[0].Speaker.Span, a.Quotes[^1].Speaker.Antecedent);
    }
}
