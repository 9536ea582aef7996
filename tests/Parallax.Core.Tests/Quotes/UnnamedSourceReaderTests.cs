using static Parallax.Core.Tests.Quotes.QuoteTestArticles;

namespace Parallax.Core.Tests.Quotes;

public class UnnamedSourceReaderTests
{
    [Fact]
    public void Read_SeniorOfficialWithReason_TypesEveryPart()
    {
        var a = Analyze("A senior Velden official, who spoke on condition of anonymity because he was not authorized to brief reporters, said the port would reopen.");

        var source = a.Single().Speaker.Source;

        Assert.NotNull(source);
        Assert.Equal("official", source.Role);
        Assert.Equal("Velden", source.Affiliation);
        Assert.Equal("senior", source.Seniority);
        Assert.Equal("because he was not authorized to brief reporters", source.Reason);
    }

    [Fact]
    public void Read_PluralHeadWithQualifier_IsSingularRoleWithAffiliationAfter()
    {
        var a = Analyze("Two diplomats familiar with the negotiations said the draft was ready.");

        var source = a.Single().Speaker.Source;

        Assert.Equal("diplomat", source!.Role);
        Assert.Equal("the negotiations", source.Affiliation);
        Assert.Null(source.Seniority);
        Assert.Null(source.Reason);
    }

    [Fact]
    public void Read_NotAuthorizedAlone_IsTheReason()
    {
        var a = Analyze("A ministry spokesman, who was not authorized to speak publicly, said the ferry would run.");

        Assert.Equal("not authorized to speak publicly", a.Single().Speaker.Source!.Reason);
    }

    [Fact]
    public void Resolve_SameDescriptionTwice_IsOneSource()
    {
        var a = Analyze("A senior Velden official said the port would reopen. The mayor praised the decision. A senior Velden official said the tolls would stay.");

        Assert.Equal(2, a.Quotes.Count);
        var first = a.Quotes[0].Speaker;
        var second = a.Quotes[1].Speaker;
        Assert.Equal(first.Span, second.Antecedent);
        Assert.Equal(first.Source, second.Source);
    }

    [Fact]
    public void Resolve_DifferentDescriptions_StayTwoSources()
    {
        var a = Analyze("A senior Velden official said the port would reopen. A junior Velden official said the tolls would stay.");

        Assert.Null(a.Quotes[1].Speaker.Antecedent);
        Assert.Equal("junior", a.Quotes[1].Speaker.Source!.Seniority);
    }

    [Fact]
    public void Read_NamedSpeaker_HasNoSourceTyping()
    {
        var a = Analyze("Mara Velden said the port would reopen.", ("Mara Velden", Parallax.Entities.EntityType.Person, null));

        Assert.Null(a.Single().Speaker.Source);
    }

    [Fact]
    public void Read_QuotedAsSaying_IsNoReason()
    {
        var a = Analyze("The Harbor Wire quoted a senior Velden official, who spoke on condition of anonymity, as saying the port would reopen.");

        Assert.Null(a.Single().Speaker.Source!.Reason);
    }

    [Fact]
    public void Read_AsWithAClause_IsTheReason()
    {
        var a = Analyze("A Velden diplomat, who spoke on condition of anonymity as the talks were private, said the port would reopen.");

        Assert.Equal("as the talks were private", a.Single().Speaker.Source!.Reason);
    }
}
