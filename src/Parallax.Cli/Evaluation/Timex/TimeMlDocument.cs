using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// A TimeML document reduced to what timex scoring needs: the plain text of its TEXT element
/// (tags removed, entities decoded), the gold TIMEX3 mentions as offsets into that text, and the
/// document creation time (the TIMEX3 with functionInDocument="CREATION_TIME"), which is the
/// reference date and is never scored. <see cref="Head"/> keeps everything before the TEXT
/// element so predictions can be written back around the same text.
/// </summary>
internal sealed partial record TimeMlDocument(string Name, string Head, string Text, DateOnly? CreationDate, IReadOnlyList<TimexMention> Gold)
{
    [GeneratedRegex(@"<TEXT>(?<body>.*?)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<TIMEX3\b[^>]*functionInDocument=""CREATION_TIME""[^>]*>", RegexOptions.Singleline)]
    private static partial Regex CreationTimex();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z0-9_]+)(?<attrs>[^>]*?)/?>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);", RegexOptions.Singleline)]
    private static partial Regex TagOrEntity();

    [GeneratedRegex(@"(?<k>[A-Za-z_:]+)\s*=\s*""(?<v>[^""]*)""")]
    private static partial Regex Attribute();

    /// <summary>Parses one .tml file's content; throws <see cref="InvalidDataException"/> when it has no TEXT element.</summary>
    public static TimeMlDocument Parse(string name, string xml)
    {
        var body = TextElement().Match(xml);
        if (!body.Success)
        {
            throw new InvalidDataException($"{name}: no <TEXT> element");
        }

        var text = new StringBuilder(body.Groups["body"].Length);
        var gold = new List<TimexMention>();
        (int Start, Dictionary<string, string> Attributes)? open = null;
        var raw = body.Groups["body"].Value;
        var last = 0;
        foreach (Match m in TagOrEntity().Matches(raw))
        {
            text.Append(raw, last, m.Index - last);
            last = m.Index + m.Length;
            if (m.Value[0] == '&')
            {
                text.Append(WebUtility.HtmlDecode(m.Value));
                continue;
            }

            if (!m.Groups["name"].Value.Equals("TIMEX3", StringComparison.Ordinal))
            {
                continue;
            }

            if (!m.Groups["close"].Success)
            {
                open = (text.Length, Attributes(m.Groups["attrs"].Value));
            }
            else if (open is { } o)
            {
                open = null;
                if (!o.Attributes.TryGetValue("functionInDocument", out var function) || function != "CREATION_TIME")
                {
                    gold.Add(new TimexMention(o.Start, text.Length - o.Start, o.Attributes.GetValueOrDefault("type", "DATE"), o.Attributes.GetValueOrDefault("value")));
                }
            }
        }

        text.Append(raw, last, raw.Length - last);
        return new TimeMlDocument(name, xml[..body.Index], text.ToString(), CreationDateOf(xml), gold);
    }

    private static DateOnly? CreationDateOf(string xml)
    {
        var dct = CreationTimex().Match(xml);
        if (!dct.Success || !Attributes(dct.Value).TryGetValue("value", out var value) || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match a in Attribute().Matches(tag))
        {
            attributes[a.Groups["k"].Value] = WebUtility.HtmlDecode(a.Groups["v"].Value);
        }

        return attributes;
    }
}
