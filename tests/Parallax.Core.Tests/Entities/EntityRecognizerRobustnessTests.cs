using Parallax.Entities;

namespace Parallax.Core.Tests.Entities;

/// <summary>News as it really comes: shouted headlines, machine-translated English, and names with particles, hyphens and apostrophes.</summary>
public class EntityRecognizerRobustnessTests
{
    [Theory]
    [InlineData("Coach Hassan al-Rashidi picked the squad on Monday.", "Hassan al-Rashidi")]
    [InlineData("Talks were led by Khalid bin Saeed and the envoy.", "Khalid bin Saeed")]
    [InlineData("The report was written by Luisa de Almeida, a lawyer.", "Luisa de Almeida")]
    [InlineData("Mayor Joost van Dalen said the dike would hold.", "Joost van Dalen")]
    [InlineData("Witnesses said Ana María de la Fuente left early.", "Ana María de la Fuente")]
    public void Annotate_NamesWithParticles_AreOnePerson(string text, string name)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, name).Type);
    }

    [Theory]
    [InlineData("Jean-Luc Marchetti said the strike would end.", "Jean-Luc Marchetti")]
    [InlineData("The motion was tabled by Senator Anna Kowalska-Nowak on Friday.", "Anna Kowalska-Nowak")]
    [InlineData("Abdul-Karim Haddad, the governor, said roads were open.", "Abdul-Karim Haddad")]
    public void Annotate_HyphenatedNames_AreOnePerson(string text, string name)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, name).Type);
    }

    [Theory]
    [InlineData("Sean O'Donnell said the port would reopen.", "Sean O'Donnell")]
    [InlineData("Prosecutor Marco D'Alessio filed the charges.", "Marco D'Alessio")]
    [InlineData("Coach N'Golo Traoré praised the team.", "N'Golo Traoré")]
    [InlineData("Sean O\u2019Donnell said the port would reopen.", "Sean O\u2019Donnell")]
    public void Annotate_ApostrophizedNames_AreOnePerson(string text, string name)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, name).Type);
    }

    [Fact]
    public void Annotate_ApostrophizedSurnameAlone_ResolvesToTheFullName()
    {
        var analysis = TestArticles.Analyze("Sean O'Donnell said the port would reopen. O'Donnell did not give a date.");
        var index = new EntityResolver().Resolve([analysis]);

        var bare = index.Find("a1", TestArticles.Single(analysis, "O'Donnell").Span)!;
        Assert.Equal("Sean O'Donnell", bare.Name);
    }

    [Fact]
    public void Annotate_AllCapsHeadline_TagsAPersonNamedInTheBody()
    {
        var analysis = TestArticles.Analyze("KESSLER VOWS SWIFT REPAIRS TO RAIL LINES\n\nTransport Minister Hanna Kessler said crews would work overnight.");

        Assert.Contains(analysis.Entities, m => m.Text == "KESSLER" && m.Type == EntityType.Person);
        Assert.DoesNotContain(analysis.Entities, m => m.Text.Contains("VOWS", StringComparison.Ordinal) || m.Text.Contains("RAIL", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_AllCapsHeadline_CommonWordsAreNotEntities()
    {
        var analysis = TestArticles.Analyze("GOVERNMENT TO RAISE TAXES AFTER BUDGET REVIEW\n\nThe cabinet met on Monday.");

        Assert.Empty(analysis.Entities);
    }

    [Theory]
    [InlineData("Vermont Gov. Dana Whitlock signed the bill.", "Dana Whitlock", "Vermont Gov.")]
    [InlineData("Orange County Sheriff Tomas Quill said the road was closed.", "Tomas Quill", "Orange County Sheriff")]
    public void Annotate_AbbreviatedAndLocalTitles_BecomeTheRole(string text, string name, string role)
    {
        var person = TestArticles.Single(TestArticles.Analyze(text), name);

        Assert.Equal((EntityType.Person, role), (person.Type, person.Role));
    }

    [Theory]
    [InlineData("The player faces a DUI charge after the crash.")]
    [InlineData("The speech was shown on TV at 10:00 GMT.")]
    public void Annotate_CommonNounAbbreviations_AreNotEntities(string text)
    {
        Assert.Empty(TestArticles.Analyze(text).Entities);
    }

    [Theory]
    [InlineData("According to the words of Minister of Internal Affairs Oleksandr Hrytsenko, situation in the city remains under control.", "Oleksandr Hrytsenko")]
    [InlineData("As informed the press service, the President of Republic Mr. Andrei Voloshyn has signed the decree.", "Andrei Voloshyn")]
    [InlineData("Yesterday at the press conference has declared the head of the region Petra Novakova that the roads are cleared.", "Petra Novakova")]
    public void Annotate_MachineTranslatedEnglish_FindsThePerson(string text, string name)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, name).Type);
    }

    [Theory]
    [InlineData("The delegation arrived in the city of Zhytomyr in the evening.", "Zhytomyr")]
    [InlineData("In the settlement Novoselivka the electricity is restored.", "Novoselivka")]
    [InlineData("The mayor of the city Ardena has informed about the repairs.", "Ardena")]
    public void Annotate_MachineTranslatedEnglish_FindsThePlace(string text, string name)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Location, TestArticles.Single(analysis, name).Type);
    }
}
