namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// Scores one document's system timexes against its gold timexes the TempEval-3 way. Each gold
/// timex is paired with at most one system timex and vice versa: an identical span first (a
/// strict match), else the unpaired system timex overlapping it most (a relaxed match). Type and
/// value are compared only on relaxed pairs, values as exact strings.
/// </summary>
internal static class TimexScorer
{
    public static TimexScore Score(IReadOnlyList<TimexMention> gold, IReadOnlyList<TimexMention> system)
    {
        var used = new bool[system.Count];
        var pairs = new List<(TimexMention Gold, TimexMention System)>();

        // Strict pairs first, so a gold timex is never paired by overlap with a system timex that
        // another gold timex matches exactly.
        var unpaired = new List<TimexMention>();
        foreach (var g in gold)
        {
            var exact = FindUnused(system, used, s => s.SameSpan(g));
            if (exact >= 0)
            {
                used[exact] = true;
                pairs.Add((g, system[exact]));
            }
            else
            {
                unpaired.Add(g);
            }
        }

        var strict = pairs.Count;
        foreach (var g in unpaired)
        {
            var best = -1;
            var bestOverlap = 0;
            for (var i = 0; i < system.Count; i++)
            {
                var overlap = Math.Min(g.End, system[i].End) - Math.Max(g.Start, system[i].Start);
                if (!used[i] && overlap > bestOverlap)
                {
                    best = i;
                    bestOverlap = overlap;
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                pairs.Add((g, system[best]));
            }
        }

        return new TimexScore(
            gold.Count,
            system.Count,
            strict,
            pairs.Count,
            pairs.Count(p => p.Gold.Type == p.System.Type),
            pairs.Count(p => p.Gold.Value is { } v && v == p.System.Value));
    }

    private static int FindUnused(IReadOnlyList<TimexMention> system, bool[] used, Func<TimexMention, bool> accept)
    {
        for (var i = 0; i < system.Count; i++)
        {
            if (!used[i] && accept(system[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
