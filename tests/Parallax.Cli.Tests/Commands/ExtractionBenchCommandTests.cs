using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

public sealed class ExtractionBenchCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string TinyBenchmark()
    {
        const string Html = "<html><body><article><p>The old stone bridge in Veloria reopened on Tuesday after engineers finished their repairs, the governor said.</p></article></body></html>";
        Directory.CreateDirectory(_temp.File("data/html"));
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(_temp.File("data/html/p1.html.gz")), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(Html));
        }

        _temp.File("data/ground-truth.json", "{\"p1\": {\"articleBody\": \"The old stone bridge in Veloria reopened on Tuesday after engineers finished their repairs, the governor said.\"}}");
        return _temp.File("data");
    }

    [Fact]
    public async Task BenchExtraction_BaselineMissing_StillReportsParallaxAndSaysWhy()
    {
        var result = await CliRunner.RunAsync("bench", "extraction", "--data", TinyBenchmark(), "--baseline", _temp.File("no-baseline"), "--json");

        Assert.Equal(ExitCodes.SomeInputsFailed, result.ExitCode);
        Assert.Contains("run.mjs not found", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.True(json.RootElement.GetProperty("pagesPerSecond").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ratio").ValueKind);
    }

    [Fact]
    public async Task BenchExtraction_DataMissing_NamesIt()
    {
        var result = await CliRunner.RunAsync("bench", "extraction", "--data", _temp.File("nothing-here"));

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("nothing-here", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
