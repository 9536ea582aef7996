using Parallax.Entities;

namespace Parallax.Core.Tests.Entities;

public class EntityRecognizerTests
{
    [Fact]
    public void Annotate_TitleBeforeName_KeepsTitleAsRoleWithItsSpan()
    {
        var analysis = TestArticles.Analyze("Defence Minister Layla al-Khadhimi said the harbour talks would resume.");

        var person = TestArticles.Single(analysis, "Layla al-Khadhimi");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Defence Minister", person.Role);
        Assert.Equal("Defence Minister", person.RoleSpan!.Value.Of(analysis.Text));
    }

    [Fact]
    public void Annotate_NationalityBeforeTitle_BecomesPartOfRoleAndIsMisc()
    {
        var analysis = TestArticles.Analyze("The talks opened after Norwegian Foreign Minister Ingrid Halvorsen landed.");

        var person = TestArticles.Single(analysis, "Ingrid Halvorsen");
        Assert.Equal("Norwegian Foreign Minister", person.Role);
        Assert.Equal(EntityType.Misc, TestArticles.Single(analysis, "Norwegian").Type);
    }

    [Fact]
    public void Annotate_OrganizationBeforeTitle_RoleKeepsOrganizationWhichIsAlsoTagged()
    {
        var analysis = TestArticles.Analyze("The briefing was given by Pentagon Press Secretary Marla Quint on the base.");

        Assert.Equal("Pentagon Press Secretary", TestArticles.Single(analysis, "Marla Quint").Role);
        Assert.Equal(EntityType.Organization, TestArticles.Single(analysis, "Pentagon").Type);
    }

    [Fact]
    public void Annotate_MultiwordTitleWithOf_SplitsTitleFromName()
    {
        var analysis = TestArticles.Analyze("He met Secretary of State Arlen Moss in the capital.");

        var person = TestArticles.Single(analysis, "Arlen Moss");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Secretary of State", person.Role);
    }

    [Fact]
    public void Annotate_LowercaseTitleAfterOrganization_RoleIncludesOrganization()
    {
        var analysis = TestArticles.Analyze("Transport Ministry spokesman Ivo Petrak confirmed the closure.");

        Assert.Equal("Transport Ministry spokesman", TestArticles.Single(analysis, "Ivo Petrak").Role);
        Assert.Equal(EntityType.Organization, TestArticles.Single(analysis, "Transport Ministry").Type);
    }

    [Fact]
    public void Annotate_Honorific_MarksPersonWithoutRole()
    {
        var analysis = TestArticles.Analyze("The letter was signed by Mr. Dorin Vasko and two clerks.");

        var person = TestArticles.Single(analysis, "Dorin Vasko");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Null(person.Role);
    }

    [Fact]
    public void Annotate_WeekdaysAndMonths_AreNotEntities()
    {
        var analysis = TestArticles.Analyze("On Monday the ferry left Lisbon, and in July it will sail again.");

        Assert.DoesNotContain(analysis.Entities, m => m.Text.Contains("Monday") || m.Text.Contains("July"));
        Assert.Equal(EntityType.Location, TestArticles.Single(analysis, "Lisbon").Type);
    }

    [Fact]
    public void Annotate_SentenceInitialCommonWords_AreSkipped()
    {
        var analysis = TestArticles.Analyze("However, the Coastal Farmers Union rejected the plan. This was expected.");

        Assert.Equal("Coastal Farmers Union", Assert.Single(analysis.Entities).Text);
        Assert.Equal(EntityType.Organization, analysis.Entities[0].Type);
    }

