using System.Security.Cryptography;
using System.Text;
using Parallax.Analysis;
using Parallax.Entities.Lexicons;
using Parallax.Entities.Resolution;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// Merges the entity mentions of a set of articles into canonical entities. Types are voted per
/// spelling; places fold onto their gazetteer name ("U.S." = "United States"); other names fold on
/// a case-, article- and punctuation-insensitive key; acronyms join their expansions; people are
/// linked by <see cref="PersonLinker"/> with spelling-tolerant surnames; demonyms are linked to their
/// place by <see cref="DemonymLinker"/> without joining it.
/// </summary>
public sealed class EntityResolver
{
    public EntityIndex Resolve(IReadOnlyList<ArticleAnalysis> articles)
    {
        var mentions = Collect(articles);
        VoteTypes(mentions);

        var sets = new DisjointSets(mentions.Count);
        foreach (var group in mentions.Where(m => m.Type != EntityType.Person).GroupBy(NonPersonKey))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                sets.Union(first.Index, other.Index);
            }
        }

        AcronymLinker.Link(mentions, sets);
        PersonLinker.Link([.. mentions.Where(m => m.Type == EntityType.Person)], sets);
        return Build(mentions, sets);
    }

    private static List<ResolvedMention> Collect(IReadOnlyList<ArticleAnalysis> articles)
    {
        var mentions = new List<ResolvedMention>();
        foreach (var analysis in articles)
        {
            foreach (var mention in analysis.Entities.OrderBy(m => m.Span.Start))
            {
                var surface = Surface(mention);
                if (surface.Length > 0)
                {
                    mentions.Add(new ResolvedMention(mentions.Count, analysis.Article.Id, analysis.Text, mention, surface));
                }
            }
        }

        return mentions;
    }

    /// <summary>The mention without a leading "the" or honorific and without a possessive ending.</summary>
    private static string Surface(EntityMention mention)
    {
        var words = mention.Text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || PersonTitles.IsHonorific(words[0])))
        {
            words.RemoveAt(0);
        }

        var surface = string.Join(' ', words);
        return surface.EndsWith("'s", StringComparison.Ordinal) || surface.EndsWith("\u2019s", StringComparison.Ordinal) ? surface[..^2] : surface;
    }

    /// <summary>A spelling tagged differently across articles takes its majority type (ties: the lowest enum value).</summary>
    private static void VoteTypes(List<ResolvedMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => SpellingKey(m.Surface)))
        {
            var type = group.GroupBy(m => m.Mention.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            foreach (var mention in group)
            {
                mention.Type = type;
            }
        }
    }

    private static string NonPersonKey(ResolvedMention mention) =>
        mention.Type + ":" + ((mention.Type == EntityType.Location ? PlaceGazetteer.Canonical(mention.Surface)?.ToLowerInvariant() : null) ?? SpellingKey(mention.Surface));

    /// <summary>Case, dots, hyphens and Arabic article prefixes do not distinguish names.</summary>
    private static string SpellingKey(string surface)
    {
        var words = surface.Split(' ').Select(w => w[NameParticles.ArticlePrefixLength(w)..]);
        return new string([.. string.Join(' ', words).ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ')]);
    }

    private static EntityIndex Build(List<ResolvedMention> mentions, DisjointSets sets)
    {
        var entities = new List<CanonicalEntity>();
        var mentionToEntity = new Dictionary<(string ArticleId, Span Mention), string>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in mentions.GroupBy(m => sets.Find(m.Index)))
        {
            var members = group.ToList();
            var type = members.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var name = ChooseName(members);
            var id = UniqueId(type, name, usedIds);
            var statedRoles = StatedRoles(members);
            entities.Add(new CanonicalEntity
            {
                Id = id,
                Name = name,
                Type = type,
                Aliases = [.. members.Select(m => m.Surface).Distinct(StringComparer.Ordinal)],
                Roles = [.. statedRoles.Select(r => r.Role)],
                StatedRoles = statedRoles,
                ArticleIds = [.. members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)],
                MentionCount = members.Count,
            });
            foreach (var member in members)
            {
                mentionToEntity[(member.ArticleId, member.Mention.Span)] = id;
            }
        }

        entities = DemonymLinker.Link(entities, mentions, mentionToEntity);
        return new EntityIndex([.. entities.OrderByDescending(e => e.MentionCount).ThenBy(e => e.Name, StringComparer.Ordinal)], mentionToEntity);
    }

    /// <summary>Roles differing only in case are one role, spelled as first seen; each keeps every article stating it.</summary>
    private static List<StatedRole> StatedRoles(List<ResolvedMention> members) =>
        [.. members.Where(m => m.Mention.Role is not null)
            .GroupBy(m => m.Mention.Role!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StatedRole(g.First().Mention.Role!, [.. g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)]))];

    /// <summary>The most complete form (most words), then the most frequent, then the first seen.</summary>
    private static string ChooseName(List<ResolvedMention> members)
    {
        var best = members
            .GroupBy(m => m.Surface, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Split(' ').Length)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.First().Index)
            .First().Key;
        return members[0].Type == EntityType.Location ? PlaceGazetteer.Canonical(best) ?? best : best;
    }

    private static string UniqueId(EntityType type, string name, HashSet<string> used)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(type + ":" + name.ToLowerInvariant()));
        var id = "e-" + Convert.ToHexStringLower(hash, 0, 6);
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = id + "-" + n;
        }

        return candidate;
    }
}
