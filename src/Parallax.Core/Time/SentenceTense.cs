using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Time;

internal enum Tense
{
    None,
    Past,
    Future,
}

/// <summary>
/// A lexical guess at whether the clause around a time expression talks about the past or the
/// future, which is what decides between last and next Monday. Without a part-of-speech tagger
/// the guess uses cue words: modal and planning phrases for the future, irregular past forms and
/// "-ed" verbs for the past. The cue closest to the expression wins, because one sentence often
/// mixes a past reporting frame with a future event ("officials said they will meet on Monday").
/// </summary>
internal static class SentenceTense
{
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    private static readonly Regex FutureCue = new(
        @"\b(?:will|won't|shall|wo?n't|(?:is|are|am|'s|'re)\s+(?:expected|scheduled|set|due|slated|poised|likely|planning|preparing|going|hoping)\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|expected\s+to|to\s+be\s+held|upcoming|would|planned\s+to|(?<!had\s+been\s+)scheduled|supposed\s+to|set\s+to|as\s+soon\s+as)\b|'ll\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex PastCue = new(
        @"\b(?:was|were|had|did|met|went|came|took|made|gave|held|left|began|became|spoke|saw|got|won|lost|fell|rose|sent|led|ran|put|brought|bought|kept|found|thought|felt|struck|fought|flew|wrote|chose|paid|sold|hit|ago|[a-z]{2,}ed)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);

    /// <summary>Reporting verbs frame most news sentences, so they only count when nothing else does.</summary>
    private static readonly Regex ReportingCue = new(
        @"\b(?:said|told|added|stated|reported|noted|wrote|explained|claimed|insisted|says|tells)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>"-ed" words that are not past verbs, and determiners that make an "-ed" word an adjective.</summary>
    private static readonly HashSet<string> NotPast = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "indeed", "speed", "seed", "feed", "breed", "bed", "red", "hundred", "shed", "creed", "proceed",
        "succeed", "exceed", "based", "concerned", "expected", "united", "limited", "advanced", "armed", "unnamed",
        "detailed", "proposed", "related", "reported", "said", "added", "stated", "noted", "claimed", "explained",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "of", "with", "be", "been", "being",
    };

    /// <summary>"said Thursday", "announced on Monday": the day of the reporting act itself, always past.</summary>
    private static readonly Regex ReportedDay = new(
        @"\b(?:said|told|announced|reported|added|stated|confirmed|disclosed|declared)\s+(?:on\s+|late\s+|early\s+)?$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    public static Tense Detect(string text, Span sentence, Span expression)
    {
        var lead = Math.Max(sentence.Start, expression.Start - 30);
        if (ReportedDay.IsMatch(text.AsSpan(lead, expression.Start - lead).ToString()))
        {
            return Tense.Past;
        }

        var clause = sentence.Of(text);
        var offset = sentence.Start;
        var best = int.MaxValue;
        var tense = Tense.None;
        var futureSpans = new List<Span>();

        foreach (Match m in FutureCue.Matches(clause))
        {
            var span = new Span(offset + m.Index, m.Length);
            futureSpans.Add(span);
            Consider(span, Tense.Future);
        }

        foreach (Match m in PastCue.Matches(clause))
        {
            var span = new Span(offset + m.Index, m.Length);
            if (futureSpans.Any(f => f.Overlaps(span)) || span.Overlaps(expression) || !IsPastVerb(clause, m))
            {
                continue;
            }

            Consider(span, Tense.Past);
        }

        if (tense == Tense.None && ReportingCue.IsMatch(clause))
        {
            tense = Tense.Past;
        }

        return tense;

        void Consider(Span cue, Tense candidate)
        {
            var distance = cue.End <= expression.Start ? expression.Start - cue.End : Math.Abs(cue.Start - expression.End);
            // Ties go to the future reading, which was added first.
            if (distance < best)
            {
                best = distance;
                tense = candidate;
            }
        }
    }

    private static bool IsPastVerb(string clause, Match m)
    {
        var word = m.Value;
        if (!word.EndsWith("ed", StringComparison.Ordinal))
        {
            return true;
        }

        if (NotPast.Contains(word))
        {
            return false;
        }

        var before = clause[..m.Index].TrimEnd();
        var space = before.LastIndexOfAny([' ', '\n', '\t', '(', '"']);
        var previous = before[(space + 1)..];
        return !Determiners.Contains(previous);
    }
}
