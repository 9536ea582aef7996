using Microsoft.Data.Sqlite;
using Parallax.Articles;

namespace Parallax.Storage.Tests;

/// <summary>Dates inferred from a story are clustering's output and never its input.</summary>
public sealed class StoryInferredDatesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("parallax-dates-").FullName;

    private static readonly Article Undated = new()
    {
        Id = ArticleId.FromText("Harbour closed as the storm hit on Monday."),
        Title = "Harbour closed",
        Language = "en",
        Text = "Harbour closed as the storm hit on Monday.",
    };

    private static readonly Article DatedAtIngest = new()
    {
        Id = ArticleId.FromText("Ferries resumed on Wednesday."),
        Title = "Ferries resume",
        Language = "en",
        Text = "Ferries resumed on Wednesday.",
        Published = new DateOnly(2024, 1, 3),
        PublishedInferred = true,
        Sources = new MetadataSources { Published = MetadataSource.Dateline },
    };

    private static void Save(ArticleStore store, Dictionary<string, InferredPublication> inferred) =>
        store.SaveStories(
            [new StoryRecord("s-1", "Storm", 2, null, null)],
            [new StoryAssignment(Undated.Id, "s-1", null), new StoryAssignment(DatedAtIngest.Id, "s-1", null)],
            inferred);

    [Fact]
    public void LoadArticlesToCluster_DateInferredFromTheStory_IsLeftOutButIngestDatesStay()
    {
        using var store = ArticleStore.Open(Path.Combine(_directory, "test.db"), TimeProvider.System);
        store.AddArticles([Undated, DatedAtIngest]);
        Save(store, new() { [Undated.Id] = new(new DateOnly(2024, 1, 1), MetadataSource.SelfReference) });

        var toCluster = store.LoadArticlesToCluster().ToDictionary(a => a.Id);

        Assert.Equal(new DateOnly(2024, 1, 1), store.LoadArticles().Single(a => a.Id == Undated.Id).Published);
        Assert.Null(toCluster[Undated.Id].Published);
        Assert.Null(toCluster[Undated.Id].Sources.Published);
        Assert.Equal(DatedAtIngest.Published, toCluster[DatedAtIngest.Id].Published);
    }

    [Fact]
    public void SaveStories_StoryNoLongerInfersTheDate_TheOldInferenceIsDropped()
    {
        using var store = ArticleStore.Open(Path.Combine(_directory, "test.db"), TimeProvider.System);
        store.AddArticles([Undated, DatedAtIngest]);
        Save(store, new() { [Undated.Id] = new(new DateOnly(2024, 1, 1), MetadataSource.CrossArticleWeekday) });

        Save(store, []);

        var stored = store.LoadArticles().ToDictionary(a => a.Id);
        Assert.Null(stored[Undated.Id].Published);
        Assert.False(stored[Undated.Id].PublishedInferred);
        Assert.Equal(MetadataSource.Dateline, stored[DatedAtIngest.Id].Sources.Published);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
