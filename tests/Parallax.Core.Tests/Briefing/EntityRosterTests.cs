using Parallax.Briefing;
using Parallax.Core.Tests.Clustering;
using Parallax.Entities;
using Parallax.Text;

namespace Parallax.Core.Tests.Briefing;

public class EntityRosterTests
{
    [Fact]
    public void List_RestrictsToStoryAndSortsByMentionsInStory()
    {
        var a = StoryTexts.Article("a", "Rescuers reached Veloria. Governor Ilse Varga flew to Veloria on Monday.");
        var varga = a.AddEntity("Ilse Varga", EntityType.Person);
        var place1 = a.AddEntity("Veloria", EntityType.Location);
        var place2 = new EntityMention(new Span(a.Text.LastIndexOf("Veloria", StringComparison.Ordinal), 7), EntityType.Location, "Veloria");
        a.Entities.Add(place2);
        var outside = StoryTexts.Article("x", "Mayor Teodor Rusk opened shelters.");
        var rusk = outside.AddEntity("Teodor Rusk", EntityType.Person);
        var index = new EntityIndex(
            [
                Entity("e1", "Ilse Varga", EntityType.Person, 7, "a", "x"),
                Entity("e2", "Veloria", EntityType.Location, 2, "a"),
                Entity("e3", "Teodor Rusk", EntityType.Person, 1, "x"),
            ],
            new Dictionary<(string, Span), string>
            {
                [("a", varga.Span)] = "e1",
                [("a", place1.Span)] = "e2",
                [("a", place2.Span)] = "e2",
                [("x", rusk.Span)] = "e3",
            });

        var entries = EntityRoster.List(StoryTexts.Of(null, a), index);

        Assert.Equal(["e2", "e1"], entries.Select(e => e.Id));
        Assert.Equal("location", entries[0].Type);
        Assert.Equal("person", entries[1].Type);
        Assert.Equal(2, entries[0].MentionCount);
        Assert.Equal(1, entries[1].MentionCount);
        Assert.Equal(["a"], entries[1].ArticleIds);
    }

    [Fact]
    public void List_PlaceDemonyms_CiteOnlyTheStorysArticles()
    {
        var a = StoryTexts.Article("a", "Veloria said the talks were over.");
        var veloria = a.AddEntity("Veloria", EntityType.Location);
        var entity = Entity("e1", "Veloria", EntityType.Location, 3, "a", "x") with
        {
            Demonyms = [new PlaceDemonym("Velorian", ["x", "a"]), new PlaceDemonym("Velorians", ["x"])],
        };
        var index = new EntityIndex([entity], new Dictionary<(string, Span), string> { [("a", veloria.Span)] = "e1" });

        var entry = Assert.Single(EntityRoster.List(StoryTexts.Of(null, a), index));

        var demonym = Assert.Single(entry.Demonyms);
        Assert.Equal("Velorian", demonym.Demonym);
        Assert.Equal(["a"], demonym.ArticleIds);
    }

    [Fact]
    public void List_StatedRoles_CiteOnlyTheStorysArticles()
    {
        var a = StoryTexts.Article("a", "Governor Ilse Varga flew to Veloria on Monday.");
        var varga = a.AddEntity("Ilse Varga", EntityType.Person);
        var entity = Entity("e1", "Ilse Varga", EntityType.Person, 3, "a", "x") with
        {
            Roles = ["Governor", "Senator"],
            StatedRoles = [new StatedRole("Governor", ["x", "a"]), new StatedRole("Senator", ["x"])],
        };
        var index = new EntityIndex([entity], new Dictionary<(string, Span), string> { [("a", varga.Span)] = "e1" });

        var entry = Assert.Single(EntityRoster.List(StoryTexts.Of(null, a), index));

        var stated = Assert.Single(entry.StatedRoles);
        Assert.Equal("Governor", stated.Role);
        Assert.Equal(["a"], stated.ArticleIds);
    }

    [Fact]
    public void TypeName_Misc_IsLowerCaseMisc() =>
        Assert.Equal("misc", EntityRoster.TypeName(EntityType.Misc));

    private static CanonicalEntity Entity(string id, string name, EntityType type, int count, params string[] articles) => new()
    {
        Id = id,
        Name = name,
        Type = type,
        Aliases = [name],
        Roles = [],
        ArticleIds = articles,
        MentionCount = count,
    };
}
