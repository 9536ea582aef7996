using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Cleaning;

/// <summary>
/// Turns a saved page's bytes into text the way browsers broadly do: a byte-order mark wins, then a
/// charset declared in the first bytes (meta charset or http-equiv); undeclared bytes are UTF-8 when
/// they decode cleanly, else Windows-1252. Two common mislabels are corrected: ISO-8859-1 is read as
/// Windows-1252 (its superset, as the HTML standard requires), and a page labelled Latin-1 or 1252 whose
/// bytes are valid UTF-8 with multi-byte sequences is read as UTF-8.
/// </summary>
public static partial class HtmlDecoding
{
    // Browsers look for the declaration in the first 1024 bytes; pages often put it a little later.
    private const int PrescanBytes = 4096;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    /// <param name="transportCharset">The charset the HTTP Content-Type header gave, if any: it outranks the page's own declaration, a byte-order mark aside.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? transportCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var declared = Named(transportCharset) ?? Declared(bytes);
        var isUtf8 = System.Text.Unicode.Utf8.IsValid(bytes);
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage || IsLatin(declared))
        {
            // A Latin label on valid multi-byte UTF-8 is a mislabel: real Latin text is almost never valid UTF-8.
            return isUtf8 ? Encoding.UTF8.GetString(bytes) : Windows1252.GetString(bytes);
        }

        return declared.GetString(bytes);
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static bool IsLatin(Encoding encoding) => encoding.CodePage is 28591 or 1252 or 20127;

    private static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var match = DeclaredCharset().Match(head);
        return match.Success ? Named(match.Groups[1].Value) : null;
    }

    private static Encoding? Named(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(label.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            // An unknown label is ignored, as browsers do.
            return null;
        }
    }
}
