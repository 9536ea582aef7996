using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class EntitiesCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private async Task<string> IngestDemo()
    {
        var db = _temp.File("store.db");
        await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", db, "--quiet");
        return db;
    }

    [Fact]
    public async Task Entities_QueryByAlias_FindsTheMinisterSpelledThreeWaysAsOneEntity()
    {
        var db = await IngestDemo();

        var result = await CliRunner.RunAsync("entities", "qadiri", "--db", db, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var minister = Assert.Single(json.RootElement.EnumerateArray());
        var aliases = minister.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Contains(aliases, a => a.Contains("Qadiri", StringComparison.Ordinal));
        Assert.Contains(aliases, a => a.Contains("Kadiri", StringComparison.Ordinal));
        Assert.Contains(aliases, a => a.Contains("Gadiri", StringComparison.Ordinal));
        Assert.Equal("Person", minister.GetProperty("type").GetString());
        Assert.True(minister.GetProperty("articleCount").GetInt32() >= 3);
        Assert.NotEmpty(minister.GetProperty("roles").EnumerateArray());
    }

    [Fact]
    public async Task Entities_Json_EveryRoleCarriesArticlesOfTheEntity()
    {
        var db = await IngestDemo();

        var result = await CliRunner.RunAsync("entities", "qadiri", "--db", db, "--json");

        using var json = JsonDocument.Parse(result.Out);
        var minister = Assert.Single(json.RootElement.EnumerateArray());
        var roles = minister.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList();
        var stated = minister.GetProperty("statedRoles").EnumerateArray().ToList();
        Assert.Equal(roles, stated.Select(r => r.GetProperty("role").GetString()));
        Assert.All(stated, r => Assert.NotEmpty(r.GetProperty("articleIds").EnumerateArray()));
    }

    [Fact]
    public async Task Entities_Table_ListsTheArticlesStatingARole()
    {
        var db = await IngestDemo();

        var result = await CliRunner.RunAsync("entities", "qadiri", "--db", db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("(in ", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_NoQuery_DrawsATableOfAllEntities()
    {
        var db = await IngestDemo();

        var result = await CliRunner.RunAsync("entities", "--db", db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("│ Entity", result.Out, StringComparison.Ordinal);
        Assert.Contains("Elin Marsh", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_QueryByDemonym_FindsThePlaceWithItsDemonym()
    {
        var db = _temp.File("demonyms.db");
        var folder = System.IO.Path.GetDirectoryName(_temp.File(System.IO.Path.Combine("corpus", "report.txt"),
            "Convoy reaches the border\n\nIraqi officials said the convoy reached the border on Sunday. "
            + "The convoy then crossed into Iraq at dawn, according to the ministry.\n"))!;
        await CliRunner.RunAsync("ingest", folder, "--db", db, "--quiet");

        var result = await CliRunner.RunAsync("entities", "Iraqi", "--db", db, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var place = Assert.Single(json.RootElement.EnumerateArray(), e => e.GetProperty("name").GetString() == "Iraq");
        var demonym = Assert.Single(place.GetProperty("demonyms").EnumerateArray());
        Assert.Equal("Iraqi", demonym.GetProperty("demonym").GetString());
        Assert.Single(demonym.GetProperty("articleIds").EnumerateArray());
        var table = await CliRunner.RunAsync("entities", "Iraq", "--db", db);
        Assert.Contains("│ Demonyms", table.Out, StringComparison.Ordinal);
        Assert.Contains("Iraqi (in ", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_QueryMatchingNothing_NotFound()
    {
        var db = await IngestDemo();

        var result = await CliRunner.RunAsync("entities", "zzzz-nobody", "--db", db);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("zzzz-nobody", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
