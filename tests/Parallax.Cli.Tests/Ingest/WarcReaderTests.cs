using System.IO.Compression;
using System.Text;
using Parallax.Cli.Ingest;

namespace Parallax.Cli.Tests.Ingest;

public sealed class WarcReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static byte[] Record(string type, string uri, byte[] block)
    {
        var header = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. header, .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Response(string contentType, byte[] body, string status = "200 OK", string extraHeaders = "") =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{extraHeaders}\r\n"), .. body];

    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<html><body><article><p>Engineers found no cracks in the dam above Veloria.</p></article></body></html>");

    private string WriteUndated()
    {
        var path = _temp.File("undated.warc");
        File.WriteAllBytes(path, Record("response", "https://valley.example/dam", Response("text/html", Page)));
        return path;
    }

    private static byte[] Archive() =>
    [
        .. Record("warcinfo", "", "software: test\r\n"u8.ToArray()),
        .. Record("request", "https://valley.example/dam", "GET /dam HTTP/1.1\r\n\r\n"u8.ToArray()),
        .. Record("response", "https://valley.example/dam", Response("text/html; charset=utf-8", Page)),
        .. Record("response", "https://valley.example/logo.png", Response("image/png", [0x89, 0x50])),
        .. Record("response", "https://valley.example/moved", Response("text/html", Page, "301 Moved Permanently")),
    ];

    [Fact]
    public void Read_Archive_YieldsOnlyTheSuccessfulHtmlPageWithItsUrl()
    {
        var path = _temp.File("crawl.warc");
        File.WriteAllBytes(path, Archive());

        var item = Assert.Single(WarcReader.Read(path));

        Assert.Equal("https://valley.example/dam", item.Input!.Url);
        Assert.Contains("no cracks", item.Input.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordWithWarcDate_GivesItAsTheDayThePageWasSeen()
    {
        var path = _temp.File("dated.warc");
        var block = Response("text/html", Page);
        var header = Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2021-07-28T23:30:00Z\r\nWARC-Target-URI: https://valley.example/dam\r\nContent-Length: {block.Length}\r\n\r\n");
        File.WriteAllBytes(path, [.. header, .. block, .. "\r\n\r\n"u8.ToArray()]);

        var item = Assert.Single(WarcReader.Read(path));

        Assert.Equal(new DateOnly(2021, 7, 28), item.Input!.SeenOn);
        Assert.Null(Assert.Single(WarcReader.Read(WriteUndated())).Input!.SeenOn);
    }

    [Fact]
    public void Read_GzippedPerRecord_ReadsEveryMember()
    {
        var path = _temp.File("crawl.warc.gz");
        using (var file = File.Create(path))
        {
            foreach (var record in new[] { Record("response", "https://a.example/1", Response("text/html", Page)), Record("response", "https://a.example/2", Response("text/html", Page)) })
            {
                using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
                gzip.Write(record);
            }
        }

        Assert.Equal(["https://a.example/1", "https://a.example/2"], WarcReader.Read(path).Select(i => i.Input!.Url!).ToArray());
    }

    [Fact]
    public void Read_Truncated_ReportsIt()
    {
        var whole = Archive();
        var path = _temp.File("cut.warc");
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);

        Assert.Contains(WarcReader.Read(path), i => i.Error?.Contains("truncated", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Read_NotAWarcFile_SaysSo()
    {
        var path = _temp.File("fake.warc", "<html>hello</html>\n");

        Assert.Contains("not a WARC record", Assert.Single(WarcReader.Read(path)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HttpPage_ChunkedBody_IsJoined()
    {
        var chunked = Response("text/html", "5\r\n<p>ab\r\n3\r\nc</\r\n2\r\np>\r\n0\r\n\r\n"u8.ToArray(), extraHeaders: "Transfer-Encoding: chunked\r\n");

        Assert.True(WarcReader.HttpPage(chunked, out var html, out _));
        Assert.Equal("<p>abc</p>", html);
    }

    [Fact]
    public void HttpPage_HeaderCharset_DecidesTheDecoding()
    {
        var latin = Response("text/html; charset=windows-1252", [.. "<p>caf"u8.ToArray(), 0xE9, .. "</p>"u8.ToArray()]);

        Assert.True(WarcReader.HttpPage(latin, out var html, out _));
        Assert.Equal("<p>caf\u00E9</p>", html);
    }

    public void Dispose() => _temp.Dispose();
}
