using Microsoft.Data.Sqlite;
using Parallax.Articles;

namespace Parallax.Storage.Tests;

public sealed class ArticleMetadataColumnsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-store-").FullName;

    private string DbPath => Path.Combine(_directory, "test.db");

    private static Article MakeArticle(string text) => new()
    {
        Id = ArticleId.FromText(text),
        Title = "Telescope back",
        Language = "en",
        Text = text,
        Published = new DateOnly(2021, 7, 26),
        PublishedAt = new DateTimeOffset(2021, 7, 26, 14, 5, 0, TimeSpan.FromHours(2)),
        Authors = ["Mira Kallas", "Ade Okafor"],
        Sources = new MetadataSources
        {
            Title = MetadataSource.OpenGraph,
            Published = MetadataSource.JsonLd,
            Authors = MetadataSource.JsonLd,
            Outlet = MetadataSource.UrlHost,
            Url = MetadataSource.LinkElement,
            Language = MetadataSource.Detector,
        },
    };

    [Fact]
    public void LoadArticles_Reopened_KeepsAuthorsInOrderSourcesAndInstant()
    {
        var article = MakeArticle("Engineers restarted the telescope.");
        using (var store = ArticleStore.Open(DbPath, TimeProvider.System))
        {
            store.AddArticles([article]);
        }

        using var reopened = ArticleStore.Open(DbPath, TimeProvider.System);
        var loaded = Assert.Single(reopened.LoadArticles());
        Assert.Equal(["Mira Kallas", "Ade Okafor"], loaded.Authors);
        Assert.Equal(article.Sources, loaded.Sources);
        Assert.Equal(article.PublishedAt, loaded.PublishedAt);
    }

    [Fact]
    public void AddArticles_SameArticleTwice_AuthorsStoredOnce()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var article = MakeArticle("Engineers restarted the telescope.");

        store.AddArticles([article]);
        Assert.Equal(0, store.AddArticles([article with { Authors = ["Someone Else"] }]));

        Assert.Equal(["Mira Kallas", "Ade Okafor"], Assert.Single(store.LoadArticles()).Authors);
        Assert.Equal(2L, Count("SELECT count(*) FROM article_authors"));
    }

    [Fact]
    public void LoadArticles_NoAuthorsNoSources_EmptyAndNull()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        store.AddArticles([MakeArticle("Plain.") with { Authors = [], Sources = MetadataSources.None, PublishedAt = null }]);

        var loaded = Assert.Single(store.LoadArticles());
        Assert.Empty(loaded.Authors);
        Assert.Equal(MetadataSources.None, loaded.Sources);
        Assert.Null(loaded.PublishedAt);
    }

    [Fact]
    public void LoadArticles_UnknownSourceName_ReadsAsNull()
    {
        using (var store = ArticleStore.Open(DbPath, TimeProvider.System))
        {
            store.AddArticles([MakeArticle("Engineers restarted the telescope.")]);
        }

        Execute("UPDATE articles SET title_source = 'SomethingNewer'");
        using var reopened = ArticleStore.Open(DbPath, TimeProvider.System);
        var loaded = Assert.Single(reopened.LoadArticles());
        Assert.Null(loaded.Sources.Title);
        Assert.Equal(MetadataSource.JsonLd, loaded.Sources.Published);
    }

    [Fact]
    public void SaveStories_InferredDate_RecordsHowItWasInferred()
    {
        using var store = ArticleStore.Open(DbPath, TimeProvider.System);
        var undated = MakeArticle("Harbour closed as storm hits.") with { Published = null, Sources = MetadataSources.None };
        store.AddArticles([undated]);

        store.SaveStories([new StoryRecord("s-1", "Storm", 1, null, null)], [new StoryAssignment(undated.Id, "s-1", null)], new Dictionary<string, InferredPublication> { [undated.Id] = new(new DateOnly(2024, 1, 2), MetadataSource.CrossArticleWeekday) });

        Assert.Equal(MetadataSource.CrossArticleWeekday, Assert.Single(store.LoadArticles()).Sources.Published);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
