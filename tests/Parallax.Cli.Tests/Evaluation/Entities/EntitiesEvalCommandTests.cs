using System.Text.Json;
using Parallax.Cli.Evaluation.Entities;

namespace Parallax.Cli.Tests.Evaluation.Entities;

public class EntitiesEvalCommandTests
{
    /// <summary>
    /// An ECB+ document: sentence 0 is the given headline, sentence 1 the body. Markables are
    /// (tag, m_id, first token, last token); every markable listed in <paramref name="chain"/> is
    /// linked across documents to instance "INST1".
    /// </summary>
    private static string Document(string headline, string body, (string Tag, int Id, int From, int To)[] markables, int[] chain)
    {
        var words = headline.Split(' ').Select(w => (w, 0)).Concat(body.Split(' ').Select(w => (w, 1))).ToList();
        var number = new int[2];
        var tokens = string.Concat(words.Select((w, i) => $"<token t_id=\"{i + 1}\" sentence=\"{w.Item2}\" number=\"{number[w.Item2]++}\">{w.w}</token>"));
        var marks = string.Concat(markables.Select(m => $"<{m.Tag} m_id=\"{m.Id}\">" + string.Concat(Enumerable.Range(m.From, m.To - m.From + 1).Select(t => $"<token_anchor t_id=\"{t}\"/>")) + $"</{m.Tag}>"));
        var relation = $"<CROSS_DOC_COREF r_id=\"1\" note=\"INST1\">{string.Concat(chain.Select(c => $"<source m_id=\"{c}\"/>"))}<target m_id=\"99\"/></CROSS_DOC_COREF>";
        return $"<Document>{tokens}<Markables>{marks}<HUMAN_PART_PER m_id=\"99\" instance_id=\"INST1\"/></Markables><Relations>{relation}</Relations></Document>";
    }

    [Fact]
    public async Task Eval_TwoDocumentsOnePerson_PrintsJsonLastAndWritesPredictions()
    {
        using var temp = new TempDirectory();
        // Tokens: 1-4 headline; body starts at token 5.
        temp.File("1/1_1ecb.xml", Document("Storm hits the coast", "Governor Maria Velasquez said the storm destroyed homes .", [("HUMAN_PART_PER", 1, 6, 7), ("HUMAN_PART_PER", 2, 5, 5)], [1]));
        temp.File("1/1_2ecb.xml", Document("Coast cleans up", "Rescuers worked all night , Velasquez told reporters on Sunday .", [("HUMAN_PART_PER", 1, 9, 9), ("HUMAN_PART_PER", 2, 4, 4)], [1]));
        var predictions = Path.Combine(temp.Path, "out");

        var result = await CliRunner.RunAsync("eval", "entities", "--data", temp.Path, "--json", "--predictions", predictions);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out.TrimEnd().Split('\n')[^1]);
        Assert.Equal(2, json.RootElement.GetProperty("goldMentions").GetInt32());
        foreach (var key in new[] { "b3F1", "conllF1", "allTopicsB3F1", "allTopicsConllF1" })
        {
            Assert.InRange(json.RootElement.GetProperty(key).GetDouble(), 0, 1);
        }

        var rows = File.ReadAllLines(Path.Combine(predictions, "entities.tsv"));
        Assert.Equal("mode\tdocument\tstart\tlength\ttext\tpredicted\tgold", rows[0]);
        Assert.Contains(rows, r => r.Contains("\tMaria Velasquez\t", StringComparison.Ordinal) && r.EndsWith("\tINST1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_MissingDirectory_OneLineErrorNamingIt()
    {
        var result = await CliRunner.RunAsync("eval", "entities", "--data", "/no/such/ecbplus");

        Assert.Equal(ExitCodes.NothingToDo, result.ExitCode);
        Assert.Contains("/no/such/ecbplus", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public void IsName_CapitalizedHeadMidSentence_IsNameButCommonNounAndPronounAreNot()
    {
        using var temp = new TempDirectory();
        var path = temp.File("1/1_1ecb.xml", Document("Party Girl Checks Into Rehab", "Actress Tara Reid said her rep spoke .", [("HUMAN_PART_PER", 1, 7, 8), ("HUMAN_PART_PER", 2, 11, 11), ("HUMAN_PART_PER", 3, 2, 2), ("HUMAN_PART_PER", 4, 10, 10)], [1]));
        var document = EcbPlusEntityDocument.Read(path);
        var rule = new NamedMentionRule(document.Tokens);

        Assert.Equal([true, false, false, false], document.Mentions.Select(rule.IsName));
        Assert.Equal("Tara Reid", document.Text.Substring(document.Tokens[6].Span!.Value.Start, 9));
    }
}
