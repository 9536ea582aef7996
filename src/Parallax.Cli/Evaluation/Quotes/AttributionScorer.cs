using System.Text;
using Parallax.Text;

namespace Parallax.Cli.Evaluation.Quotes;

/// <summary>Counts for one subset of attributions, and the figures derived from them.</summary>
internal sealed record AttributionCounts
{
    public int Gold { get; init; }
    public int System { get; init; }
    public int Matched { get; init; }
    public int ExactMatched { get; init; }
    public int GoldWithCue { get; init; }
    public int SystemWithCue { get; init; }
    public int CueMatched { get; init; }
    public int SourceScored { get; init; }
    public int SourceCorrect { get; init; }

    public (double Precision, double Recall, double F1) Content => Prf(Matched, System, Gold);

    public (double Precision, double Recall, double F1) ContentExact => Prf(ExactMatched, System, Gold);

    public (double Precision, double Recall, double F1) Cue => Prf(CueMatched, SystemWithCue, GoldWithCue);

    public double SourceAccuracy => SourceScored == 0 ? 0 : (double)SourceCorrect / SourceScored;

    public AttributionCounts Plus(AttributionCounts o) => new()
    {
        Gold = Gold + o.Gold,
        System = System + o.System,
        Matched = Matched + o.Matched,
        ExactMatched = ExactMatched + o.ExactMatched,
        GoldWithCue = GoldWithCue + o.GoldWithCue,
        SystemWithCue = SystemWithCue + o.SystemWithCue,
        CueMatched = CueMatched + o.CueMatched,
        SourceScored = SourceScored + o.SourceScored,
        SourceCorrect = SourceCorrect + o.SourceCorrect,
    };

    private static (double, double, double) Prf(int correct, int system, int gold)
    {
        var p = system == 0 ? 0 : (double)correct / system;
        var r = gold == 0 ? 0 : (double)correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>
/// Scores system attributions against gold ones, document by document. A system quote matches a
/// gold attribution when their contents overlap (one-to-one, largest overlap first); on matched
/// pairs it checks the exact content (ignoring surrounding quotation marks, punctuation and
/// whitespace, which annotators place inconsistently), the cue (overlap) and the source (the
/// system's local speaker mention overlaps the gold Source; pairs whose gold source is implicit are
/// not scored for source). Everything is counted twice: over all attributions, and over the speech
/// subset (<see cref="SpeechCues"/>): gold attributions with a speech cue, and system quotes that
/// either match one of those or match nothing and have a speech cue themselves.
/// </summary>
internal sealed class AttributionScorer
{
    public AttributionCounts All { get; private set; } = new();

    public AttributionCounts Speech { get; private set; } = new();

    public void Add(string text, IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> system)
    {
        var pairs = Match(gold, system);
        All = All.Plus(Count(text, gold, system, pairs));

        bool IsSpeech(BratAttribution a) => SpeechCues.IsSpeech(Join(text, a.Cue, " "));
        var speechGold = gold.Where(IsSpeech).ToList();
        var matchedTo = pairs.ToDictionary(p => system[p.System], p => gold[p.Gold]);
        var speechSystem = system
            .Where(s => matchedTo.TryGetValue(s, out var g) ? IsSpeech(g) : IsSpeech(s))
            .ToList();
        Speech = Speech.Plus(Count(text, speechGold, speechSystem, Match(speechGold, speechSystem)));
    }

    /// <summary>Greedy one-to-one matching on content overlap, largest overlap first.</summary>
    internal static List<(int Gold, int System)> Match(IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> system)
    {
        var candidates = new List<(int Gold, int System, int Overlap)>();
        for (var g = 0; g < gold.Count; g++)
        {
            for (var s = 0; s < system.Count; s++)
            {
                var overlap = Overlap(gold[g].Content, system[s].Content);
                if (overlap > 0)
                {
                    candidates.Add((g, s, overlap));
                }
            }
        }

        var usedGold = new HashSet<int>();
        var usedSystem = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (g, s, _) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.System))
        {
            if (!usedGold.Contains(g) && !usedSystem.Contains(s))
            {
                usedGold.Add(g);
                usedSystem.Add(s);
                pairs.Add((g, s));
            }
        }

        return pairs;
    }

    internal static int Overlap(IReadOnlyList<Span> a, IReadOnlyList<Span> b)
    {
        var total = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
            }
        }

        return total;
    }

    /// <summary>
    /// The content as words only: quotation marks anywhere (each fragment of an interrupted quote
    /// may carry its own), punctuation at the edges and runs of whitespace do not count.
    /// </summary>
    internal static string Normalized(string text, IReadOnlyList<Span> fragments)
    {
        var builder = new StringBuilder();
        foreach (var c in Join(text, fragments, " "))
        {
            if (!QuoteMarks.Contains(c))
            {
                builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim('.', ',', ';', ':', ' ');
    }

    private const string QuoteMarks = "\"\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u2039\u203A";

    private static AttributionCounts Count(string text, IReadOnlyList<BratAttribution> gold, IReadOnlyList<BratAttribution> system, List<(int Gold, int System)> pairs)
    {
        var exact = 0;
        var cue = 0;
        var sourceScored = 0;
        var sourceCorrect = 0;
        foreach (var (g, s) in pairs)
        {
            var (goldAttribution, systemAttribution) = (gold[g], system[s]);
            exact += Normalized(text, goldAttribution.Content) == Normalized(text, systemAttribution.Content) ? 1 : 0;
            cue += Overlap(goldAttribution.Cue, systemAttribution.Cue) > 0 ? 1 : 0;
            if (goldAttribution.Source.Count > 0)
            {
                sourceScored++;
                sourceCorrect += Overlap(goldAttribution.Source, systemAttribution.Source) > 0 ? 1 : 0;
            }
        }

        return new AttributionCounts
        {
            Gold = gold.Count,
            System = system.Count,
            Matched = pairs.Count,
            ExactMatched = exact,
            GoldWithCue = gold.Count(a => a.Cue.Count > 0),
            SystemWithCue = system.Count(a => a.Cue.Count > 0),
            CueMatched = cue,
            SourceScored = sourceScored,
            SourceCorrect = sourceCorrect,
        };
    }

    private static string Join(string text, IReadOnlyList<Span> fragments, string separator) =>
        string.Join(separator, fragments.Select(f => f.Of(text)));
}
