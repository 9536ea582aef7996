using Parallax.Cli.Ingest;

namespace Parallax.Cli.Tests.Ingest;

public sealed class JsonLinesParserTests
{
    [Fact]
    public void Parse_FullRecord_MapsEveryField()
    {
        const string line = "{\"text\":\"Body.\",\"url\":\"https://a.example/x\",\"title\":\"T\",\"published\":\"2024-02-29\",\"outlet\":\"A\",\"language\":\"fr\"}";

        var item = Assert.Single(JsonLinesParser.Parse(line, "f.jsonl", "f.jsonl"));

        Assert.Null(item.Error);
        Assert.Equal("Body.", item.Input!.Text);
        Assert.Equal(new DateOnly(2024, 2, 29), item.Input.Published);
        Assert.Equal(("T", "A", "fr", "https://a.example/x", "f.jsonl"), (item.Input.Title, item.Input.Outlet, item.Input.Language, item.Input.Url, item.Input.Path));
    }

    [Fact]
    public void Parse_IsoTimestamp_KeepsTheCalendarDate() =>
        Assert.Equal(new DateOnly(2021, 7, 24), JsonLinesParser.ParseDate("2021-07-24T07:12:00+03:00"));

    [Theory]
    [InlineData("{\"text\": 5}", "field \"text\" must be a string")]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("{\"text\": \"x\", \"published\": \"last week\"}", "field \"published\" is not a date")]
    [InlineData("{\"url\": \"https://a.example\"}", "neither a \"text\" nor an \"html\"")]
    [InlineData("{\"text\": ", "invalid JSON")]
    public void Parse_BadLine_ReportsTheLineAndTheReason(string line, string reason)
    {
        var items = JsonLinesParser.Parse("{\"text\": \"fine\"}\n" + line, null, "feed.jsonl").ToList();

        Assert.Null(items[0].Error);
        Assert.Equal("feed.jsonl:2", items[1].Source);
        Assert.Contains(reason, items[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankLines_AreSkippedButCounted()
    {
        var items = JsonLinesParser.Parse("\n\n{\"text\": \"x\"}\n", null, "f").ToList();

        Assert.Equal("f:3", Assert.Single(items).Source);
    }
}
