using System.Text.Json;

namespace Parallax.Cli.Tests.Commands;

/// <summary>How each publication date was obtained, and how sure it is, reaches the JSON and text briefings.</summary>
public sealed class BriefPublicationCertaintyTests : IDisposable
{
    private const string Body =
        " Four people died when the span over the Varna fell into the water, and eleven were hurt, according to Kelmor hospital staff." +
        " Divers worked along the Varna until dawn while families waited on the Kelmor embankment." +
        " Residents said inspectors had reported cracked piers to the Kelmor council a year ago.";

    private readonly TempDirectory _temp = new();

    private string Corpus()
    {
        var dated = new { title = "Bridge collapse in Kelmor", published = "2021-07-27", text = "The old stone bridge over the Varna river collapsed on 26 July 2021, the mayor of Kelmor said." + Body };
        var undated = new { title = "Kelmor bridge falls", text = "The old stone bridge over the Varna river collapsed on Monday, the mayor of Kelmor said." + Body };
        _temp.File("corpus/wires.jsonl", JsonSerializer.Serialize(dated) + "\n" + JsonSerializer.Serialize(undated) + "\n");
        return Path.Combine(_temp.Path, "corpus");
    }

    [Fact]
    public async Task Brief_Json_UndatedWeekdayArticleGetsLowestCertaintyCrossArticleDate()
    {
        var result = await CliRunner.RunAsync("brief", Corpus(), "--db", ":memory:", "--format", "json", "--quiet");

        using var json = JsonDocument.Parse(result.Out);
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var given = Assert.Single(articles, a => a.GetProperty("title").GetString() == "Bridge collapse in Kelmor");
        Assert.Equal("2021-07-27", given.GetProperty("published").GetString());
        Assert.Equal("high", given.GetProperty("publishedCertainty").GetString());
        var inferred = Assert.Single(articles, a => a.GetProperty("title").GetString() == "Kelmor bridge falls");
        Assert.Equal("2021-07-26", inferred.GetProperty("published").GetString());
        Assert.Equal("crossArticleWeekday", inferred.GetProperty("metadataSources").GetProperty("published").GetString());
        Assert.Equal("lowest", inferred.GetProperty("publishedCertainty").GetString());
    }

    [Fact]
    public async Task Brief_Text_InferredDateSaysHowAndHowSure()
    {
        var result = await CliRunner.RunAsync("brief", Corpus(), "--db", ":memory:", "--format", "markdown", "--quiet");

        Assert.Contains("2021-07-26 (inferred from a weekday another article dates, lowest)", result.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
