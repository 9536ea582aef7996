using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class QuotesCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private async Task<string> DemoStoreAsync()
    {
        var db = _temp.File("store.db");
        await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", db, "--quiet");
        return db;
    }

    [Fact]
    public async Task Quotes_Json_EveryQuoteHasAStoryAndASpeaker()
    {
        var result = await CliRunner.RunAsync("quotes", "--db", await DemoStoreAsync(), "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var quotes = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            Assert.StartsWith("s-", q.GetProperty("storyId").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("speaker").GetProperty("name").GetString()));
        });
    }

    [Fact]
    public async Task Quotes_Speaker_FiltersByNameCaseInsensitively()
    {
        var db = await DemoStoreAsync();
        var all = await CliRunner.RunAsync("quotes", "--db", db, "--json");
        var filtered = await CliRunner.RunAsync("quotes", "--db", db, "--json", "--speaker", "elin marsh");

        using var allJson = JsonDocument.Parse(all.Out);
        using var json = JsonDocument.Parse(filtered.Out);
        var names = json.RootElement.EnumerateArray().Select(q => q.GetProperty("speaker").GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Equal("Elin Marsh", n));
        Assert.True(allJson.RootElement.GetArrayLength() > names.Count);
    }

    [Fact]
    public async Task Quotes_UnnamedSource_ShowsItsTypingInTheTable()
    {
        var result = await CliRunner.RunAsync("quotes", "--db", await DemoStoreAsync(), "--speaker", "senior");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("unnamed senior", result.Out, StringComparison.Ordinal);
        Assert.Contains("confidential", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_UnknownStory_ExitsNotFound()
    {
        var result = await CliRunner.RunAsync("quotes", "--db", await DemoStoreAsync(), "--story", "s-nope");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("s-nope", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_EmptyStore_SaysWhatToDo()
    {
        var result = await CliRunner.RunAsync("quotes", "--db", _temp.File("empty.db"));

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("parallax ingest", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
