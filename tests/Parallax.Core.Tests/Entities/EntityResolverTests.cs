using Parallax.Analysis;
using Parallax.Entities;

namespace Parallax.Core.Tests.Entities;

public class EntityResolverTests
{
    private static EntityIndex Resolve(params string[] texts) =>
        new EntityResolver().Resolve([.. texts.Select((t, i) => TestArticles.Analyze(t, "art" + i))]);

    private static CanonicalEntity Named(EntityIndex index, string alias) =>
        Assert.Single(index.Entities, e => e.Aliases.Contains(alias));

    [Fact]
    public void Resolve_TransliteratedSurnames_MergeIntoOneEntityWithAllSpellings()
    {
        var index = Resolve(
            "Defence Minister Layla al-Khadhimi said the convoy was safe.",
            "Defence Minister Layla al-Kazimi toured the port on Sunday.",
            "The plan was drafted by Layla Al-Kazemi and her staff. Al-Kazemi said it was final.");

        var entity = Assert.Single(index.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(["art0", "art1", "art2"], entity.ArticleIds);
        Assert.Contains("Layla al-Khadhimi", entity.Aliases);
        Assert.Contains("Layla al-Kazimi", entity.Aliases);
        Assert.Contains("Al-Kazemi", entity.Aliases);
        Assert.Equal(["Defence Minister"], entity.Roles);
        Assert.Equal(4, entity.MentionCount);
    }

    [Fact]
    public void Resolve_RolesStatedInDifferentArticles_EachCarriesTheArticlesStatingIt()
    {
        var index = Resolve(
            "Defence Minister Layla al-Khadhimi said the convoy was safe.",
            "Layla al-Khadhimi toured the port on Sunday.",
            "Senator Layla al-Khadhimi voted no. Defence minister Layla al-Khadhimi later agreed.");

        var entity = Assert.Single(index.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(entity.Roles, entity.StatedRoles.Select(r => r.Role));
        Assert.Equal(["art0", "art2"], Assert.Single(entity.StatedRoles, r => r.Role == "Defence Minister").ArticleIds);
        Assert.Equal(["art2"], Assert.Single(entity.StatedRoles, r => r.Role == "Senator").ArticleIds);
    }

    [Theory]
    [InlineData("Gaddafi", "Qaddafi", "Kadhafi")]
    [InlineData("Zelensky", "Zelenskyy", "Zelenskiy")]
    public void Resolve_CommonTransliterationFamilies_Merge(string first, string second, string third)
    {
        var index = Resolve(
            $"Colonel Omar {first} addressed the crowd.",
            $"Colonel Omar {second} left the summit early.",
            $"Reports said Omar {third} would return.");

        var person = Assert.Single(index.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(3, person.MentionCount);
    }

    [Fact]
    public void Resolve_SameSurnameDifferentGivenNames_StayTwoEntities()
    {
        var index = Resolve(
            "Finance Minister Ali Hassan said the budget was ready.",
            "Police chief Omar Hassan said the roads were open.");

        Assert.Equal(2, index.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_SimilarButDifferentSurnames_StayApart()
    {
        var index = Resolve("Judge Rami Hassan said the hearing was over.", "Judge Rami Hussein said the hearing was over.");

        Assert.Equal(2, index.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_SurnameOnly_ResolvesToFullNameInSameArticle()
    {
        var analysis = TestArticles.Analyze("Interior Minister Samir Haddad visited Amman. Haddad said the border would reopen.");
        var index = new EntityResolver().Resolve([analysis]);

        var full = TestArticles.Single(analysis, "Samir Haddad");
        var surname = TestArticles.Single(analysis, "Haddad");
        Assert.NotNull(index.Find("a1", full.Span));
        Assert.Equal(index.Find("a1", full.Span)!.Id, index.Find("a1", surname.Span)!.Id);
        Assert.Equal("Samir Haddad", index.Find("a1", surname.Span)!.Name);
        Assert.Equal(["Interior Minister"], index.Find("a1", surname.Span)!.Roles);
    }

    [Fact]
    public void Resolve_SurnameOnly_ResolvesAcrossArticlesWhenUnique()
    {
        var index = Resolve("Mayor Petra Lindqvist opened the tunnel.", "Lindqvist said the tunnel cost too much.");

        var person = Assert.Single(index.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("Petra Lindqvist", person.Name);
        Assert.Equal(2, person.ArticleIds.Count);
    }

    [Fact]
    public void Resolve_TwoRelativesInOneArticle_BareSurnameJoinsNeither()
    {
        var analysis = TestArticles.Analyze(
            "Daniel Okafor said the clinic would close. Later, Grace Okafor said it would stay open. Okafor said donors agreed.");
        var index = new EntityResolver().Resolve([analysis]);

        var grace = index.Find("a1", TestArticles.Single(analysis, "Grace Okafor").Span)!;
        var daniel = index.Find("a1", TestArticles.Single(analysis, "Daniel Okafor").Span)!;
        var surname = index.Find("a1", TestArticles.Single(analysis, "Okafor").Span)!;
        Assert.NotEqual(daniel.Id, grace.Id);
        Assert.NotEqual(daniel.Id, surname.Id);
        Assert.NotEqual(grace.Id, surname.Id);
    }

    [Theory]
    [InlineData("Mr", "Daniel Okafor")]
    [InlineData("Mrs", "Grace Okafor")]
    public void Resolve_TwoRelativesInOneArticle_GenderedHonorificPicksTheReferent(string honorific, string referent)
    {
        var analysis = TestArticles.Analyze(
            $"Daniel Okafor said the clinic would close. Later, Grace Okafor said it would stay open. {honorific} Okafor said donors agreed.");
        var index = new EntityResolver().Resolve([analysis]);

        var entity = index.Find("a1", TestArticles.Single(analysis, "Okafor").Span)!;
        Assert.Equal(referent, entity.Name);
    }

    [Fact]
    public void Resolve_TwoRelativesOneNamedMoreOften_BareSurnameJoinsTheMorePresentOne()
    {
        var analysis = TestArticles.Analyze(
            "Daniel Okafor said the clinic would close. His sister Grace Okafor runs a shop. Daniel Okafor later said donors had left. Okafor said the town agreed.");
        var index = new EntityResolver().Resolve([analysis]);

        var surname = index.Find("a1", TestArticles.Single(analysis, "Okafor").Span)!;
        Assert.Equal("Daniel Okafor", surname.Name);
    }

    [Fact]
    public void Resolve_InitialBeforeSpelledGivenNameAndShortenedGivenName_MergeWithFullName()
    {
        var index = Resolve("The court heard Senator W. Marten Holloway on Monday.", "Marten Holloway left the court.", "Fred Ashcombe and Frederick Ashcombe are one man.");

        Assert.Single(index.Entities, e => e.Aliases.Contains("W. Marten Holloway") && e.Aliases.Contains("Marten Holloway"));
        Assert.Single(index.Entities, e => e.Aliases.Contains("Fred Ashcombe") && e.Aliases.Contains("Frederick Ashcombe"));
    }

    [Fact]
    public void Resolve_FatherAndSonByGenerationSuffix_StayTwoEntities()
    {
        var index = Resolve("Mark Tolliver Jr. scored twice.", "Mark Tolliver Sr. coached the team.");

        Assert.Equal(2, index.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_SameFullNameWithConflictingHonorifics_StayTwoEntities()
    {
        var index = Resolve("Mr Robin Castellano opened the bakery.", "Mrs Robin Castellano closed the bakery.");

        Assert.Equal(2, index.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_RelativesAcrossArticles_BareSurnameInThirdArticleJoinsNeither()
    {
        var index = Resolve(
            "Teacher Marek Dvorsky said the school would open.",
            "Nurse Hana Dvorsky said the clinic would open.",
            "Dvorsky said the town would vote.");

        Assert.Equal(3, index.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_AmbiguousSurnameBeforeAnyFullName_StaysUnresolved()
    {
        var analysis = TestArticles.Analyze(
            "Okafor said the clinic was full. Daniel Okafor runs it with Grace Okafor, who said donors agreed.");
        var index = new EntityResolver().Resolve([analysis]);

        var surname = index.Find("a1", TestArticles.Single(analysis, "Okafor").Span)!;
        Assert.Equal(3, index.Entities.Count(e => e.Type == EntityType.Person));
        Assert.Equal("Okafor", surname.Name);
    }

    [Fact]
    public void Resolve_GivenNameOnly_ResolvesWhenUnique()
    {
        var analysis = TestArticles.Analyze("Coach Renata Villaverde picked the squad. Renata said the young players earned it.");
        var index = new EntityResolver().Resolve([analysis]);

        var person = Assert.Single(index.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, person.MentionCount);
    }

    [Fact]
    public void Resolve_GivenNameOnlyInAnotherArticle_StaysApart()
    {
        var index = Resolve("Coach Renata Villaverde picked the squad.", "Renata said the young players earned it.");

        Assert.Equal(2, index.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Resolve_WordThatIsASurnameInItsArticle_DoesNotLinkAsAGivenName()
    {
        var analysis = TestArticles.Analyze(
            "Judge Tobias Marlowe opened the hearing. Marlowe Benning, a witness, arrived late. Marlowe said the hearing would resume.");
        var index = new EntityResolver().Resolve([analysis]);

        var bare = index.Find("a1", TestArticles.Single(analysis, "Marlowe").Span)!;
        Assert.Equal("Tobias Marlowe", bare.Name);
    }

    [Fact]
    public void Resolve_BracketedAcronym_JoinsItsExpansionAcrossArticles()
    {
        var index = Resolve(
            "Fighters of the Northern Liberation Front (NLF) crossed the river.",
            "The NLF denied any role in the attack.");

        var entity = Named(index, "NLF");
        Assert.Equal("Northern Liberation Front", entity.Name);
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Equal(3, entity.MentionCount);
    }

    [Fact]
    public void Resolve_AcronymMatchingInitialsOfOneOrganization_Joins()
    {
        var index = Resolve("The Harbor Workers Union called a strike.", "Leaders of HWU met the governor.");

        Assert.Equal("Harbor Workers Union", Named(index, "HWU").Name);
    }

    [Fact]
    public void Resolve_PlaceAliases_MergeUnderGazetteerName()
    {
        var index = Resolve("Troops from the U.S. arrived.", "The United States sent aid.", "US officials agreed.");

        var place = Named(index, "U.S.");
        Assert.Equal("United States", place.Name);
        Assert.Equal(3, place.MentionCount);
        Assert.Equal(EntityType.Location, place.Type);
    }

    [Fact]
    public void Resolve_SameInputTwice_GivesSameStableIds()
    {
        string[] texts = ["Governor Tessa Rowe visited Oslo.", "Rowe said the Oslo trip went well."];

        var first = Resolve(texts).Entities.Select(e => e.Id).Order().ToList();
        var second = Resolve(texts).Entities.Select(e => e.Id).Order().ToList();

        Assert.Equal(first, second);
        Assert.All(first, id => Assert.StartsWith("e-", id, StringComparison.Ordinal));
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void Resolve_EveryMention_IsFoundInTheIndex()
    {
        ArticleAnalysis[] analyses =
        [
            TestArticles.Analyze("Prime Minister Jonas Brekke met NATO envoys in Brussels on Friday.", "x"),
            TestArticles.Analyze("Brekke told the Associated Press (AP) that Norway would stay.", "y"),
        ];

        var index = new EntityResolver().Resolve(analyses);

        Assert.All(analyses, a => Assert.All(a.Entities, m => Assert.NotNull(index.Find(a.Article.Id, m.Span))));
        Assert.Null(index.Find("x", new Text.Span(0, 1)));
        var ap = index.Find("y", TestArticles.Single(analyses[1], "AP"))!;
        Assert.Equal("Associated Press", ap.Name);
        Assert.Same(ap, index.ById(ap.Id));
    }

    [Fact]
    public void Resolve_DemonymWithItsPlaceInTheStory_LinksToThePlaceButStaysItsOwnEntity()
    {
        var index = Resolve(
            "Iraqi officials said the convoy reached the border on Sunday.",
            "The convoy crossed into Iraq at dawn, according to the ministry.");

        var place = Assert.Single(index.Entities, e => e.Name == "Iraq");
        var demonym = Assert.Single(place.Demonyms);
        Assert.Equal("Iraqi", demonym.Demonym);
        Assert.Equal(["art0"], demonym.ArticleIds);
        Assert.DoesNotContain("Iraqi", place.Aliases);
        Assert.Contains(index.Entities, e => e.Id != place.Id && e.Aliases.Contains("Iraqi"));
    }

    [Fact]
    public void Resolve_DemonymOfAnAliasedPlace_LinksThroughTheAlias()
    {
        var index = Resolve(
            "Americans queued for hours to vote.",
            "Turnout in the U.S. was the highest in decades.");

        var place = Assert.Single(index.Entities, e => e.Name == "United States");
        Assert.Equal(["Americans"], place.Demonyms.Select(d => d.Demonym));
    }

    [Fact]
    public void Resolve_DemonymWithoutItsPlace_LinksNothing()
    {
        var index = Resolve(
            "Iraqi officials said the convoy reached the border on Sunday.",
            "The convoy crossed into Syria at dawn, according to the ministry.");

        Assert.All(index.Entities, e => Assert.Empty(e.Demonyms));
    }
}
