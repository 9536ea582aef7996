using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Parallax.Cli.Tests.Commands;

/// <summary>
/// `parallax story overrides [remove]`, `recluster`'s report and stale-override warnings, on the
/// demo corpus (two stories: four reports of one event, one unrelated).
/// </summary>
public sealed class StoryOverridesCommandTests : IDisposable
{
    private static readonly string Demo = Path.Combine(SharedData.RepositoryRoot, "samples", "demo");

    private readonly TempDirectory _temp = new();

    /// <summary>The demo ingested, its small story merged into the big one: returns the store and both story ids.</summary>
    private async Task<(string Db, string Big, string Small)> MergedAsync()
    {
        var db = _temp.File("store.db");
        var ingest = await CliRunner.RunAsync("ingest", Demo, "--db", db, "--quiet");
        Assert.True(ingest.ExitCode == ExitCodes.Success, ingest.Error);
        using var stories = JsonDocument.Parse((await CliRunner.RunAsync("stories", "--db", db, "--json")).Out);
        var ids = stories.RootElement.EnumerateArray().OrderByDescending(s => s.GetProperty("articleCount").GetInt32()).Select(s => s.GetProperty("id").GetString()!).ToList();
        var merge = await CliRunner.RunAsync("story", "merge", ids[0], ids[1], "--db", db, "--quiet");
        Assert.True(merge.ExitCode == ExitCodes.Success, merge.Error);
        return (db, ids[0], ids[1]);
    }

    private static async Task<JsonElement[]> OverridesAsync(string db)
    {
        var result = await CliRunner.RunAsync("story", "overrides", "--db", db, "--json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonElement LastLineJson(string output) =>
        JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();

    /// <summary>Deletes an article behind Parallax's back, as an older store or a hand edit might.</summary>
    private static void DeleteArticle(string db, string articleId)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM entity_articles WHERE article_id = $id; DELETE FROM entity_role_articles WHERE article_id = $id;
            DELETE FROM entity_demonyms WHERE article_id = $id; DELETE FROM articles WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$id", articleId);
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Overrides_AfterMerge_ListsItWithArticlesTimeAndStatus()
    {
        var (db, big, small) = await MergedAsync();

        var merge = Assert.Single(await OverridesAsync(db));

        Assert.Equal("merge", merge.GetProperty("kind").GetString());
        Assert.Equal(big, merge.GetProperty("storyId").GetString());
        Assert.Equal(small, "s-" + Assert.Single(merge.GetProperty("movedArticleIds").EnumerateArray()).GetString());
        Assert.Equal(4, merge.GetProperty("keptArticleIds").GetArrayLength());
        Assert.True(merge.GetProperty("recordedAt").TryGetDateTimeOffset(out _));
        Assert.Equal("holds", merge.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Overrides_Table_ShowsIdKindAndStatus()
    {
        var (db, big, _) = await MergedAsync();

        var result = await CliRunner.RunAsync("story", "overrides", "--db", db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("│ 1 ", result.Out, StringComparison.Ordinal);
        Assert.Contains(big, result.Out, StringComparison.Ordinal);
        Assert.Contains("holds", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverridesRemove_Merge_BothStoriesComeBackAndTheOverrideIsGone()
    {
        var (db, big, small) = await MergedAsync();

        var result = await CliRunner.RunAsync("story", "overrides", "remove", "1", "--db", db);

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains("Removed override 1 (merge on " + big, result.Out, StringComparison.Ordinal);
        Assert.Contains("1 -> 2 stories", result.Out, StringComparison.Ordinal);
        Assert.Empty(await OverridesAsync(db));
        var stories = (await CliRunner.RunAsync("stories", "--db", db, "--json")).Out;
        Assert.Contains(small, stories, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverridesRemove_UnknownId_ExitsNotFoundNamingItAndChangesNothing()
    {
        var (db, _, _) = await MergedAsync();
        var before = (await CliRunner.RunAsync("stories", "--db", db, "--json")).Out;

        var result = await CliRunner.RunAsync("story", "overrides", "remove", "77", "--db", db);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("No override 77", result.Error, StringComparison.Ordinal);
        Assert.Single(await OverridesAsync(db));
        Assert.Equal(before, (await CliRunner.RunAsync("stories", "--db", db, "--json")).Out);
    }

    [Fact]
    public async Task OverridesRemove_NotANumber_ExitsUsage()
    {
        var result = await CliRunner.RunAsync("story", "overrides", "remove", "first", "--db", _temp.File("any.db"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task Recluster_TwiceInARow_SecondRunIsANoOp()
    {
        var (db, _, _) = await MergedAsync();
        await CliRunner.RunAsync("recluster", "--db", db);
        var before = (await CliRunner.RunAsync("brief", "--db", db, "--format", "json")).Out;

        var result = await CliRunner.RunAsync("recluster", "--db", db, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var report = LastLineJson(result.Out);
        Assert.Equal(JsonValueKind.Object, report.ValueKind);
        Assert.Equal((1, 1), (report.GetProperty("storiesBefore").GetInt32(), report.GetProperty("stories").GetInt32()));
        Assert.Equal(0, report.GetProperty("storiesChanged").GetInt32() + report.GetProperty("topicsChanged").GetInt32() + report.GetProperty("articlesMoved").GetInt32());
        Assert.Equal(0, report.GetProperty("staleOverrides").GetArrayLength());
        Assert.Equal(before, (await CliRunner.RunAsync("brief", "--db", db, "--format", "json")).Out);
    }

    [Fact]
    public async Task Recluster_OverrideNamingADeletedArticle_OneWarningLineNamingTheOverride()
    {
        var (db, _, small) = await MergedAsync();
        DeleteArticle(db, small[2..]);

        var result = await CliRunner.RunAsync("recluster", "--db", db, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var warning = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Contains("override 1 (merge", warning, StringComparison.Ordinal);
        Assert.Contains(small[2..], warning, StringComparison.Ordinal);
        var stale = Assert.Single(LastLineJson(result.Out).GetProperty("staleOverrides").EnumerateArray());
        Assert.Equal(("void", 1), (stale.GetProperty("status").GetString(), stale.GetProperty("id").GetInt32()));
        Assert.Equal("void", Assert.Single(await OverridesAsync(db)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ingest_QuietWithAStaleOverride_StillWarnsOnceNamingIt()
    {
        var (db, _, small) = await MergedAsync();
        DeleteArticle(db, small[2..]);

        var result = await CliRunner.RunAsync("ingest", Path.Combine(Demo, "harbour-herald.txt"), "--db", db, "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var warning = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warning: override 1 (merge", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recluster_StoreRefusesTheWrite_ExitsStoreErrorAndLeavesTheStoreAsItWas()
    {
        var (db, _, _) = await MergedAsync();
        var before = (await CliRunner.RunAsync("brief", "--db", db, "--format", "json")).Out;
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER fail_topics BEFORE INSERT ON topics BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";
            command.ExecuteNonQuery();
        }

        var result = await CliRunner.RunAsync("story", "overrides", "remove", "1", "--db", db);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Contains("nothing was changed", result.Error, StringComparison.Ordinal);
        Assert.Single(await OverridesAsync(db));
        Assert.Equal(before, (await CliRunner.RunAsync("brief", "--db", db, "--format", "json")).Out);
    }

    public void Dispose() => _temp.Dispose();
}
