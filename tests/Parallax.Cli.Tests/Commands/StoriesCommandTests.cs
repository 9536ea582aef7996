using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class StoriesCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Stories_AfterIngestingDemo_ListsTheEventAndTheUnrelatedReportApart()
    {
        var db = _temp.File("store.db");
        await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", db, "--quiet");

        var result = await CliRunner.RunAsync("stories", "--db", db, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var counts = json.RootElement.EnumerateArray().Select(s => s.GetProperty("articleCount").GetInt32()).Order().ToArray();
        Assert.Equal([1, 4], counts);
    }

    [Fact]
    public async Task Stories_TextFormat_DrawsATable()
    {
        var db = _temp.File("store.db");
        await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", db, "--quiet");

        var result = await CliRunner.RunAsync("stories", "--db", db);

        Assert.Contains("│ Story", result.Out, StringComparison.Ordinal);
        Assert.Contains("Lindau regatta postponed by storm", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_EmptyStore_SaysWhatToDo()
    {
        var result = await CliRunner.RunAsync("stories", "--db", _temp.File("empty.db"));

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("parallax ingest", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stories_StoreFileMissing_NamesItAndLeavesNoFileBehind()
    {
        var path = _temp.File("typo.db");

        var result = await CliRunner.RunAsync("stories", "--db", path);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    public void Dispose() => _temp.Dispose();
}
