using System.IO.Compression;
using System.Text;

namespace Parallax.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Db => _temp.File("store.db");

    [Fact]
    public async Task Ingest_SameFilesTwice_StoresEachArticleOnce()
    {
        var dir = Path.Combine(SharedData.RepositoryRoot, "samples", "demo");

        var first = await CliRunner.RunAsync("ingest", dir, "--db", Db);
        var second = await CliRunner.RunAsync("ingest", dir, "--db", Db);

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Contains("5 added, 0 already stored, 0 failed", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 added, 5 already stored, 0 failed", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_BadInputs_ReportsEachAndExitsNonZeroButKeepsTheRest()
    {
        var good = _temp.File("good.txt", "Bridge reopens\n\nThe Old Mill bridge reopened on Tuesday after repairs that lasted eight months, the city council said.");
        var binary = _temp.File("photo.html");
        File.WriteAllBytes(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        var badJson = _temp.File("feed.jsonl", "{\"title\": \"no body\"}\nnot json at all\n");
        var unsupported = _temp.File("report.pdf", "%PDF-1.4");

        var result = await CliRunner.RunAsync("ingest", good, binary, badJson, unsupported, Path.Combine(_temp.Path, "missing.txt"), "--db", Db);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.ExitCode);
        Assert.Contains($"{binary}: binary data", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{badJson}:1: the object has neither", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{badJson}:2: invalid JSON", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{unsupported}: unsupported file type", result.Error, StringComparison.Ordinal);
        Assert.Contains("missing.txt: no such file", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 added", result.Error, StringComparison.Ordinal);
        Assert.Contains("5 input(s) could not be ingested", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_GzippedJsonLines_ReadsEveryLine()
    {
        var path = _temp.File("feed.jsonl.gz");
        var lines = "{\"text\": \"Ferry service resumes\\n\\nThe island ferry resumed service on Monday after a two-week strike ended.\", \"outlet\": \"Island Post\", \"published\": \"2023-04-03\"}\n"
            + "{\"html\": \"<html><body><article><h1>Market hall opens</h1><p>The new market hall opened its doors on Saturday with forty stalls selling local produce, the mayor said.</p></article></body></html>\", \"url\": \"https://www.town-news.example/market\"}\n";
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(lines));
        }

        var result = await CliRunner.RunAsync("ingest", path, "--db", Db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("2 added", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_GzipBomb_IsRefusedWithinTheLimit()
    {
        var path = _temp.File("bomb.txt.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            Array.Fill(zeros, (byte)'a');
            for (var i = 0; i < 80; i++)
            {
                await gzip.WriteAsync(zeros);
            }
        }

        var result = await CliRunner.RunAsync("ingest", path, "--db", Db);

        Assert.Equal(ExitCodes.SomeInputsFailed, result.ExitCode);
        Assert.Contains($"{path}: content exceeds the 64 MB limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_StandardInput_ReadsTheArticle()
    {
        var result = await CliRunner.RunWithInputAsync(
            "Library extends opening hours\n\nThe central library will stay open until 10 pm on weekdays from next month, the council announced on Friday.",
            "ingest", "-", "--db", Db);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("1 added", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Quiet_PrintsNothingOnSuccess()
    {
        var result = await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", Db, "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Ingest_NoPaths_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("ingest", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("PATH", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_DatabaseIsADirectory_IsAStoreError()
    {
        var result = await CliRunner.RunAsync("ingest", Path.Combine(SharedData.RepositoryRoot, "samples", "demo"), "--db", _temp.Path);

        Assert.Equal(ExitCodes.StoreError, result.ExitCode);
        Assert.Contains("is a directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UrlOfLocalPage_StoresItWithItsOutletFromTheHost()
    {
        using var server = new Ingest.LocalWebServer();
        server.Add("/news/dam", "text/html", "<html><head><title>Dam inspected</title></head><body><article><p>Engineers inspected the dam above Veloria on Tuesday and found no cracks in its wall, the water authority said.</p></article></body></html>");
        var db = _temp.File("web.db");

        var result = await CliRunner.RunAsync("ingest", server.BaseUrl + "/news/dam", "--db", db);
        var brief = await CliRunner.RunAsync("brief", "--db", db, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(brief.Out);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(server.BaseUrl + "/news/dam", article.GetProperty("url").GetString());
        Assert.Equal("127.0.0.1", article.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Ingest_FeedAndWarcFiles_StoreEveryEntry()
    {
        var feed = _temp.File("wire.rss", "<rss version=\"2.0\"><channel><title>Harbor Wire</title><item><title>Dam</title><link>https://wire.example/dam</link><pubDate>Wed, 12 Mar 2031 09:00:00 GMT</pubDate><description>Engineers found no cracks in the dam above Veloria, the water authority said.</description></item></channel></rss>");
        const string Page = "<html><body><article><p>The old stone bridge in Veloria reopened on Tuesday after repairs, the governor said.</p></article></body></html>";
        var http = $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{Page}";
        var warc = _temp.File("crawl.warc", $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://valley.example/bridge\r\nContent-Length: {System.Text.Encoding.UTF8.GetByteCount(http)}\r\n\r\n{http}\r\n\r\n");

        var result = await CliRunner.RunAsync("ingest", feed, warc, "--db", _temp.File("mixed.db"));

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("2 added", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
