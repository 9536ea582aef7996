using System.Text.Json;

namespace Parallax.Cli.Tests.Evaluation.Clustering;

public class ClusteringEvalCommandTests
{
    private static string TokenXml(string text) =>
        "<Document>" + string.Concat(text.Split(' ').Select((w, i) => $"<token t_id=\"{i + 1}\" sentence=\"{(i < 5 ? 0 : 1)}\" number=\"{i}\">{w}</token>")) + "</Document>";

    [Fact]
    public async Task Eval_TinyCorpus_PrintsJsonLastAndWritesPredictions()
    {
        using var temp = new TempDirectory();
        temp.File("1/1_1ecb.xml", TokenXml("Earthquake kills dozens in Veloria Rescuers in Veloria dug through rubble after the earthquake flattened the mountain town ."));
        temp.File("1/1_2ecb.xml", TokenXml("Veloria earthquake toll rises Governor Varga said field hospitals reached Veloria after the earthquake flattened homes ."));
        temp.File("2/2_1ecbplus.xml", TokenXml("Parliament passes Castoria budget Lawmakers in Castoria approved the budget after a long debate over taxes and spending ."));
        var predictions = Path.Combine(temp.Path, "out");

        var result = await CliRunner.RunAsync("eval", "clustering", "--data", temp.Path, "--json", "--predictions", predictions);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        foreach (var key in new[] { "topicF1", "subEventF1", "topicNmi", "subEventNmi" })
        {
            Assert.InRange(json.RootElement.GetProperty(key).GetDouble(), 0, 1);
        }

        var rows = File.ReadAllLines(Path.Combine(predictions, "clusters.tsv"));
        Assert.Equal(["document\tstory\ttopic", "1_1ecb.xml", "1_2ecb.xml", "2_1ecbplus.xml"], rows.Select((r, i) => i == 0 ? r : r.Split('\t')[0]));
        Assert.Equal(rows[1].Split('\t')[1], rows[2].Split('\t')[1]);
        Assert.NotEqual(rows[1].Split('\t')[2], rows[3].Split('\t')[2]);
    }

    [Fact]
    public async Task Eval_MissingDirectory_OneLineErrorNamingIt()
    {
        var result = await CliRunner.RunAsync("eval", "clustering", "--data", "/no/such/ecbplus");

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("/no/such/ecbplus", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Eval_FilesWithoutTopicFolders_RejectsLayout()
    {
        using var temp = new TempDirectory();
        temp.File("1_1ecb.xml", TokenXml("Earthquake kills dozens in Veloria Rescuers dug through rubble ."));

        var result = await CliRunner.RunAsync("eval", "clustering", "--data", temp.Path);

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("subfolder per topic", result.Error, StringComparison.Ordinal);
    }
}
