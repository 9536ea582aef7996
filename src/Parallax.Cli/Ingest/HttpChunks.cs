using System.Globalization;
using System.Text;

namespace Parallax.Cli.Ingest;

/// <summary>Undoes HTTP/1.1 chunked transfer coding ("size CRLF data CRLF ... 0 CRLF CRLF"), which some archives keep.</summary>
internal static class HttpChunks
{
    public static byte[] Join(ReadOnlySpan<byte> body)
    {
        var result = new List<byte>(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            var lineEnd = body[i..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.Latin1.GetString(body.Slice(i, lineEnd)).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return body.ToArray(); // not chunked after all: keep the bytes as they are
            }

            i += lineEnd + 1;
            if (size == 0)
            {
                break;
            }

            var take = Math.Min(size, body.Length - i);
            result.AddRange(body.Slice(i, take));
            i += take;
            while (i < body.Length && body[i] is (byte)'\r' or (byte)'\n')
            {
                i++;
            }
        }

        return [.. result];
    }
}
