using System.Text.RegularExpressions;

namespace Parallax.Cli.Ingest;

/// <summary>
/// The rules of a robots.txt file (RFC 9309) for one user agent: the group naming the agent's
/// product token, else the "*" group; within it the longest matching Allow or Disallow path wins,
/// Allow on a tie; "*" matches any run of characters and a trailing "$" anchors the end.
/// </summary>
internal sealed class RobotsRules
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules DisallowAll { get; } = new([("/", false)]);

    public static RobotsRules Parse(string robotsTxt, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in robotsTxt.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent || current is null)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (key is "allow" or "disallow" && current is not null)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    current.Value.Rules.Add((value, key == "allow"));
                }
            }
            else
            {
                lastWasAgent = false;
            }
        }

        var token = productToken.ToLowerInvariant();
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal))).ToList();
        var chosen = mine.Count > 0 ? mine : groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)]);
    }

    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        if (!body.Contains('*', StringComparison.Ordinal) && !anchored)
        {
            return path.StartsWith(body, StringComparison.Ordinal);
        }

        var regex = "^" + string.Join(".*", body.Split('*').Select(Regex.Escape)) + (anchored ? "$" : string.Empty);
        return Regex.IsMatch(path, regex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
