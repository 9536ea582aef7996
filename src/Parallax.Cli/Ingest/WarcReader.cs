using System.Globalization;
using System.IO.Compression;
using System.Text;
using Parallax.Articles;
using Parallax.Cleaning;

namespace Parallax.Cli.Ingest;

/// <summary>
/// Streams the HTML pages out of a WARC file (ISO 28500, the format of web archives such as
/// Common Crawl's news crawl), gzipped per record or not. Only successful HTML responses become
/// articles; requests, metadata and non-HTML payloads are skipped as not being articles. The file
/// is read record by record, so its size is not limited, but each header and each record is:
/// a corrupt or hostile file fails with a message naming the offset, never by exhausting memory.
/// The WARC date is when the page was crawled, not published, so it is not used as a date.
/// </summary>
internal static class WarcReader
{
    /// <summary>Largest record kept (pages are far smaller; larger records are skipped with an error).</summary>
    public const int MaxRecordBytes = 8 * 1024 * 1024;

    private const int MaxHeaderLine = 16 * 1024;
    private const int MaxHeaderLines = 200;

    public static bool IsWarc(string path) =>
        InputFile.LogicalName(path).EndsWith(".warc", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the file now (so that an unreadable file fails here, inside the caller's error handling) and streams its records.</summary>
    public static IEnumerable<InputItem> Read(string path)
    {
        var file = File.OpenRead(path);
        return Records(file, path);
    }

    private static IEnumerable<InputItem> Records(FileStream file, string path)
    {
        using (file)
        {
            using var stream = InputFile.IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
            using var input = new BufferedStream(stream, 64 * 1024);
            foreach (var item in Read(input, path))
            {
                yield return item;
            }
        }
    }

    public static IEnumerable<InputItem> Read(Stream input, string path)
    {
        long offset = 0;
        while (true)
        {
            var recordStart = offset;
            Dictionary<string, string>? headers;
            string? error = null;
            try
            {
                headers = ReadHeaders(input, ref offset, expectVersion: true);
            }
            catch (Exception e) when (e is InputException or InvalidDataException)
            {
                headers = null;
                error = e.Message;
            }

            if (error is not null)
            {
                yield return new InputItem($"{path}@{recordStart}", null, error);
                yield break;
            }

            if (headers is null)
            {
                yield break; // clean end of file
            }

            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                yield return new InputItem($"{path}@{recordStart}", null, "WARC record without a valid Content-Length");
                yield break;
            }

            var uri = headers.GetValueOrDefault("warc-target-uri");
            var where = $"{path}@{recordStart}" + (uri is null ? string.Empty : $" ({uri})");
            var wanted = headers.GetValueOrDefault("warc-type") == "response" && length <= MaxRecordBytes;
            byte[]? block = null;
            try
            {
                block = wanted ? ReadExactly(input, length, ref offset) : null;
                if (!wanted)
                {
                    Skip(input, length, ref offset);
                }
            }
            catch (EndOfStreamException)
            {
                error = "the file ends inside a WARC record (truncated download?)";
            }
            catch (InvalidDataException e)
            {
                error = $"corrupt compressed data ({e.Message})";
            }

            if (error is not null)
            {
                yield return new InputItem(where, null, error);
                yield break;
            }

            if (headers.GetValueOrDefault("warc-type") == "response" && length > MaxRecordBytes)
            {
                yield return new InputItem(where, null, $"record of {length / (1024 * 1024)} MB skipped, over the {MaxRecordBytes / (1024 * 1024)} MB limit");
            }
            else if (block is not null)
            {
                if (HttpPage(block, out var html, out var problem))
                {
                    yield return new InputItem(where, new ArticleInput { Path = path, Url = uri, Html = html, SeenOn = RecordDate(headers) });
                }
                else if (problem is not null)
                {
                    yield return new InputItem(where, null, problem);
                }
            }
        }
    }

    /// <summary>An HTTP response block as HTML text, when it is a successful HTML page.</summary>
    internal static bool HttpPage(byte[] block, out string html, out string? problem)
    {
        html = string.Empty;
        problem = null;
        using var stream = new MemoryStream(block);
        long offset = 0;
        Dictionary<string, string>? headers;
        string status;
        try
        {
            status = ReadLine(stream, ref offset) ?? string.Empty;
            headers = ReadHeaders(stream, ref offset, expectVersion: false);
        }
        catch (InputException e)
        {
            problem = "unreadable HTTP response: " + e.Message;
            return false;
        }

        var type = headers?.GetValueOrDefault("content-type") ?? string.Empty;
        if (!status.StartsWith("HTTP/", StringComparison.Ordinal) || status.Split(' ') is not [_, "200", ..]
            || !(type.Contains("html", StringComparison.OrdinalIgnoreCase) || type.Length == 0))
        {
            return false; // redirects, errors, images, PDFs: not articles
        }

        var body = block.AsSpan((int)offset);
        if (headers is null)
        {
            return false;
        }

        if (headers.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = HttpChunks.Join(body);
        }

        if (headers.GetValueOrDefault("content-encoding") is { } encoding && encoding is "gzip" or "x-gzip" or "deflate" or "br")
        {
            problem = $"compressed HTTP payload ({encoding}) is not supported";
            return false;
        }

        var charset = type.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?[8..];
        html = HtmlDecoding.Decode(body, charset);
        return true;
    }

    private static Dictionary<string, string>? ReadHeaders(Stream input, ref long offset, bool expectVersion)
    {
        string? line;
        if (expectVersion)
        {
            // Records are separated by blank lines; skip them, and stop cleanly at the end.
            do
            {
                line = ReadLine(input, ref offset);
            }
            while (line is { Length: 0 });

            if (line is null)
            {
                return null;
            }

            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new InputException($"not a WARC record (expected \"WARC/1.x\", found \"{Shorten(line)}\")");
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var count = 0; (line = ReadLine(input, ref offset)) is { Length: > 0 }; count++)
        {
            if (count >= MaxHeaderLines)
            {
                throw new InputException($"more than {MaxHeaderLines} header lines");
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    /// <summary>One CRLF- or LF-terminated line as Latin-1 (headers are ASCII), or null at the end of the stream.</summary>
    private static string? ReadLine(Stream input, ref long offset)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            offset++;
            if (b == '\n')
            {
                return Encoding.Latin1.GetString([.. bytes]).TrimEnd('\r');
            }

            if (bytes.Count >= MaxHeaderLine)
            {
                throw new InputException($"a header line longer than {MaxHeaderLine / 1024} KB");
            }

            bytes.Add((byte)b);
        }

        return bytes.Count == 0 ? null : Encoding.Latin1.GetString([.. bytes]);
    }

    private static byte[] ReadExactly(Stream input, long length, ref long offset)
    {
        var block = new byte[length];
        input.ReadExactly(block);
        offset += length;
        return block;
    }

    private static void Skip(Stream input, long length, ref long offset)
    {
        var buffer = new byte[81920];
        for (var left = length; left > 0;)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            left -= read;
        }

        offset += length;
    }

    // WARC-Date is when the record was captured (ISO 8601, UTC): the page existed then.
    private static DateOnly? RecordDate(Dictionary<string, string> headers) =>
        DateTimeOffset.TryParse(headers.GetValueOrDefault("warc-date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var captured)
            ? DateOnly.FromDateTime(captured.UtcDateTime)
            : null;

    private static string Shorten(string line) => line.Length > 40 ? line[..40] + "..." : line;
}
