using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class ClusteringBenchCommandTests : IDisposable
{
    private const string Conll = "datasets/conll2003/eng.train";

    private readonly TempDirectory _temp = new();

    [SharedDataFact(Conll)]
    public async Task BenchClustering_SmallRun_ReportsSpeedMemoryAndQualityAsLastJsonLine()
    {
        var result = await CliRunner.RunAsync("bench", "clustering", "--articles", "400", "--seed", "2", "--data", SharedData.Path(Conll), "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        var figures = json.RootElement;
        Assert.Equal(400, figures.GetProperty("articles").GetInt32());
        Assert.Equal(2, figures.GetProperty("seed").GetInt32());
        foreach (var positive in new[] { "articlesPerSecond", "articlesPerCpuSecond", "baselineArticlesPerSecond", "ratioToBaseline", "peakWorkingSetMegabytes", "peakGcHeapMegabytes", "plantedDuplicates", "generateSeconds", "prepareSeconds", "placeSeconds" })
        {
            Assert.True(figures.GetProperty(positive).GetDouble() > 0, positive);
        }

        foreach (var share in new[] { "storyPrecision", "storyRecall", "storyF1", "duplicatePrecision", "duplicateRecall" })
        {
            Assert.InRange(figures.GetProperty(share).GetDouble(), 0.0, 1.0);
        }

        Assert.True(figures.GetProperty("garbageCollections").GetInt32() >= 0);
        Assert.True(figures.GetProperty("storySplits").GetInt32() >= 0);
        Assert.Contains("Quality against the plan", result.Out, StringComparison.Ordinal);
        Assert.Contains("placing thread: place", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchClustering_CorpusFileMissing_NamesItAndExitsNothingToDo()
    {
        var result = await CliRunner.RunAsync("bench", "clustering", "--articles", "10", "--data", _temp.File("no-such-eng.train"));

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("no-such-eng.train", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchClustering_ZeroArticles_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("bench", "clustering", "--articles", "0");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--articles", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
