using System.Text.Json;

namespace Parallax.Cli.Tests.Evaluation.Quotes;

public sealed class QuotesEvalCommandTests : IDisposable
{
    private const string Dev = "datasets/polnear/dev";

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task EvalQuotes_InventedDocument_ScoresAndWritesBratPredictions()
    {
        const string Text = "\u201CThe dam is safe,\u201D said Marta Olsen, the district engineer.\n";
        _temp.File("data/text/a.txt", Text);
        _temp.File("data/attributions/a_x1.ann", "T1\tContent 0 18\t\u201CThe dam is safe,\u201D\nT2\tCue 19 23\tsaid\nT3\tSource 24 35\tMarta Olsen\nT4\tAttribution 19 23\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n");

        var result = await CliRunner.RunAsync("eval", "quotes", "--data", _temp.File("data"), "--json", "--predictions", _temp.File("out"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.Equal(1, json.RootElement.GetProperty("contentF1").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("speechContentF1").GetDouble());
        Assert.Equal(1, json.RootElement.GetProperty("sourceAccuracy").GetDouble());
        var predicted = File.ReadAllText(_temp.File("out/a.ann"));
        Assert.Contains("Source 24 35\tMarta Olsen", predicted, StringComparison.Ordinal);
        Assert.Contains("E1\tAttribution:T", predicted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_FolderWithoutLayout_NamesItAndTheExpectedLayout()
    {
        var result = await CliRunner.RunAsync("eval", "quotes", "--data", _temp.Path);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains(_temp.Path, result.Error, StringComparison.Ordinal);
        Assert.Contains("attributions/*.ann", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalQuotes_NoDataOption_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("eval", "quotes");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [SharedDataFact(Dev)]
    public async Task EvalQuotes_PolNearDev_SpeechQuotesAreMostlyFoundWithTheirSpeakers()
    {
        var result = await CliRunner.RunAsync("eval", "quotes", "--data", SharedData.Path(Dev), "--json");

        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.True(json.RootElement.GetProperty("speechContentF1").GetDouble() > 0.7);
        Assert.True(json.RootElement.GetProperty("speechSourceAccuracy").GetDouble() > 0.8);
    }

    public void Dispose() => _temp.Dispose();
}
