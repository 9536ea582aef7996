namespace Parallax.Entities.Resolution;

/// <summary>
/// Links person mentions. Full names that are spelling variants of one another merge when their
/// given names and stated genders agree. A one-word mention then joins a full name only when the
/// referent is unambiguous: a surname joins the one person of its article bearing it (or, when its
/// article names nobody by it, the one person of the whole set); a given name joins only within its
/// article, and never when the word is also someone's surname there. Where an article names two
/// people sharing the surname (relatives, namesakes), a gendered honorific or title ("Mr", "Mrs",
/// "spokeswoman") may pick one, or one clearly more present than the other; otherwise the mention
/// stays apart rather than merge two people.
/// One-word mentions nothing explains are grouped by spelling-tolerant key and stated gender.
/// Names are bucketed by consonant skeleton first, since only names sharing one can match, which
/// keeps large article sets fast.
/// </summary>
internal static class PersonLinker
{
    public static void Link(IReadOnlyList<ResolvedMention> persons, DisjointSets sets)
    {
        var names = persons.ToDictionary(p => p.Index, p => PersonName.Parse(p.Surface));
        var genders = persons.ToDictionary(p => p.Index, p => GenderCues.Of(p, names[p.Index]));
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
                    if (names[members[i].Index]!.SamePersonAs(names[members[j].Index]!) && GenderCues.Compatible(genders[members[i].Index], genders[members[j].Index]))
                    {
                        sets.Union(members[i].Index, members[j].Index);
                    }
                }
            }
        }

        var facts = Facts(full, genders, sets);
        var unresolved = new List<(ResolvedMention Mention, string Word)>();
        foreach (var single in persons.Where(p => names[p.Index] is { IsFull: false }))
        {
            var word = names[single.Index]!.Surname;
            var skeleton = NamePhonetics.Skeleton(word);
            var gender = genders[single.Index];
            var bearers = bySurname[skeleton].Where(f => names[f.Index]!.IsCalledBy(word, byGivenName: false)).ToList();
            var target = BySurname(single, word, gender, bearers, facts, sets)
                ?? ByGivenName(single, gender, bearers, byGiven[skeleton].Where(f => names[f.Index]!.IsCalledBy(word, byGivenName: true)), facts, sets);
            if (target is { } index)
            {
                sets.Union(single.Index, index);
            }
            else
            {
                unresolved.Add((single, word));
            }
        }

        foreach (var bucket in unresolved.ToLookup(u => (NamePhonetics.Skeleton(u.Word), genders[u.Mention.Index])))
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

    /// <summary>
    /// For each full-name mention, facts about its entity: the gender stated anywhere in it (Unknown
    /// when none or conflicting) and how many full-name mentions it has; keyed by mention, since
    /// roots move as one-word mentions join.
    /// </summary>
    private static Dictionary<int, EntityFacts> Facts(List<ResolvedMention> full, Dictionary<int, Gender> genders, DisjointSets sets)
    {
        var result = new Dictionary<int, EntityFacts>();
        foreach (var group in full.GroupBy(f => sets.Find(f.Index)))
        {
            var stated = group.Select(f => genders[f.Index]).Where(g => g != Gender.Unknown).Distinct().ToList();
            var facts = new EntityFacts(stated.Count == 1 ? stated[0] : Gender.Unknown, group.Count());
            foreach (var member in group)
            {
                result[member.Index] = facts;
            }
        }

        return result;
    }

    private static int? BySurname(ResolvedMention single, string word, Gender gender, List<ResolvedMention> bearers, Dictionary<int, EntityFacts> facts, DisjointSets sets)
    {
        var sameArticle = bearers.Where(f => f.ArticleId == single.ArticleId).ToList();
        if (sameArticle.Count > 0)
        {
            return Unambiguous(sameArticle, gender, facts, sets, bySalience: true);
        }

        // Across articles a one-letter word is too weak a clue, and nothing in context ranks the bearers.
        return word.Length > 1 ? Unambiguous(bearers, gender, facts, sets, bySalience: false) : null;
    }

    /// <summary>First names are how writers refer to someone already introduced in the same article, so they link only there.</summary>
    private static int? ByGivenName(ResolvedMention single, Gender gender, List<ResolvedMention> surnameBearers, IEnumerable<ResolvedMention> candidates, Dictionary<int, EntityFacts> facts, DisjointSets sets)
    {
        if (surnameBearers.Any(f => f.ArticleId == single.ArticleId))
        {
            return null;
        }

        var sameArticle = candidates.Where(f => f.ArticleId == single.ArticleId).ToList();
        return sameArticle.Count > 0 ? Unambiguous(sameArticle, gender, facts, sets, bySalience: true) : null;
    }

    /// <summary>
    /// The entity the candidates (full-name mentions) point to: after dropping those whose known
    /// gender contradicts the mention's, the only one left; else the only one of the mention's
    /// stated gender; else, within an article, the clearly most salient one — named in full more often in the article,
    /// or, on a tie there, at least twice as often in the whole set. A story about one man that
    /// once names his brother still calls him by surname; two equally present relatives stay apart.
    /// </summary>
    private static int? Unambiguous(List<ResolvedMention> candidates, Gender gender, Dictionary<int, EntityFacts> facts, DisjointSets sets, bool bySalience)
    {
        var entities = candidates.GroupBy(c => sets.Find(c.Index))
            .Select(g => (Root: g.Key, Facts: facts[g.First().Index], Here: g.Count()))
            .Where(e => GenderCues.Compatible(gender, e.Facts.Gender))
            .ToList();
        if (entities.Count <= 1)
        {
            return entities.Count == 1 ? entities[0].Root : null;
        }

        var sameGender = entities.Where(e => gender != Gender.Unknown && e.Facts.Gender == gender).ToList();
        if (sameGender.Count == 1 || !bySalience)
        {
            return sameGender.Count == 1 ? sameGender[0].Root : null;
        }

        var ranked = entities.OrderByDescending(e => e.Here).ThenByDescending(e => e.Facts.FullMentions).ToList();
        var (first, second) = (ranked[0], ranked[1]);
        var salient = first.Here > second.Here || first.Facts.FullMentions >= SalienceRatio * second.Facts.FullMentions;
        return salient ? first.Root : null;
    }

    private const int SalienceRatio = 2;

    private sealed record EntityFacts(Gender Gender, int FullMentions);
}
