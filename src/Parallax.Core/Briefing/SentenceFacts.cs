using System.Text.RegularExpressions;
using Parallax.Entities;
using Parallax.Quantities;
using Parallax.Time;

namespace Parallax.Briefing;

/// <summary>
/// What one sentence asserts, read from the annotation layers: quotes, figures, dates and names in
/// it, whether it is negated, and the outlet or source it relays ("according to X", "told X", a
/// quote's Via), which is what makes two articles one origin rather than two.
/// </summary>
internal sealed partial record SentenceFacts(
    StorySentence Sentence,
    bool HasQuote,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<TimeExpression> Dates,
    IReadOnlyList<EntityMention> Entities,
    bool HasReportingVerb,
    bool Negated,
    string? Relay)
{
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "announced", "announces", "confirmed", "confirms", "reported", "reports",
        "stated", "states", "declared", "declares", "according", "added", "noted", "insisted", "claimed", "claims",
        "denied", "denies", "warned", "warns", "estimated", "acknowledged", "disclosed", "revealed", "agreed", "pledged",
        "promised", "vowed", "affirmed", "asserted", "explained", "argued", "urged", "ordered", "signed", "approved",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "neither", "nor", "denied", "denies", "deny", "rejected", "rejects", "dismissed",
    };

    public bool IsFactual => HasQuote || Quantities.Count > 0 || Dates.Count > 0 || (Entities.Count > 0 && HasReportingVerb);

    public static SentenceFacts Of(StorySentence sentence)
    {
        var analysis = sentence.Analysis;
        var span = sentence.Sentence.Span;
        var quotes = analysis.Quotes.Where(q => q.Content.Overlaps(span) || (q.Cue is { } cue && span.Contains(cue))).ToList();
        var words = analysis.TokensIn(span).Select(t => t.Span.Of(analysis.Text).ToLowerInvariant()).ToList();
        var entities = analysis.Entities.Where(e => span.Contains(e.Span)).ToList();
        return new SentenceFacts(
            sentence,
            quotes.Count > 0,
            [.. analysis.Quantities.Where(q => span.Contains(q.Span.Start))],
            [.. analysis.Times.Where(t => span.Contains(t.Span.Start) && TimelineBuilder.IsCalendarDate(t))],
            entities,
            words.Any(ReportingVerbs.Contains),
            words.Any(w => Negations.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n\u2019t", StringComparison.Ordinal)),
            quotes.Select(q => q.Via).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } via
                ? NormalizeSource(via)
                : RelayIn(sentence.Text, entities, analysis.Text));
    }

    /// <summary>True when the two sentences, though about the same thing, say different things.</summary>
    /// <remarks>
    /// Negation and dates only count between sentences that say nearly the same thing: at looser
    /// similarity "not" or another year usually belongs to a different statement, not a denial.
    /// </remarks>
    public bool Contradicts(SentenceFacts other)
    {
        var close = Clustering.TermVector.Cosine(Sentence.Vector, other.Sentence.Vector) >= SameStatementSimilarity;
        return (close && Negated != other.Negated) || GivesOtherValues(other, includeDates: close);
    }

    private const double SameStatementSimilarity = 0.5;

    /// <summary>True when the other sentence gives another figure for the same counted thing, or another date.</summary>
    public bool GivesOtherValues(SentenceFacts other, bool includeDates = true)
    {
        foreach (var quantity in Quantities.Where(q => !q.Uncertain))
        {
            var thing = CountedThing.Of(quantity, Sentence.Analysis);
            var mine = Quantities.Where(q => !q.Uncertain && thing is not null && CountedThing.Of(q, Sentence.Analysis) is { } t && t.IsSameAs(thing));
            var theirs = other.Quantities.Where(q => !q.Uncertain && thing is not null && CountedThing.Of(q, other.Sentence.Analysis) is { } t && t.IsSameAs(thing));
            if (Disagree(mine.Select(CountedThing.ValueText), theirs.Select(CountedThing.ValueText)))
            {
                return true;
            }
        }

        return includeDates && Dates.GroupBy(d => d.Value!.Length).Any(g =>
            Disagree(g.Select(d => d.Value!), other.Dates.Where(d => d.Value!.Length == g.Key).Select(d => d.Value!)));
    }

    public static string NormalizeSource(string source)
    {
        var lower = source.Trim().TrimEnd('.', ',', ';', ':').ToLowerInvariant();
        return lower.StartsWith("the ", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    private static bool Disagree(IEnumerable<string> mine, IEnumerable<string> theirs) =>
        ConflictingValues.Disagree(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["a"] = [.. mine],
            ["b"] = [.. theirs],
        });

    private static string? RelayIn(string sentence, List<EntityMention> entities, string text)
    {
        var match = RelayPhrase().Match(sentence);
        if (match.Success)
        {
            return NormalizeSource(match.Groups["source"].Value);
        }

        // "The Daily Ledger reported ..." names an organization as the source.
        foreach (var entity in entities.Where(e => e.Type == EntityType.Organization))
        {
            var after = text.AsSpan(entity.Span.End, Math.Min(20, text.Length - entity.Span.End)).TrimStart();
            if (after.StartsWith("reported", StringComparison.Ordinal) || after.StartsWith("reports", StringComparison.Ordinal))
            {
                return NormalizeSource(entity.Text);
            }
        }

        return null;
    }

    // A capitalized name after a relaying phrase: "according to the Harbor Times", "told Radio Norte".
    [GeneratedRegex(@"\b(?:according to|reported by|told|in an interview with|quoted by|cited by)\s+(?:the\s+)?(?<source>[A-Z][\w.&'\u2019-]*(?:\s+(?:[A-Z][\w.&'\u2019-]*|of|for|and|de)){0,5})")]
    private static partial Regex RelayPhrase();
}
