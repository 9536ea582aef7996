using System.Text;
using Parallax.Cli.Ingest;

namespace Parallax.Cli.Tests.Ingest;

public sealed class InputFileTests
{
    private static string Read(byte[] bytes) => InputFile.ReadText(new MemoryStream(bytes));

    [Fact]
    public void ReadText_Utf8WithBom_DropsTheBom() =>
        Assert.Equal("Città", Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Città")]));

    [Fact]
    public void ReadText_Latin1Bytes_DecodeInsteadOfFailing() =>
        Assert.Equal("Città", Read([(byte)'C', (byte)'i', (byte)'t', (byte)'t', 0xE0]));

    [Fact]
    public void ReadText_Utf16WithBom_Decodes() =>
        Assert.Equal("Hello", Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Hello")]));

    [Fact]
    public void ReadText_BinaryData_IsRefused()
    {
        var error = Assert.Throws<InputException>(() => Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadBytes_GzipBomb_StopsAtTheLimit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parallax-bomb-{Guid.NewGuid():N}.html.gz");
        try
        {
            // About 100 KB on disk that would inflate past the 64 MB limit.
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.SmallestSize))
            {
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < (InputFile.MaxBytes / zeros.Length) + 8; i++)
                {
                    gzip.Write(zeros);
                }
            }

            var error = Assert.Throws<InputException>(() => InputFile.ReadBytes(path));
            Assert.Contains("limit", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("a/b/report.txt.gz", "a/b/report.txt")]
    [InlineData("feed.jsonl", "feed.jsonl")]
    public void LogicalName_StripsGzipSuffix(string path, string expected) =>
        Assert.Equal(expected, InputFile.LogicalName(path));
}
