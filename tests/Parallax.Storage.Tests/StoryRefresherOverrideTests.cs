using Microsoft.Data.Sqlite;
using Parallax.Articles;
using Parallax.Pipeline;

namespace Parallax.Storage.Tests;

/// <summary>Removing overrides, idempotent re-clustering and all-or-nothing saves, on <see cref="ThreeEvents"/>.</summary>
public sealed class StoryRefresherOverrideTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static readonly Article[] Coverage = ThreeEvents.Coverage;

    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-overrides-").FullName;
    private readonly CorpusAnalyzer _analyzer = new();

    private string DbPath => Path.Combine(_directory, "test.db");

    private ArticleStore OpenClustered()
    {
        var store = ArticleStore.Open(DbPath, new FixedClock(Now));
        store.AddArticles(Coverage);
        StoryRefresher.Refresh(store, _analyzer);
        return store;
    }

    private static string StoryOf(ArticleStore store, int index) => store.LoadLayout().StoryOf(Coverage[index].Id)!;

    /// <summary>Every row the clustering writes, to compare the store before and after.</summary>
    private string Dump()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT 'story ' || id || ' ' || headline || ' ' || article_count || ' ' || ifnull(topic_id, '') FROM stories
            UNION ALL SELECT 'topic ' || id || ' ' || headline || ' ' || story_count FROM topics
            UNION ALL SELECT 'article ' || id || ' ' || ifnull(story_id, '') || ' ' || ifnull(duplicate_of, '') || ' ' || ifnull(published, '') FROM articles
            UNION ALL SELECT 'override ' || id || ' ' || kind || ' ' || story_id || ' ' || created_at FROM story_overrides
            UNION ALL SELECT 'entity ' || id || ' ' || name || ' ' || mention_count FROM entities
            ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return string.Join('\n', rows);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Recluster_TwiceWithOverrides_SecondRunChangesNoRow()
    {
        using var store = OpenClustered();
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, StoryOf(store, 0), StoryOf(store, 4)));
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Split(store, StoryOf(store, 0), [Coverage[5].Id]));
        StoryRefresher.Recluster(store, _analyzer);
        var before = Dump();

        var again = StoryRefresher.Recluster(store, _analyzer);

        Assert.Equal(before, Dump());
        Assert.Equal((0, 0, 0), (again.StoriesChanged, again.TopicsChanged, again.ArticlesMoved));
        Assert.Equal((again.StoriesBefore, again.TopicsBefore), (again.StoryCount, again.TopicCount));
        Assert.Empty(again.StaleOverrides);
    }

    [Fact]
    public void Recluster_RemovingAMerge_ArticlesGoBackToTheirOwnStory()
    {
        using var store = OpenClustered();
        var (ferry, frost) = (StoryOf(store, 0), StoryOf(store, 2));
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, ferry, frost));
        var merge = Assert.Single(store.LoadOverrides());

        var result = StoryRefresher.Recluster(store, _analyzer, removeOverride: merge.Override.Sequence);

        Assert.Empty(store.LoadOverrides());
        Assert.Equal(frost, StoryOf(store, 2));
        Assert.Equal(ferry, StoryOf(store, 0));
        Assert.Equal((2, 3, 2), (result.StoriesBefore, result.StoryCount, result.ArticlesMoved));
    }

    [Fact]
    public void Recluster_RemovingAnUnknownOverride_ThrowsNotFoundNamingItAndChangesNothing()
    {
        using var store = OpenClustered();
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, StoryOf(store, 0), StoryOf(store, 2)));
        var before = Dump();

        var error = Assert.Throws<StoryEditException>(() => StoryRefresher.Recluster(store, _analyzer, removeOverride: 4242));

        Assert.Equal((StoryEditError.NotFound, "4242"), (error.Error, error.Id));
        Assert.Contains("4242", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Dump());
    }

    [Fact]
    public void Recluster_SaveFailsMidway_StoreAndOverridesUnchanged()
    {
        using var store = OpenClustered();
        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, StoryOf(store, 0), StoryOf(store, 2)));
        var merge = Assert.Single(store.LoadOverrides()).Override.Sequence;
        var before = Dump();
        // Topics are written after the stories were cleared, so the failure comes mid-way through the save.
        Execute("CREATE TRIGGER fail_topics BEFORE INSERT ON topics BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
        var split = StoryEdits.Split(store, StoryOf(store, 4), [Coverage[5].Id]);

        var withNew = Assert.Throws<StoreException>(() => StoryRefresher.Recluster(store, _analyzer, newOverride: split));
        Assert.Throws<StoreException>(() => StoryRefresher.Recluster(store, _analyzer, removeOverride: merge));

        Assert.Contains("injected failure", withNew.Message, StringComparison.Ordinal);
        Assert.Equal(before, Dump());
    }

    [Fact]
    public void LoadOverrides_AfterAMerge_RecordsTheStoresClock()
    {
        using var store = OpenClustered();

        StoryRefresher.Recluster(store, _analyzer, newOverride: StoryEdits.Merge(store, StoryOf(store, 0), StoryOf(store, 2)));

        Assert.Equal(Now, Assert.Single(store.LoadOverrides()).RecordedAt);
        Assert.Equal("holds", Assert.Single(store.CheckOverrides()).StatusName);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
