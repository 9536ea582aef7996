namespace Parallax.Entities.Resolution;

/// <summary>
/// Links person mentions: full names that are spelling variants of one another (given names must
/// agree), then one-word mentions to a full name: the nearest earlier one in the same article, the
/// only one in the article, or the only one in the whole set. One-word mentions nothing explains
/// are grouped by spelling-tolerant key. Names are bucketed by consonant skeleton first, since
/// only names sharing one can match, which keeps large article sets fast.
/// </summary>
internal static class PersonLinker
{
    public static void Link(IReadOnlyList<ResolvedMention> persons, DisjointSets sets)
    {
        var names = persons.ToDictionary(p => p.Index, p => PersonName.Parse(p.Surface));
        var full = persons.Where(p => names[p.Index] is { IsFull: true }).ToList();
        var bySurname = full.ToLookup(f => NamePhonetics.Skeleton(names[f.Index]!.Surname));
        var byGiven = full.ToLookup(f => NamePhonetics.Skeleton(names[f.Index]!.Given!));

        foreach (var bucket in bySurname)
        {
            var members = bucket.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (names[members[i].Index]!.SamePersonAs(names[members[j].Index]!))
                    {
                        sets.Union(members[i].Index, members[j].Index);
                    }
                }
            }
        }

        var unresolved = new List<(ResolvedMention Mention, string Word)>();
        foreach (var single in persons.Where(p => names[p.Index] is { IsFull: false }))
        {
            var word = names[single.Index]!.Surname;
            var skeleton = NamePhonetics.Skeleton(word);
            var target = FindTarget(single, word, bySurname[skeleton].Where(f => names[f.Index]!.IsCalledBy(word, byGivenName: false)), sets)
                ?? FindTarget(single, word, byGiven[skeleton].Where(f => names[f.Index]!.IsCalledBy(word, byGivenName: true)), sets);
            if (target is { } index)
            {
                sets.Union(single.Index, index);
            }
            else
            {
                unresolved.Add((single, word));
            }
        }

        foreach (var bucket in unresolved.ToLookup(u => NamePhonetics.Skeleton(u.Word)))
        {
            var members = bucket.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (NamePhonetics.SameName(members[i].Word, members[j].Word))
                    {
                        sets.Union(members[i].Mention.Index, members[j].Mention.Index);
                    }
                }
            }
        }
    }

    private static int? FindTarget(ResolvedMention single, string word, IEnumerable<ResolvedMention> candidates, DisjointSets sets)
    {
        var matching = candidates.ToList();
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

        return word.Length > 1 ? OnlyEntity(matching, sets) : null;
    }

    private static int? OnlyEntity(List<ResolvedMention> candidates, DisjointSets sets)
    {
        var roots = candidates.Select(c => sets.Find(c.Index)).Distinct().ToList();
        return roots.Count == 1 ? roots[0] : null;
    }
}
