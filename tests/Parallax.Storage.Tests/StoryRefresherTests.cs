using Microsoft.Data.Sqlite;
using Parallax.Articles;
using Parallax.Pipeline;

namespace Parallax.Storage.Tests;

/// <summary>Re-clustering with manual overrides, on <see cref="ThreeEvents"/>.</summary>
public sealed class StoryRefresherTests : IDisposable
{
    private static readonly Article[] Coverage = ThreeEvents.Coverage;

    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-stories-").FullName;
    private readonly CorpusAnalyzer _analyzer = new();

    private string DbPath => Path.Combine(_directory, "test.db");

    private static string IdOf(int index) => Coverage[index].Id;

    private ArticleStore OpenClustered()
    {
        var store = ArticleStore.Open(DbPath, TimeProvider.System);
        store.AddArticles(Coverage);
        StoryRefresher.Refresh(store, _analyzer);
        return store;
    }

    private static string StoryOf(ArticleStore store, int index) => store.LoadLayout().StoryOf(IdOf(index))!;

    private static string[] Snapshot(ArticleStore store) =>
        [.. store.LoadStories().Select(s => $"{s.Id}/{s.TopicId}/{s.ArticleCount}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Recluster_NothingChanged_KeepsTheSameIdsAndReportsNoChange()
    {
        using var store = OpenClustered();
        var before = Snapshot(store);

        var result = StoryRefresher.Recluster(store, _analyzer);

        Assert.Equal(3, result.StoryCount);
        Assert.Equal((0, 0), (result.StoriesChanged, result.TopicsChanged));
        Assert.Equal(before, Snapshot(store));
    }

    [Fact]
    public void Recluster_AfterMerge_MergedArticlesStayTogetherUnderTheFirstStorysId()
    {
        using var store = OpenClustered();
        var ferry = StoryOf(store, 0);
        var frost = StoryOf(store, 2);

        var merged = StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, ferry, frost));
        var again = StoryRefresher.Recluster(store, _analyzer);

        Assert.Equal(2, merged.StoriesChanged);
        Assert.Equal(0, again.StoriesChanged);
        Assert.Equal(1, again.OverridesApplied);
        Assert.All([0, 1, 2, 3], i => Assert.Equal(ferry, StoryOf(store, i)));
        Assert.DoesNotContain(store.LoadStories(), s => s.Id == frost);
    }

    [Fact]
    public void Recluster_MergeThenSplit_SplitArticlesStayApartFromTheRest()
    {
        using var store = OpenClustered();
        var ferry = StoryOf(store, 0);
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, ferry, StoryOf(store, 4)));

        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Split(store, ferry, [IdOf(5)]));
        StoryRefresher.Recluster(store, _analyzer);

        Assert.Equal(ferry, StoryOf(store, 4));
        Assert.NotEqual(ferry, StoryOf(store, 5));
        Assert.Equal("s-" + IdOf(5), StoryOf(store, 5));
        var split = Assert.Single(store.LoadStories(), s => s.Id == StoryOf(store, 5));
        Assert.Equal(1, split.ArticleCount);
    }

    [Fact]
    public void Refresh_AfterIngestingMore_StillHonoursTheOverrides()
    {
        using var store = OpenClustered();
        var ferry = StoryOf(store, 0);
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, ferry, StoryOf(store, 4)));

        store.AddArticles([ThreeEvents.Report("Kellby harbour reopens", "Kellby harbour reopened on Thursday after salvage tugs refloated the ferry Aurelia from the sandbank.", new DateOnly(2030, 1, 10))]);
        StoryRefresher.Refresh(store, _analyzer);

        Assert.Equal(ferry, StoryOf(store, 5));
        Assert.Equal(ferry, StoryOf(store, 4));
    }

    [Fact]
    public void Merge_UnknownStory_ThrowsNamingTheIdAndLeavesTheStoreUnchanged()
    {
        using var store = OpenClustered();
        var before = Snapshot(store);

        var error = Assert.Throws<StoryEditException>(() => StoryEdits.Merge(store, StoryOf(store, 0), "s-nosuchstory"));

        Assert.Equal(StoryEditError.NotFound, error.Error);
        Assert.Equal("s-nosuchstory", error.Id);
        Assert.Contains("s-nosuchstory", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(store));
        Assert.Empty(store.LoadOverrides());
    }

    [Fact]
    public void Split_ArticleOfAnotherStory_ThrowsNamingTheArticle()
    {
        using var store = OpenClustered();

        var error = Assert.Throws<StoryEditException>(() => StoryEdits.Split(store, StoryOf(store, 0), [IdOf(1), IdOf(2)]));

        Assert.Equal(IdOf(2), error.Id);
        Assert.Empty(store.LoadOverrides());
    }

    [Fact]
    public void Split_EveryArticle_IsRefusedAsInvalid()
    {
        using var store = OpenClustered();

        var error = Assert.Throws<StoryEditException>(() => StoryEdits.Split(store, StoryOf(store, 0), [IdOf(0), IdOf(1)]));

        Assert.Equal(StoryEditError.Invalid, error.Error);
    }

    [Fact]
    public void Recluster_OverrideNamingADeletedArticle_ReportsItAndAppliesTheRest()
    {
        using var store = OpenClustered();
        var ferry = StoryOf(store, 0);
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, ferry, StoryOf(store, 4)));
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM entity_articles WHERE article_id = $id; DELETE FROM articles WHERE id = $id;";
            delete.Parameters.AddWithValue("$id", IdOf(5));
            delete.ExecuteNonQuery();
        }

        var result = StoryRefresher.Recluster(store, _analyzer);

        var stale = Assert.Single(result.StaleOverrides);
        Assert.Equal([IdOf(5)], stale.MissingArticleIds);
        Assert.Equal(ferry, StoryOf(store, 4));
    }

    [Fact]
    public void Open_StoreFromBeforeTopics_GivesEachStoryItsOwnTopic()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = Migrations.Steps[0] + Migrations.Steps[1] + Migrations.Steps[2] + """
                PRAGMA user_version = 3;
                INSERT INTO stories (id, headline, article_count) VALUES ('s-0011223344556677', 'Old story', 1);
                INSERT INTO articles (id, title, language, text, ingested_at, story_id) VALUES ('0011223344556677', 'Old story', 'en', 'Some text.', '2030-01-01', 's-0011223344556677');
                """;
            command.ExecuteNonQuery();
        }

        using var store = ArticleStore.Open(DbPath, TimeProvider.System);

        Assert.Equal(Migrations.Steps.Count, store.SchemaVersion);
        Assert.Equal("t-0011223344556677", Assert.Single(store.LoadStories()).TopicId);
        var topic = Assert.Single(store.LoadTopics());
        Assert.Equal(("t-0011223344556677", "Old story", 1), (topic.Id, topic.Headline, topic.StoryCount));
        Assert.Empty(store.LoadOverrides());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
