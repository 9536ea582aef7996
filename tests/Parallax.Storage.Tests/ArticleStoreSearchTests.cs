using Microsoft.Data.Sqlite;
using Parallax.Articles;

namespace Parallax.Storage.Tests;

public sealed class ArticleStoreSearchTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-search-").FullName;

    private string DbPath => Path.Combine(_directory, "test.db");

    private static Article MakeArticle(string text, string title = "A title") => new()
    {
        Id = ArticleId.FromText(text),
        Title = title,
        Language = "en",
        Text = text,
    };

    [Fact]
    public void Search_AfterInsert_FindsTheArticleWithMatchesMarkedInTheSnippet()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var river = MakeArticle("The river rose by two metres overnight near the old bridge.");
        store.AddArticles([river, MakeArticle("Officials said the budget would be approved.")]);

        var hit = Assert.Single(store.Search("RIVER bridge", 10));

        Assert.Equal(river.Id, hit.ArticleId);
        Assert.Equal(["river", "bridge"], hit.Matches.Select(m => m.Of(hit.Snippet)));
        Assert.DoesNotContain('\u0002', hit.Snippet);
    }

    [Fact]
    public void Search_ReingestedArticle_IndexedOnce()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var article = MakeArticle("Storm closes the harbour for two days.");
        store.AddArticles([article]);
        store.AddArticles([article]);

        Assert.Single(store.Search("harbour", 10));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("title: NEAR(")]
    [InlineData("* OR AND NOT")]
    [InlineData("   ")]
    public void Search_QueryWithFtsSyntax_NeverFails(string query)
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        store.AddArticles([MakeArticle("Not and or near the title.")]);

        var exception = Record.Exception(() => store.Search(query, 10));

        Assert.Null(exception);
    }

    [Fact]
    public void Open_StoreFromBeforeSearch_IndexesItsExistingArticles()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Migrations.Steps[0] + """
                ; INSERT INTO articles (id, title, language, text, ingested_at) VALUES ('a1', 'Old', 'en', 'An older article about glaciers.', '2025-01-01');
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(DbPath, TimeProvider.System);

        Assert.Equal("a1", Assert.Single(store.Search("glaciers", 10)).ArticleId);
    }

    [Fact]
    public void OpenReader_WhileWriterAdds_SeesCommittedArticles()
    {
        using var writer = ArticleStore.Open(DbPath, TimeProvider.System);
        using var reader = ArticleStore.OpenReader(DbPath, TimeProvider.System);
        Assert.Empty(reader.Search("glacier", 10));

        writer.AddArticles([MakeArticle("The glacier retreated by forty metres.")]);

        Assert.Single(reader.Search("glacier", 10));
        Assert.Throws<SqliteException>(() => reader.AddArticles([MakeArticle("A reader cannot write.")]));
    }

    [Fact]
    public void OpenReader_StoreNotYetMigrated_FailsNamingTheFile()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0; CREATE TABLE t (x);";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => ArticleStore.OpenReader(DbPath, TimeProvider.System));

        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
