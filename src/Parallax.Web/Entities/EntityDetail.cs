using Parallax.Briefing;
using Parallax.Web.Corpus;

namespace Parallax.Web.Entities;

/// <summary>One entity across the store: its spellings and roles, the stories it appears in and what it said.</summary>
public sealed record EntityDetail(EntityEntry Entity, IReadOnlyList<StoryRef> Stories, IReadOnlyList<StoryQuote> Quotes)
{
    internal static EntityDetail From(EntityEntry entity, CorpusSnapshot snapshot) => new(
        entity,
        [.. snapshot.StoriesMentioning(entity.Id).Select(s => new StoryRef(s.Id, s.Headline))],
        [.. snapshot.Quotes.Where(q => q.Quote.Speaker.EntityId == entity.Id)]);
}

/// <summary>A story by id and headline, for links.</summary>
public sealed record StoryRef(string Id, string Headline);
