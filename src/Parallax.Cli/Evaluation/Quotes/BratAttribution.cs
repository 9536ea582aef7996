using System.Globalization;
using Parallax.Text;

namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>
/// One attribution in PolNeAR's brat scheme: who (Source, absent when the article leaves it
/// implicit), the cue, and the content. Brat spans may be discontinuous ("10 20;25 40"), so each
/// part is a list of fragments.
/// </summary>
internal sealed record BratAttribution(IReadOnlyList<Span> Source, IReadOnlyList<Span> Cue, IReadOnlyList<Span> Content)
{
    /// <summary>Reads the attributions of one .ann file; other annotation types (Discuss, Discard) are ignored.</summary>
    /// <exception cref="InvalidDataException">A line is not valid brat standoff; the message names the line.</exception>
    public static IReadOnlyList<BratAttribution> Parse(string annotations, string name)
    {
        var spans = new Dictionary<string, IReadOnlyList<Span>>(StringComparer.Ordinal);
        var events = new List<(int Line, string[] Arguments)>();
        var lines = annotations.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (line[0] == 'T' && fields.Length >= 2)
            {
                spans[fields[0]] = Fragments(fields[1], name, i + 1);
            }
            else if (line[0] == 'E' && fields.Length >= 2)
            {
                events.Add((i + 1, fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        var result = new List<BratAttribution>();
        foreach (var (number, arguments) in events)
        {
            if (!arguments[0].StartsWith("Attribution:", StringComparison.Ordinal))
            {
                continue;
            }

            IReadOnlyList<Span> Role(string role)
            {
                var argument = arguments.FirstOrDefault(a => a.StartsWith(role + ":", StringComparison.Ordinal));
                if (argument is null)
                {
                    return [];
                }

                var id = argument[(role.Length + 1)..];
                return spans.TryGetValue(id, out var found)
                    ? found
                    : throw new InvalidDataException($"{name}: line {number} refers to {id}, which is not defined");
            }

            var content = Role("Content");
            if (content.Count > 0)
            {
                result.Add(new BratAttribution(Role("Source"), Role("Cue"), content));
            }
        }

        return result;
    }

    /// <summary>"Type start end;start end" → the fragments.</summary>
    private static List<Span> Fragments(string typeAndOffsets, string name, int line)
    {
        var space = typeAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        var fragments = new List<Span>();
        foreach (var part in typeAndOffsets[(space + 1)..].Split(';'))
        {
            var bounds = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (space < 0 || bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end < start)
            {
                throw new InvalidDataException($"{name}: line {line} has no valid 'start end' offsets ('{typeAndOffsets}')");
            }

            fragments.Add(Span.FromBounds(start, end));
        }

        return fragments;
    }
}
