namespace Parallax.Entities.Resolution;

/// <summary>
/// Links person mentions: full names that are spelling variants of one another (given names must
/// agree), then one-word mentions to a full name: the nearest earlier one in the same article, the
/// only one in the article, or the only one in the whole set. One-word mentions nothing explains
/// are grouped by spelling-tolerant key.
/// </summary>
internal static class PersonLinker
{
    public static void Link(IReadOnlyList<ResolvedMention> persons, DisjointSets sets)
    {
        var names = persons.ToDictionary(p => p.Index, p => PersonName.Parse(p.Surface));
        var full = persons.Where(p => names[p.Index] is { IsFull: true }).ToList();
        for (var i = 0; i < full.Count; i++)
        {
            for (var j = i + 1; j < full.Count; j++)
            {
                if (names[full[i].Index]!.SamePersonAs(names[full[j].Index]!))
                {
                    sets.Union(full[i].Index, full[j].Index);
                }
            }
        }

        var unresolved = new List<(ResolvedMention Mention, string Word)>();
        foreach (var single in persons.Where(p => names[p.Index] is { IsFull: false }))
        {
            var word = names[single.Index]!.Surname;
            var target = FindTarget(single, word, byGivenName: false, full, names, sets)
                ?? FindTarget(single, word, byGivenName: true, full, names, sets);
            if (target is { } index)
            {
                sets.Union(single.Index, index);
            }
            else
            {
                unresolved.Add((single, word));
            }
        }

        for (var i = 0; i < unresolved.Count; i++)
        {
            for (var j = i + 1; j < unresolved.Count; j++)
            {
                if (NamePhonetics.SameName(unresolved[i].Word, unresolved[j].Word))
                {
                    sets.Union(unresolved[i].Mention.Index, unresolved[j].Mention.Index);
                }
            }
        }
    }

    private static int? FindTarget(ResolvedMention single, string word, bool byGivenName, List<ResolvedMention> full,
        Dictionary<int, PersonName?> names, DisjointSets sets)
    {
        var matching = full.Where(f => names[f.Index]!.IsCalledBy(word, byGivenName)).ToList();
        var sameArticle = matching.Where(f => f.ArticleId == single.ArticleId).ToList();
        if (sameArticle.Count > 0)
        {
            // Writers name a person in full and then shorten: the closest earlier full mention is the referent.
            var earlier = sameArticle.Where(f => f.Mention.Span.Start < single.Mention.Span.Start).MaxBy(f => f.Mention.Span.Start);
            if (earlier is not null)
            {
                return earlier.Index;
            }

            return OnlyEntity(sameArticle, sets);
        }

        return OnlyEntity(matching, sets);
    }

    private static int? OnlyEntity(List<ResolvedMention> candidates, DisjointSets sets)
    {
        var roots = candidates.Select(c => sets.Find(c.Index)).Distinct().ToList();
        return roots.Count == 1 ? roots[0] : null;
    }
}
