using System.Text.RegularExpressions;

namespace Parallax.Cleaning;

/// <summary>
/// Turns an author field or a byline ("By Jane Doe and John Roe | July 26, 2021") into people's
/// names. What is not a person is dropped: staff and desk credits, the outlet's own name, dates,
/// times, e-mail addresses, profile URLs and job titles.
/// </summary>
internal static partial class AuthorNames
{
    private const int MaxNameWords = 5;

    [GeneratedRegex(@"^\s*(?:(?:written|reported|posted|story|words|text|compiled)\s+by|by|authors?\s*:|von|par|por)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex BylinePrefix();

    // Anything after these belongs to the stamp, not the names.
    [GeneratedRegex(@"\s[|\u2022\u00B7/]\s|\s[\u2013\u2014-]\s|\b(?:updated|published|posted|modified|last\s+updated|on\s+(?=\p{Lu}\p{Ll}+day\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StampStart();

    // "Outlet's Jane Doe", "Outlet News' Jane Doe": the credit before the possessive is the outlet.
    [GeneratedRegex(@"^.*?\p{L}(?:['\u2019]s|s['\u2019])\s+(?=\p{Lu})")]
    private static partial Regex PossessiveCredit();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|www\.\S+")]
    private static partial Regex AddressOrLink();

    // A full stop after a word of three letters or more ends a name ("Jane Doe. Outlet"); "L." and "Jr." do not.
    [GeneratedRegex(@"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\bwith\b|(?<=\p{L}{3})\.\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    // Words that make a credit a role, a desk or an organization rather than a person.
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "editor", "editors",
        "editorial", "desk", "team", "bureau", "news", "agency", "agencies", "press", "wire", "wires", "service",
        "newsroom", "contributor", "contributors", "online", "digital", "media", "times", "daily", "post", "herald",
        "magazine", "network", "group", "board", "admin", "administrator", "guest", "the", "our", "from", "in",
        "senior", "chief", "political", "sports", "business", "photographer", "associated", "report", "updated",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "da", "das", "do", "dos", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y", "ter", "ten",
    };

    /// <summary>People named in <paramref name="field"/>, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Parse(string? field, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return [];
        }

        var line = BoilerplateRules.StripBullet(BoilerplateRules.CollapseWhitespace(field));
        line = BylinePrefix().Replace(line, string.Empty);
        var stamp = StampStart().Match(line);
        if (stamp.Success && stamp.Index > 0)
        {
            line = line[..stamp.Index];
        }

        line = AddressOrLink().Replace(DateLineParser.RemoveDates(line), ",");
        var normalizedOutlet = outlet is null ? null : BoilerplateRules.Normalize(outlet);
        return NameSeparator().Split(line)
            .Select(part => PossessiveCredit().Replace(part, string.Empty).Trim(' ', '.', ':', '(', ')', '[', ']', '"', '\''))
            .Where(part => IsPersonName(part, normalizedOutlet))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>People from several fields (JSON-LD list, meta tags): each field parsed, all merged.</summary>
    public static IReadOnlyList<string> ParseAll(IEnumerable<string> fields, string? outlet) =>
        fields.SelectMany(f => Parse(f, outlet)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool IsPersonName(string candidate, string? normalizedOutlet)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxNameWords || candidate.Any(c => char.IsDigit(c) || c is '@' or '/' or '|'))
        {
            return false;
        }

        if (words.Any(NotPersonWords.Contains) || !words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w)))
        {
            return false;
        }

        if (normalizedOutlet is { Length: > 0 })
        {
            var normalized = BoilerplateRules.Normalize(candidate);
            if (normalized.Contains(normalizedOutlet, StringComparison.Ordinal) || normalizedOutlet.Contains(normalized, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
