using System.Text;
using Parallax.Cleaning;

namespace Parallax.Core.Tests.Cleaning;

public class HtmlDecodingTests
{
    static HtmlDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_MetaCharsetWindows1251_DecodesCyrillic()
    {
        var bytes = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body>Москва</body></html>");

        Assert.Contains("Москва", HtmlDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8LabelledLatin1_IsReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Città – “quoted”</p>");

        Assert.Contains("Città – “quoted”", HtmlDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Latin1LabelWithWindows1252Quotes_UsesWindows1252()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("<meta charset=iso-8859-1><p>"), 0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0xE9];

        Assert.EndsWith("<p>\u201CHi\u201D é", HtmlDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8Bom_WinsOverDeclaration()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<meta charset=windows-1251>Città")];

        Assert.EndsWith("Città", HtmlDecoding.Decode(bytes), StringComparison.Ordinal);
    }
}
