namespace Parallax.Cli.Evaluation.Timex;

/// <summary>
/// One TIMEX3 as the scorer sees it: character offsets into the document's plain text, the TimeML
/// type ("DATE", "TIME", "DURATION", "SET") and value (null when none was given).
/// </summary>
internal sealed record TimexMention(int Start, int Length, string Type, string? Value)
{
    /// <summary>The TimeML mod ("START", "APPROX", ...), written to predictions but not scored.</summary>
    public string? Modifier { get; init; }

    public int End => Start + Length;

    public bool Overlaps(TimexMention other) => Start < other.End && other.Start < End;

    public bool SameSpan(TimexMention other) => Start == other.Start && Length == other.Length;
}
