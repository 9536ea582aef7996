using Parallax.Analysis;
using Parallax.Briefing;
using Parallax.Entities;
using Parallax.Quotes;
using Parallax.Text;
using Parallax.Time;

namespace Parallax.Web.Articles;

/// <summary>
/// An article with its cleaned text and every annotation as a span (start, length) into that text,
/// so a client can highlight exactly the words each one came from.
/// </summary>
public sealed record ArticleDetail(
    ArticleEntry Article,
    string Text,
    IReadOnlyList<EntitySpan> Entities,
    IReadOnlyList<QuoteSpan> Quotes,
    IReadOnlyList<TimeExpressionSpan> Times,
    IReadOnlyList<QuantitySpan> Quantities)
{
    internal static ArticleDetail From(ArticleEntry entry, ArticleAnalysis analysis, EntityIndex index)
    {
        var id = entry.Id;
        return new ArticleDetail(
            entry,
            analysis.Text,
            [.. analysis.Entities.Select(e => new EntitySpan(e.Span.Start, e.Span.Length, e.Text, TypeName(e.Type), index.Find(id, e)?.Id, e.Role))],
            [.. analysis.Quotes.Select(q => new QuoteSpan(
                q.Content.Start,
                q.Content.Length,
                Name(q.Kind),
                q.Cue is { } cue ? new SpanRef(cue.Start, cue.Length) : null,
                q.Speaker.Text,
                q.Speaker.Antecedent is { } a ? index.Find(id, a)?.Id : q.Speaker.Span is { } s ? index.Find(id, s)?.Id : null,
                q.Via))],
            [.. analysis.Times.Select(t => new TimeExpressionSpan(t.Span.Start, t.Span.Length, Name(t.Type), t.Value))],
            [.. analysis.Quantities.Select(q => new QuantitySpan(q.Span.Start, q.Span.Length, q.Value, q.Unit, q.Counted))]);
    }

    // Lower-case names, as the briefing's JSON spells types and kinds.
    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "misc",
    };

    private static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Indirect => "indirect",
        QuoteKind.Mixed => "mixed",
        _ => "direct",
    };

    private static string Name(TimexType type) => type switch
    {
        TimexType.Time => "time",
        TimexType.Duration => "duration",
        TimexType.Set => "set",
        _ => "date",
    };
}

public sealed record SpanRef(int Start, int Length)
{
    internal Span ToSpan() => new(Start, Length);
}

public sealed record EntitySpan(int Start, int Length, string Text, string Type, string? EntityId, string? Role);

public sealed record QuoteSpan(int Start, int Length, string Kind, SpanRef? Cue, string Speaker, string? SpeakerEntityId, string? Via);

public sealed record TimeExpressionSpan(int Start, int Length, string Type, string? Value);

public sealed record QuantitySpan(int Start, int Length, decimal Value, string? Unit, string? Counted);
