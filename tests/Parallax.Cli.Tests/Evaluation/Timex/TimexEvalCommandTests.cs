using System.Text.Json;

namespace Parallax.Cli.Tests.Evaluation.Timex;

public sealed class TimexEvalCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task EvalTimex_MissingFolder_FailsWithOneLineNamingIt()
    {
        var missing = _temp.File("nowhere");

        var result = await CliRunner.RunAsync("eval", "timex", "--data", missing);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("nowhere", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalTimex_InventedDocument_ScoresAndWritesPredictions()
    {
        var data = Directory.CreateDirectory(_temp.File("data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "doc.tml"), """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-23" functionInDocument="CREATION_TIME">07/23/21</TIMEX3></DCT>
            <TEXT>The council met <TIMEX3 tid="t1" type="DATE" value="2021-07-22">yesterday</TIMEX3> and will vote in <TIMEX3 tid="t2" type="DATE" value="2021">2021</TIMEX3>.</TEXT></TimeML>
            """);
        var predictions = _temp.File("predictions");

        var result = await CliRunner.RunAsync("eval", "timex", "--data", data, "--json", "--predictions", predictions);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.Equal(1.0, json.RootElement.GetProperty("strictF1").GetDouble());
        Assert.Equal(1.0, json.RootElement.GetProperty("valueF1").GetDouble());
        Assert.True(json.RootElement.TryGetProperty("typeAccuracy", out _));
        var written = await File.ReadAllTextAsync(Path.Combine(predictions, "doc.tml"));
        Assert.Contains(">yesterday</TIMEX3>", written, StringComparison.Ordinal);
    }

    [SharedDataFact("datasets/timebank/TimeBank")]
    public async Task EvalTimex_TimeBank_ReadsEveryDocument()
    {
        var result = await CliRunner.RunAsync("eval", "timex", "--data", SharedData.Path("datasets/timebank/TimeBank"), "--json");

        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.Equal(183, json.RootElement.GetProperty("documents").GetInt32());
        Assert.True(json.RootElement.GetProperty("relaxedF1").GetDouble() > 0.5);
    }

    public void Dispose() => _temp.Dispose();
}
