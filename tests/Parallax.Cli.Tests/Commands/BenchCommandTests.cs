using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class BenchCommandTests : IDisposable
{
    private const string EcbPlus = "datasets/ecbplus/ECB+";

    private readonly TempDirectory _temp = new();

    [SharedDataFact(EcbPlus)]
    public async Task BenchPipeline_WithLimit_ReportsFiguresForThatManyArticlesAsLastJsonLine()
    {
        var result = await CliRunner.RunAsync("bench", "pipeline", "--data", SharedData.Path(EcbPlus), "--limit", "12", "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        var figures = json.RootElement;
        Assert.Equal(12, figures.GetProperty("articles").GetInt32());
        Assert.True(figures.GetProperty("articlesPerSecond").GetDouble() > 0);
        Assert.True(figures.GetProperty("ratioToBaseline").GetDouble() > 0);
        Assert.True(figures.GetProperty("peakWorkingSetMegabytes").GetDouble() > 0);
        Assert.Contains("story clustering", result.Out, StringComparison.Ordinal);
        Assert.Contains("briefings", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchPipeline_DataFolderMissing_NamesItAndExitsNothingToDo()
    {
        var missing = _temp.File("no-such-folder");

        var result = await CliRunner.RunAsync("bench", "pipeline", "--data", missing);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("no-such-folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchPipeline_FolderWithoutDocuments_SaysWhatLayoutIsExpected()
    {
        var empty = _temp.File("empty");
        Directory.CreateDirectory(empty);

        var result = await CliRunner.RunAsync("bench", "pipeline", "--data", empty);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("<topic>/<doc>.xml", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
