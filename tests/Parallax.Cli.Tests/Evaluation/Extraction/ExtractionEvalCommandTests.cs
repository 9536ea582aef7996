using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parallax.Cli.Tests.Evaluation.Extraction;

public sealed class ExtractionEvalCommandTests : IDisposable
{
    private const string Body =
        "The regional council voted on Thursday to keep the night ferry running through the winter months.\n\n"
        + "Councillors said that the service, which carries about two hundred passengers a night, was essential for shift workers.";

    private readonly TempDirectory _temp = new();

    private string Dataset()
    {
        var paragraphs = string.Concat(Body.Split("\n\n").Select(p => $"<p>{p}</p>"));
        WriteGzip(_temp.File("data/html/page-1.html.gz"), $"<html><head><title>Ferry</title></head><body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article></body></html>");
        WriteGzip(_temp.File("data/html/page-2.html.gz"), "<html><body><nav><a href='/'>Home</a></nav></body></html>");
        var gold = new Dictionary<string, object> { ["page-1"] = new { articleBody = Body }, ["page-2"] = new { articleBody = "Something else entirely here" } };
        File.WriteAllText(_temp.File("data/ground-truth.json"), JsonSerializer.Serialize(gold));
        return Path.Combine(_temp.Path, "data");
    }

    [Fact]
    public async Task EvalExtraction_Json_LastLineHasTheFigures()
    {
        var result = await CliRunner.RunAsync("eval", "extraction", "--data", Dataset(), "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        var figures = json.RootElement;
        Assert.Equal(2, figures.GetProperty("pages").GetInt32());
        Assert.Equal(0.5, figures.GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, figures.GetProperty("precision").GetDouble());
        Assert.True(figures.GetProperty("pagesPerSecond").GetDouble() > 0);
        Assert.True(figures.TryGetProperty("f1", out _) && figures.TryGetProperty("recall", out _));
    }

    [Fact]
    public async Task EvalExtraction_Predictions_WritesBodiesByPageId()
    {
        var output = Path.Combine(_temp.Path, "predictions");

        await CliRunner.RunAsync("eval", "extraction", "--data", Dataset(), "--predictions", output);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "parallax.json")));
        Assert.Equal(Body, json.RootElement.GetProperty("page-1").GetProperty("articleBody").GetString());
        Assert.Equal(string.Empty, json.RootElement.GetProperty("page-2").GetProperty("articleBody").GetString());
    }

    [Fact]
    public async Task EvalExtraction_MissingDirectory_FailsWithOneLineNamingIt()
    {
        var missing = Path.Combine(_temp.Path, "nowhere");

        var result = await CliRunner.RunAsync("eval", "extraction", "--data", missing);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalExtraction_GoldIdWithoutPage_FailsNamingTheId()
    {
        var data = Dataset();
        File.Delete(Path.Combine(data, "html", "page-2.html.gz"));

        var result = await CliRunner.RunAsync("eval", "extraction", "--data", data);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("page-2", result.Error, StringComparison.Ordinal);
    }

    [SharedDataFact("datasets/article-extraction-benchmark")]
    public async Task EvalExtraction_Benchmark_StaysAboveReadabilityJs()
    {
        var result = await CliRunner.RunAsync("eval", "extraction", "--data", SharedData.Path("datasets/article-extraction-benchmark"), "--json");

        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.True(json.RootElement.GetProperty("f1").GetDouble() >= 0.95, result.Out);
    }

    public void Dispose() => _temp.Dispose();

    private static void WriteGzip(string path, string html)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(html));
    }
}
