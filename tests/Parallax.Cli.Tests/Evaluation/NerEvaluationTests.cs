using System.Text.Json;

namespace Parallax.Cli.Tests.Evaluation;

public sealed class NerEvaluationTests : IDisposable
{
    // IOB1 gold, as the original CoNLL-2003 files have it: I- starts a chunk after O.
    private const string Sample = """
        -DOCSTART- -X- O O

        Prime NNP I-NP O
        Minister NNP I-NP O
        Joe NNP I-NP I-PER
        Biden NNP I-NP I-PER
        visited VBD I-VP O
        Paris NNP I-NP I-LOC
        . . O O

        """;

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task EvalNer_SmallFile_PrintsFiguresWithJsonLast()
    {
        var data = _temp.File("sample.conll");
        await File.WriteAllTextAsync(data, Sample);

        var result = await CliRunner.RunAsync("eval", "ner", "--data", data, "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        foreach (var field in new[] { "f1", "precision", "recall", "tokensPerSecond" })
        {
            Assert.True(json.RootElement.GetProperty(field).GetDouble() > 0, field);
        }

        Assert.Equal(2, json.RootElement.GetProperty("phrases").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("tokens").GetInt32());
    }

    [Fact]
    public async Task EvalNer_Predictions_AppendsOneTagColumnToEveryTokenLine()
    {
        var data = _temp.File("sample.conll");
        await File.WriteAllTextAsync(data, Sample);
        var output = _temp.File("out");

        await CliRunner.RunAsync("eval", "ner", "--data", data, "--predictions", output);

        var lines = await File.ReadAllLinesAsync(Path.Combine(output, "predictions.conll"));
        var input = Sample.Split('\n');
        Assert.Equal(input.Length - 1, lines.Length);
        Assert.Equal("-DOCSTART- -X- O O", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.All(lines.Where(l => l.Length > 0 && !l.StartsWith("-DOCSTART-", StringComparison.Ordinal)), l => Assert.Equal(5, l.Split(' ').Length));
        Assert.StartsWith("Joe NNP I-NP I-PER ", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalNer_MissingFile_FailsWithOneLineNamingIt()
    {
        var missing = _temp.File("nope.conll");

        var result = await CliRunner.RunAsync("eval", "ner", "--data", missing);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("nope.conll", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalNer_UnknownEntityType_FailsNamingTheLine()
    {
        var data = _temp.File("bad.conll");
        await File.WriteAllTextAsync(data, "Paris NNP B-NP B-CITY\n");

        var result = await CliRunner.RunAsync("eval", "ner", "--data", data);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("bad.conll:1", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
