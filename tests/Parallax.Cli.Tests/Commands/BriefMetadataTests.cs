using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

/// <summary>Authors and metadata sources survive ingest and storage and reach every briefing format.</summary>
public sealed class BriefMetadataTests : IDisposable
{
    private static readonly string Demo = Path.Combine(SharedData.RepositoryRoot, "samples", "demo");

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Brief_DemoAsJson_ListsAuthorsAndMetadataSources()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--format", "json", "--quiet");

        using var json = JsonDocument.Parse(result.Out);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var bylined = Assert.Single(articles, a => a.GetProperty("authors").GetArrayLength() > 0);
        Assert.Equal(["Tomas Reyes"], bylined.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("byline", bylined.GetProperty("metadataSources").GetProperty("authors").GetString());
        Assert.All(articles, a => Assert.NotNull(a.GetProperty("metadataSources").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Brief_IngestedTwice_AuthorsListedOnce()
    {
        var db = _temp.File("store.db");
        await CliRunner.RunAsync("ingest", Demo, "--db", db, "--quiet");
        await CliRunner.RunAsync("ingest", Demo, "--db", db, "--quiet");

        var result = await CliRunner.RunAsync("brief", "--db", db, "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var authors = json.RootElement.GetProperty("articles").EnumerateArray().SelectMany(a => a.GetProperty("authors").EnumerateArray()).Select(a => a.GetString());
        Assert.Equal(["Tomas Reyes"], authors);
    }

    [Fact]
    public async Task Brief_Markdown_SourceListShowsAuthors()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--format", "markdown", "--quiet");

        var sources = result.Out.Split('\n').Where(line => line.StartsWith("- `", StringComparison.Ordinal));
        Assert.Single(sources, line => line.Contains(", by Tomas Reyes,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Brief_Text_SourceTableHasAuthorsColumn()
    {
        var result = await CliRunner.RunAsync("brief", Demo, "--db", ":memory:", "--quiet");

        Assert.Contains("Authors", result.Out, StringComparison.Ordinal);
        Assert.Contains("Tomas Reyes", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