    [Theory]
    [InlineData("Reserves were moved to the Bank of Eldoria last week.", "Bank of Eldoria")]
    [InlineData("A report by the Department of Harbors was leaked.", "Department of Harbors")]
    [InlineData("The Eastern Rivers Council met twice.", "Eastern Rivers Council")]
    [InlineData("Shares of Marlow & Finch Group rose.", "Marlow & Finch Group")]
    public void Annotate_OrganizationKeywords_TagOrganization(string text, string expected)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Organization, TestArticles.Single(analysis, expected).Type);
    }

    [Fact]
    public void Annotate_NewsAgency_IsOrganizationWithoutLeadingThe()
    {
        var analysis = TestArticles.Analyze("The dam had cracked, the Associated Press reported, citing Reuters.");

        Assert.Equal(EntityType.Organization, TestArticles.Single(analysis, "Associated Press").Type);
        Assert.Equal(EntityType.Organization, TestArticles.Single(analysis, "Reuters").Type);
    }

    [Theory]
    [InlineData("NATO", EntityType.Organization)]
    [InlineData("UK", EntityType.Location)]
    [InlineData("USA", EntityType.Location)]
    [InlineData("FRL", EntityType.Organization)]
    public void Annotate_Acronyms_AreOrganizationsUnlessPlaces(string acronym, EntityType expected)
    {
        var analysis = TestArticles.Analyze($"Observers from {acronym} arrived at the border crossing.");

        Assert.Equal(expected, TestArticles.Single(analysis, acronym).Type);
    }

    [Fact]
    public void Annotate_CountriesCapitalsAndRegions_AreLocations()
    {
        var analysis = TestArticles.Analyze("Grain moved from Ukraine through Istanbul to the Middle East and North Africa.");

        Assert.All(new[] { "Ukraine", "Istanbul", "Middle East", "North Africa" },
            name => Assert.Equal(EntityType.Location, TestArticles.Single(analysis, name).Type));
    }

    [Theory]
    [InlineData("Marek Duval said the bridge would stay closed.")]
    [InlineData("The bridge will stay closed, said Marek Duval.")]
    public void Annotate_NameNextToReportingVerb_IsPerson(string text)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Marek Duval").Type);
    }

    [Fact]
    public void Annotate_NameParticles_StayInsideOnePersonName()
    {
        var analysis = TestArticles.Analyze("The mediator, Pieter van der Sloot, met Karim bin Tarek in a hotel.");

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Pieter van der Sloot").Type);
        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Karim bin Tarek").Type);
    }

    [Fact]
    public void Annotate_PossessiveAndLedCompound_TagOnlyTheName()
    {
        var analysis = TestArticles.Analyze("Norway's fleet joined the US-led patrol.");

        var norway = TestArticles.Single(analysis, "Norway");
        Assert.Equal(6, norway.Span.Length);
        Assert.Equal(EntityType.Location, TestArticles.Single(analysis, "US").Type);
    }

    [Fact]
    public void Annotate_SurnameAfterFullName_IsPromotedToPerson()
    {
        var analysis = TestArticles.Analyze("Governor Tessa Rowe toured the dam. Critics of Rowe called the visit staged.");

        Assert.Equal(2, analysis.Entities.Count(m => m.Type == EntityType.Person));
        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Rowe").Type);
    }

    [Fact]
    public void Annotate_ArabicArticlePrefixAlone_IsPerson()
    {
        var analysis = TestArticles.Analyze("The vote was delayed. Al-Naseri believes the court will rule soon.");

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Al-Naseri").Type);
    }

    [Fact]
    public void Annotate_CapitalizedCommonNoun_IsDropped()
    {
        var analysis = TestArticles.Analyze("The drill covered logistics and Training for pilots. More training is planned.");

        Assert.Empty(analysis.Entities);
    }

    [Fact]
    public void Annotate_AllCapsHeadline_TagsOnlyKnownNames()
    {
        var analysis = TestArticles.Analyze("FLOODS HIT NORTHERN TOWNS IN NORWAY AS RIVERS RISE\n\nRain fell for days.");

        Assert.Equal("NORWAY", Assert.Single(analysis.Entities).Text);
    }

    [Fact]
    public void Annotate_TitleCaseHeadline_TagsOnlyNamesKnownFromBody()
    {
        var analysis = TestArticles.Analyze(
            "Kessler Vows Swift Repairs To Flooded Rail Lines\n\nTransport Minister Hanna Kessler said crews would work overnight.");

        Assert.Contains(analysis.Entities, m => m.Text == "Kessler" && m.Type == EntityType.Person);
        Assert.DoesNotContain(analysis.Entities, m => m.Text.Contains("Repairs") || m.Text.Contains("Vows"));
    }

    [Fact]
    public void Annotate_MentionSpans_PointAtTheirText()
    {
        var analysis = TestArticles.Analyze("Interior Minister Samir Haddad visited Amman. Haddad said little.");

        Assert.NotEmpty(analysis.Entities);
        Assert.All(analysis.Entities, m => Assert.Equal(m.Text, m.Span.Of(analysis.Text)));
    }

    [Fact]
    public void Annotate_AppositiveNameBeforeCommaAndReportingVerb_IsPersonAndLaterSurnameToo()
    {
        var analysis = TestArticles.Analyze("Her deputy, Tomas Berg, told the radio the army would help. Later Berg's office denied it.");

        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Tomas Berg").Type);
        Assert.Equal(EntityType.Person, TestArticles.Single(analysis, "Berg").Type);
    }

    [Fact]
    public void Annotate_PlaceHeadWord_MakesLocationEvenAfterGivenName()
    {
        var analysis = TestArticles.Analyze("Flights left John F. Kennedy Airport late, and the crowd filled Liberty Square.");

        Assert.Equal(EntityType.Location, TestArticles.Single(analysis, "John F. Kennedy Airport").Type);
        Assert.Equal(EntityType.Location, TestArticles.Single(analysis, "Liberty Square").Type);
    }

    [Fact]
    public void Annotate_PartyStateTag_IsNotAnEntity()
    {
        var analysis = TestArticles.Analyze("Sen. Clara Moss (D-Ore.) said the bill would pass.");

        var person = TestArticles.Single(analysis, "Clara Moss");
        Assert.Equal("Sen.", person.Role);
        Assert.DoesNotContain(analysis.Entities, m => m.Text.StartsWith("D-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He greeted President of France Emmanuel Roche warmly.", "Emmanuel Roche", "President of France")]
    [InlineData("The deal was signed by Minister of Fisheries Ali Nasser yesterday.", "Ali Nasser", "Minister of Fisheries")]
    public void Annotate_TitleWithOfPhrase_KeepsOfPhraseInRole(string text, string name, string role)
    {
        var analysis = TestArticles.Analyze(text);

        Assert.Equal(role, TestArticles.Single(analysis, name).Role);
    }
}
