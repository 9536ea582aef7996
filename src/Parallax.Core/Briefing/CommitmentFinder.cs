using System.Text.RegularExpressions;
using Parallax.Clustering;
using Parallax.Entities;
using Parallax.Text;
using Parallax.Time;

namespace Parallax.Briefing;

/// <summary>
/// Commitments: an actor that commits, agrees, plans, pledges, promises, intends, vows, is expected
/// to, or will do something, with a deadline when a date follows the cue in the same sentence.
/// The deadline is the TimeML value with its modifier in words: "2021" with END renders as
/// "end of 2021", a plain date stays "2021-12-31". Similar commitments of one actor are merged.
/// </summary>
internal static partial class CommitmentFinder
{
    // Two reports of one commitment share the verb and its object.
    public const double SameActionSimilarity = 0.35;

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "which", "who",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "of", "in", "at", "with", "for", "near", "on", "by", "to", "across", "inside", "outside",
    };

    public static IReadOnlyList<CommitmentEntry> Find(StoryText story, EntityIndex entities)
    {
        var found = new List<(string Actor, string Action, string? Deadline, TermVector Vector, List<string> ArticleIds)>();
        foreach (var sentence in story.Sentences)
        {
            if (Read(sentence, entities) is not { } commitment)
            {
                continue;
            }

            var vector = story.Vector(commitment.Action);
            var match = found.FindIndex(f => SameActor(f.Actor, commitment.Actor)
                && (f.Deadline is null || commitment.Deadline is null || f.Deadline == commitment.Deadline)
                && TermVector.Cosine(f.Vector, vector) >= SameActionSimilarity);
            if (match < 0)
            {
                found.Add((commitment.Actor, commitment.Action, commitment.Deadline, vector, [sentence.ArticleId]));
                continue;
            }

            var existing = found[match];
            if (!existing.ArticleIds.Contains(sentence.ArticleId))
            {
                existing.ArticleIds.Add(sentence.ArticleId);
            }

            found[match] = existing with { Deadline = existing.Deadline ?? commitment.Deadline };
        }

        return [.. found.Select(f => new CommitmentEntry(f.Actor, f.Action, f.Deadline, f.ArticleIds))];
    }

    public static string RenderDeadline(TimeExpression time) => time.Modifier switch
    {
        "END" => "end of " + time.Value,
        "START" => "start of " + time.Value,
        "MID" => "mid-" + time.Value,
        "BEFORE" => "before " + time.Value,
        "AFTER" => "after " + time.Value,
        "APPROX" => "around " + time.Value,
        _ => time.Value!,
    };

    private static (string Actor, string Action, string? Deadline)? Read(StorySentence sentence, EntityIndex entities)
    {
        var analysis = sentence.Analysis;
        var text = analysis.Text;
        var start = sentence.Sentence.Span.Start;
        var body = sentence.Sentence.Span.Of(text);
        var cue = Cue().Match(body);
        if (!cue.Success)
        {
            return null;
        }

        var cueStart = start + cue.Index;
        var actionStart = cueStart + cue.Length;
        var actionEnd = start + ActionEnd(body, cue.Index + cue.Length);
        var clauseStart = start + ClauseStart(body, cue.Index);

        // A name right before the cue is the actor ("Governor Ilse Varga promised"); otherwise the
        // clause's subject phrase is ("Rescuers from Marrenburg will"), unless it is too long to be one.
        var mentions = analysis.Entities.Where(e => e.Span.Start >= clauseStart && e.Span.End <= cueStart).OrderBy(e => e.Span.Start).ToList();
        var phrase = text[clauseStart..cueStart].Trim().Trim('"', '\u201C', '\u201D', '\'').Trim();
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var adjacent = mentions.LastOrDefault(m => string.IsNullOrWhiteSpace(text[m.Span.End..cueStart]) && !AfterPreposition(text, clauseStart, m.Span.Start));
        var named = adjacent ?? (words.Length > 6 ? mentions.LastOrDefault() : null);
        string actor;
        if (named is not null)
        {
            actor = entities.Find(analysis.Article.Id, named.Span)?.Name ?? named.Text;
        }
        else
        {
            actor = phrase;
            var bareWill = cue.Groups["will"].Success;
            if (words.Length is 0 or > 6 || Pronouns.Contains(actor)
                || (bareWill && !char.IsUpper(actor[0]) && !actor.StartsWith("the ", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }
        }

        var deadline = analysis.Times
            .Where(t => t.Span.Start >= actionStart && t.Span.End <= actionEnd && TimelineBuilder.IsCalendarDate(t))
            .OrderBy(t => t.Span.Start)
            .FirstOrDefault();
        var action = Action(text, actionStart, actionEnd, deadline?.Span);
        return action.Length == 0 ? null : (actor, action, deadline is null ? null : RenderDeadline(deadline));
    }

    private static string Action(string text, int start, int end, Span? deadline)
    {
        string raw;
        if (deadline is { } span)
        {
            var before = TrailingPreposition().Replace(text[start..span.Start], string.Empty);
            raw = before + " " + text[span.End..end];
        }
        else
        {
            raw = text[start..end];
        }

        return Whitespace().Replace(raw, " ").Trim().TrimEnd('.', ',', ';', ':', '"', '\u201D').Trim();
    }

    /// <summary>The actor is the subject of the cue's own clause: after "that", a comma or a colon.</summary>
    private static int ClauseStart(string body, int cueIndex)
    {
        var best = 0;
        foreach (var marker in new[] { ", ", "; ", ": ", " that ", "\u201C", "\"" })
        {
            var at = body.LastIndexOf(marker, Math.Max(0, cueIndex - 1), StringComparison.Ordinal);
            if (at >= 0 && at + marker.Length <= cueIndex)
            {
                best = Math.Max(best, at + marker.Length);
            }
        }

        return best;
    }

    /// <summary>The action ends with the sentence or where a trailing attribution begins (", the minister said").</summary>
    private static int ActionEnd(string body, int from)
    {
        var attribution = TrailingAttribution().Match(body, from);
        var end = attribution.Success ? attribution.Index : body.Length;
        var semicolon = body.IndexOf(';', from);
        return semicolon >= 0 && semicolon < end ? semicolon : end;
    }

    /// <summary>"Rescuers from Marrenburg": a name after a preposition modifies the subject, it is not the subject.</summary>
    private static bool AfterPreposition(string text, int clauseStart, int mentionStart)
    {
        var before = text[clauseStart..mentionStart].TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var word = before[(lastSpace + 1)..];
        return Prepositions.Contains(word);
    }

    private static bool SameActor(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase)
        || a.Contains(b, StringComparison.OrdinalIgnoreCase)
        || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:(?:has |have )?commit(?:s|ted)? to|(?:has |have )?agree[sd]? to|plan(?:s|ned)? to|pledge[sd]? to|promise[sd]? to|intend(?:s|ed)? to|vow(?:s|ed)? to|(?:is|are|was|were) expected to|(?<will>will))\s", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\s*\b(?:by|before|until|in|on|at|no later than)(?:\s+the\s+(?:end|start|beginning|middle)\s+of)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPreposition();

    [GeneratedRegex(@",\s*(?:[\w.'\u2019-]+\s+){0,5}(?:said|says|told|added|announced|stated)\b")]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
