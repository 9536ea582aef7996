using System.IO.Compression;
using System.Text;

namespace Parallax.Cli.Ingest;

/// <summary>
/// Reads one input file's bytes into text, refusing what would be unsafe or meaningless to ingest:
/// files over the size limit, gzip streams that inflate past it (zip bombs), and binary data.
/// </summary>
internal static class InputFile
{
    /// <summary>Largest accepted input, before or after decompression.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string ReadText(string path) => Decode(ReadBytes(path));

    /// <summary>An HTML file's text, decoded as a browser would (byte-order mark, then declared charset, with the common mislabels corrected).</summary>
    public static string ReadHtml(string path)
    {
        var bytes = ReadBytes(path);
        ThrowIfBinary(bytes);
        return Parallax.Cleaning.HtmlDecoding.Decode(bytes);
    }

    /// <summary>The file's bytes, inflated when it is gzipped, within <see cref="MaxBytes"/> either way.</summary>
    public static byte[] ReadBytes(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            throw new InputException($"file is {info.Length / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB limit");
        }

        using var file = File.OpenRead(path);
        return IsGzip(path) ? Inflate(file) : ReadAll(file);
    }

    public static string ReadText(Stream stream) => Decode(ReadAll(stream));

    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without a trailing ".gz", whose extension decides the format.</summary>
    public static string LogicalName(string path) => IsGzip(path) ? path[..^3] : path;

    private static byte[] Inflate(Stream compressed)
    {
        try
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            return ReadAll(gzip);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"not a valid gzip file ({e.Message})");
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new InputException($"content exceeds the {MaxBytes / (1024 * 1024)} MB limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void ThrowIfBinary(byte[] bytes)
    {
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (probe.IndexOf((byte)0) >= 0 && !HasUtf16Bom(bytes))
        {
            throw new InputException("binary data, not text");
        }
    }

    private static string Decode(byte[] bytes)
    {
        ThrowIfBinary(bytes);

        if (HasUtf16Bom(bytes) || (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        // Undeclared text is UTF-8 when it decodes cleanly; otherwise it is almost always a
        // Windows code page saved by an older site, for which Latin-1 keeps every byte readable.
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static bool HasUtf16Bom(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
}
