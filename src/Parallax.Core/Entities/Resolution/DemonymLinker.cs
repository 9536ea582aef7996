using Parallax.Entities.Lexicons;
using Parallax.Text;

namespace Parallax.Entities.Resolution;

/// <summary>
/// Links demonym mentions ("Iraqi officials") to the place entity they name when that place is among
/// the resolved entities. The link is recorded on the place and never merges the two clusters:
/// "Iraqi" describes people or things from Iraq, it does not corefer with Iraq.
/// </summary>
internal static class DemonymLinker
{
    public static List<CanonicalEntity> Link(List<CanonicalEntity> entities, List<ResolvedMention> mentions, Dictionary<(string ArticleId, Span Mention), string> mentionToEntity)
    {
        var placeIdByName = PlaceIdsByName(entities);
        var uses = new Dictionary<string, List<ResolvedMention>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (Demonyms.PlaceOf(mention.Surface) is { } place
                && placeIdByName.TryGetValue(place, out var placeId)
                && mentionToEntity.GetValueOrDefault((mention.ArticleId, mention.Mention.Span)) != placeId)
            {
                (uses.TryGetValue(placeId, out var list) ? list : uses[placeId] = []).Add(mention);
            }
        }

        return [.. entities.Select(e => uses.TryGetValue(e.Id, out var found) ? e with { Demonyms = Group(found) } : e)];
    }

    /// <summary>Every location entity under its name and aliases, each folded onto its gazetteer spelling ("U.S." -> "United States").</summary>
    private static Dictionary<string, string> PlaceIdsByName(List<CanonicalEntity> entities)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities.Where(e => e.Type == EntityType.Location).OrderByDescending(e => e.MentionCount))
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                ids.TryAdd(PlaceGazetteer.Canonical(name) ?? name, entity.Id);
            }
        }

        return ids;
    }

    /// <summary>Forms differing only in case ("IRAQI" in a headline) are one demonym, spelled as first seen.</summary>
    private static List<PlaceDemonym> Group(List<ResolvedMention> uses) =>
        [.. uses.GroupBy(m => m.Surface, StringComparer.OrdinalIgnoreCase)
            .Select(g => new PlaceDemonym(g.First().Surface, [.. g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)]))];
}
