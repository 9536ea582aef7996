namespace Parallax.Entities.Resolution;

/// <summary>
/// Links an acronym to its expansion: explicitly ("the Islamic State group (ISIS)": the acronym in
/// brackets right after a multiword name sharing its first letter), or when exactly one multiword
/// organization of the set has the acronym's letters as its initials ("AP" and "Associated Press").
/// </summary>
internal static class AcronymLinker
{
    private static readonly HashSet<string> SkippedWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "&", "for", "de", "la" };

    private const int MaxGapBeforeBracket = 40;

    public static void Link(IReadOnlyList<ResolvedMention> mentions, DisjointSets sets)
    {
        var multiword = mentions.Where(m => m.Type is EntityType.Organization or EntityType.Misc && m.Surface.Contains(' ')).ToList();
        foreach (var acronym in mentions.Where(m => NameLexicon.IsAcronym(m.Surface) && m.Type == EntityType.Organization))
        {
            var letters = new string([.. acronym.Surface.Where(char.IsLetter)]);
            var expansion = Bracketed(acronym, letters, multiword) ?? UniqueByInitials(letters, multiword, sets);
            if (expansion is not null)
            {
                sets.Union(acronym.Index, expansion.Index);
            }
        }

        // Every other mention of an acronym follows its bracketed definition.
        foreach (var group in mentions.Where(m => NameLexicon.IsAcronym(m.Surface)).GroupBy(m => m.Surface))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                sets.Union(first.Index, other.Index);
            }
        }
    }

    public static string Initials(string name) =>
        new([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !SkippedWords.Contains(w)).Select(w => char.ToUpperInvariant(w[0]))]);

    private static ResolvedMention? Bracketed(ResolvedMention acronym, string letters, List<ResolvedMention> multiword)
    {
        var text = acronym.ArticleText;
        var before = acronym.Mention.Span.Start - 1;
        if (before < 0 || text[before] != '(')
        {
            return null;
        }

        var candidate = multiword
            .Where(m => m.ArticleId == acronym.ArticleId && m.Mention.Span.End <= before && before - m.Mention.Span.End <= MaxGapBeforeBracket)
            .MaxBy(m => m.Mention.Span.End);
        if (candidate is null)
        {
            return null;
        }

        var initials = Initials(candidate.Surface);
        var fits = initials[0] == letters[0] && (letters.StartsWith(initials, StringComparison.Ordinal) || initials.StartsWith(letters, StringComparison.Ordinal));
        return fits ? candidate : null;
    }

    private static ResolvedMention? UniqueByInitials(string letters, List<ResolvedMention> multiword, DisjointSets sets)
    {
        var matches = multiword.Where(m => m.Type == EntityType.Organization && Initials(m.Surface) == letters).ToList();
        return matches.Select(m => sets.Find(m.Index)).Distinct().Count() == 1 ? matches[0] : null;
    }
}
