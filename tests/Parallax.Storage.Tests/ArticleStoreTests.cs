using Microsoft.Data.Sqlite;
using Parallax.Articles;

namespace Parallax.Storage.Tests;

public sealed class ArticleStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-store-").FullName;

    private string DbPath => Path.Combine(_directory, "test.db");

    private static Article MakeArticle(string text, DateOnly? published = null) => new()
    {
        Id = ArticleId.FromText(text),
        Title = "A title",
        Language = "en",
        Text = text,
        Published = published,
        Outlet = "Example Outlet",
    };

    [Fact]
    public void AddArticles_SameArticleTwice_StoresItOnce()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var article = MakeArticle("The river rose by two metres overnight.");

        Assert.Equal(1, store.AddArticles([article]));
        Assert.Equal(0, store.AddArticles([article]));
        Assert.Equal(1, store.ArticleCount);
    }

    [Fact]
    public void AddArticles_Reopened_KeepsArticlesAndMetadata()
    {
        var article = MakeArticle("Officials said the bridge would reopen.", new DateOnly(2024, 5, 6)) with { Url = "https://x.example/a", PublishedInferred = true };
        using (var store = ArticleStore.Open(DbPath, TimeProvider.System))
        {
            store.AddArticles([article]);
        }

        using var reopened = ArticleStore.Open(DbPath, TimeProvider.System);
        var loaded = Assert.Single(reopened.LoadArticles());
        Assert.Equal(article, loaded);
    }

    [Fact]
    public void Open_NewFile_AppliesAllMigrations()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        Assert.Equal(Migrations.Steps.Count, store.SchemaVersion);
    }

    [Fact]
    public void Open_StoreFromNewerVersion_FailsNamingTheFile()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => ArticleStore.Open(DbPath, TimeProvider.System));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotADatabase_FailsWithStoreException()
    {
        File.WriteAllText(DbPath, "this is not a database file, just some text that is long enough to fill a header");
        var error = Assert.Throws<StoreException>(() => ArticleStore.Open(DbPath, TimeProvider.System));
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddArticles_FailureMidBatch_LeavesNothingWritten()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var good = MakeArticle("The first article of the batch.");
        var broken = MakeArticle("The second article of the batch.") with { Title = null! };

        Assert.ThrowsAny<SqliteException>(() => store.AddArticles([good, broken]));
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void SaveStories_ReplacesAssignmentsAndKeepsInferredDates()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var a = MakeArticle("Storm closes the harbour.");
        var b = MakeArticle("Harbour closed as storm hits.");
        store.AddArticles([a, b]);

        store.SaveStories(
            [new StoryRecord("s-1", "Storm closes harbour", 2, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2))],
            [new StoryAssignment(a.Id, "s-1", null), new StoryAssignment(b.Id, "s-1", a.Id)],
            new Dictionary<string, InferredPublication> { [b.Id] = new(new DateOnly(2024, 1, 2), MetadataSource.Story) });

        var story = Assert.Single(store.LoadStories());
        Assert.Equal(2, story.ArticleCount);
        Assert.Equal(2, store.LoadArticles("s-1").Count);
        var inferred = store.LoadArticles().Single(x => x.Id == b.Id);
        Assert.True(inferred.PublishedInferred);
        Assert.Equal(new DateOnly(2024, 1, 2), inferred.Published);
    }

    [Fact]
    public void InMemory_Store_Works()
    {
        using var store = ArticleStore.Open(ArticleStore.InMemory, TimeProvider.System);
        store.AddArticles([MakeArticle("Only in memory.")]);
        Assert.Equal(1, store.ArticleCount);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
