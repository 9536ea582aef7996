using Parallax.Cli.Datasets;

namespace Parallax.Cli.Tests.Datasets;

public class EcbPlusDocumentsTests
{
    /// <summary>Builds an ECB+-style token file: one element per token, written without whitespace between them.</summary>
    private static string TokenXml(params (int Sentence, string Word)[] tokens) =>
        "<Document doc_name=\"1_1ecb.xml\">" +
        string.Concat(tokens.Select((t, i) => $"<token t_id=\"{i + 1}\" sentence=\"{t.Sentence}\" number=\"{i}\">{t.Word}</token>")) +
        "<Markables/></Document>";

    [Fact]
    public void Read_AdjacentTokenElements_KeepsEveryToken()
    {
        using var temp = new TempDirectory();
        var path = temp.File("1/1_1ecb.xml", TokenXml(
            (0, "Quake"), (0, "hits"), (0, "Veloria"),
            (1, "The"), (1, "quake"), (1, "struck"), (1, "at"), (1, "dawn"), (1, ".")));

        var input = EcbPlusDocuments.Read(path);

        Assert.Equal("Quake hits Veloria", input.Title);
        Assert.Equal("The quake struck at dawn.", input.Text);
    }

    [Fact]
    public void Read_NoHeadline_UsesLedeAsTitleAndKeepsItInText()
    {
        using var temp = new TempDirectory();
        var path = temp.File("1/1_2ecb.xml", TokenXml((0, "Rescuers"), (0, "searched"), (0, "overnight"), (0, "."), (1, "Dozens"), (1, "died"), (1, ".")));

        var input = EcbPlusDocuments.Read(path);

        Assert.Equal("Rescuers searched overnight.", input.Title);
        Assert.Equal("Rescuers searched overnight.\n\nDozens died.", input.Text);
    }
}
