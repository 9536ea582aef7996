using Parallax.Web.Corpus;
using Parallax.Web.Stories;

namespace Parallax.Web.Tests.Corpus;

public sealed class CorpusCacheTests : IDisposable
{
    private readonly EmptyWebStore _store = new();

    [Fact]
    public async Task Current_AnotherProcessIngests_NextRequestSeesTheNewStories()
    {
        var before = await _store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");

        // 'parallax ingest' writes through its own connection, as a second process would.
        var ingest = await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", _store.Database, "--quiet");
        var after = await _store.GetJsonAsync<PageOf<StorySummary>>("/api/stories");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, before.Total);
        Assert.True(after.Total >= 2);
    }

    public void Dispose() => _store.Dispose();
}
