using Microsoft.Data.Sqlite;
using Parallax.Articles;
using Parallax.Entities;

namespace Parallax.Storage.Tests;

public sealed class EntityTablesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-entities-").FullName;

    private string DbPath => Path.Combine(_directory, "test.db");

    private static Article MakeArticle(string text) => new() { Id = ArticleId.FromText(text), Title = "A title", Language = "en", Text = text };

    private static CanonicalEntity Minister(params string[] articleIds) => new()
    {
        Id = "e-1",
        Name = "Yusuf al-Qadiri",
        Type = EntityType.Person,
        Aliases = ["Yusuf al-Qadiri", "Al-Kadiri"],
        Roles = ["Prime Minister"],
        ArticleIds = articleIds,
        MentionCount = 3,
    };

    [Fact]
    public void Open_StoreAtSchemaOne_AddsTheEntityTables()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Migrations.Steps[0] + "PRAGMA user_version = 1;";
            command.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(DbPath, TimeProvider.System);

        Assert.Equal(Migrations.Steps.Count, store.SchemaVersion);
        Assert.Empty(store.LoadEntities());
    }

    [Fact]
    public void SaveStories_WithEntities_RoundTripsAliasesRolesAndCounts()
    {
        var a = MakeArticle("First report.");
        var b = MakeArticle("Second report.");
        using (var store = ArticleStore.Open(DbPath, TimeProvider.System))
        {
            store.AddArticles([a, b]);
            store.SaveStories(
                [new StoryRecord("s-1", "One", 1, null, null), new StoryRecord("s-2", "Two", 1, null, null)],
                [new StoryAssignment(a.Id, "s-1", null), new StoryAssignment(b.Id, "s-2", null)],
                new Dictionary<string, InferredPublication>(),
                [Minister(a.Id, b.Id)]);
        }

        using var reopened = ArticleStore.Open(DbPath, TimeProvider.System);
        var entity = Assert.Single(reopened.LoadEntities());

        Assert.Equal(("Yusuf al-Qadiri", "Person", 3), (entity.Name, entity.Type, entity.MentionCount));
        Assert.Equal(["Yusuf al-Qadiri", "Al-Kadiri"], entity.Aliases);
        Assert.Equal(["Prime Minister"], entity.Roles);
        Assert.Equal((2, 2), (entity.ArticleCount, entity.StoryCount));
        Assert.True(entity.Matches("al-kadiri"));
        Assert.False(entity.Matches("Marsh"));
    }

    [Fact]
    public void SaveStories_RolesWithTheirArticles_RoundTrip()
    {
        var a = MakeArticle("First report.");
        var b = MakeArticle("Second report.");
        var minister = Minister(a.Id, b.Id) with
        {
            Roles = ["Prime Minister", "Party Leader"],
            StatedRoles = [new StatedRole("Prime Minister", [b.Id, a.Id]), new StatedRole("Party Leader", [a.Id])],
        };
        using (var store = ArticleStore.Open(DbPath, TimeProvider.System))
        {
            store.AddArticles([a, b]);
            store.SaveStories([new StoryRecord("s-1", "One", 2, null, null)], [new StoryAssignment(a.Id, "s-1", null), new StoryAssignment(b.Id, "s-1", null)], new Dictionary<string, InferredPublication>(), [minister]);
        }

        using var reopened = ArticleStore.Open(DbPath, TimeProvider.System);
        var entity = Assert.Single(reopened.LoadEntities());

        Assert.Equal(["Prime Minister", "Party Leader"], entity.StatedRoles.Select(r => r.Role));
        Assert.Equal([b.Id, a.Id], entity.StatedRoles[0].ArticleIds);
        Assert.Equal([a.Id], entity.StatedRoles[1].ArticleIds);
    }

    [Fact]
    public void SaveStories_PlaceWithDemonyms_RoundTripsThemWithTheirArticlesAndMatchesByDemonym()
    {
        var a = MakeArticle("First report.");
        var b = MakeArticle("Second report.");
        var place = new CanonicalEntity
        {
            Id = "e-iraq",
            Name = "Iraq",
            Type = EntityType.Location,
            Aliases = ["Iraq"],
            Roles = [],
            ArticleIds = [a.Id],
            MentionCount = 1,
            Demonyms = [new PlaceDemonym("Iraqis", [b.Id, a.Id]), new PlaceDemonym("Iraqi", [a.Id])],
        };
        using (var store = ArticleStore.Open(DbPath, TimeProvider.System))
        {
            store.AddArticles([a, b]);
            store.SaveStories([], [], new Dictionary<string, InferredPublication>(), [place]);
        }

        using var reopened = ArticleStore.Open(DbPath, TimeProvider.System);
        var entity = Assert.Single(reopened.LoadEntities());

        Assert.Equal(["Iraqis", "Iraqi"], entity.Demonyms.Select(d => d.Demonym));
        Assert.Equal([b.Id, a.Id], entity.Demonyms[0].ArticleIds);
        Assert.Equal([a.Id], entity.Demonyms[1].ArticleIds);
        Assert.True(entity.Matches("iraqis"));
    }

    [Fact]
    public void SaveStories_Again_ReplacesTheIndex()
    {
        var a = MakeArticle("Only report.");
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        store.AddArticles([a]);
        store.SaveStories([], [], new Dictionary<string, InferredPublication>(), [Minister(a.Id)]);

        store.SaveStories([], [], new Dictionary<string, InferredPublication>(), [Minister(a.Id) with { Id = "e-2", Name = "Elin Marsh", Aliases = ["Elin Marsh"] }]);

        Assert.Equal(["Elin Marsh"], store.LoadEntities().Select(e => e.Name));
    }

    [Fact]
    public void SaveStories_EntityNamingUnknownArticle_RollsBackEverything()
    {
        var a = MakeArticle("Kept report.");
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        store.AddArticles([a]);

        Assert.Throws<StoreException>(() => store.SaveStories([new StoryRecord("s-1", "One", 1, null, null)], [], new Dictionary<string, InferredPublication>(), [Minister("no-such-article")]));

        Assert.Empty(store.LoadStories());
        Assert.Empty(store.LoadEntities());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
