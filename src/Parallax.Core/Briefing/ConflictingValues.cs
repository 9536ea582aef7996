namespace Parallax.Briefing;

/// <summary>
/// Decides whether values reported by several articles for one thing disagree. An article that
/// gives a superset of another's values ("fell from 5,200 to 2,500" against "2,500") does not
/// contradict it; two articles whose value sets each hold something the other lacks do.
/// </summary>
internal static class ConflictingValues
{
    public static bool Disagree(IReadOnlyDictionary<string, HashSet<string>> valuesByArticle)
    {
        var sets = valuesByArticle.Values.Where(v => v.Count > 0).ToList();
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                if (!sets[i].IsSubsetOf(sets[j]) && !sets[j].IsSubsetOf(sets[i]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Values in first-seen order, each with the articles that report it.</summary>
    public static IReadOnlyList<DiscrepancyValue> Values(IEnumerable<(string Value, string ArticleId)> reports)
    {
        var order = new List<string>();
        var articles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (value, articleId) in reports)
        {
            if (!articles.TryGetValue(value, out var list))
            {
                order.Add(value);
                list = articles[value] = [];
            }

            if (!list.Contains(articleId))
            {
                list.Add(articleId);
            }
        }

        return [.. order.Select(v => new DiscrepancyValue(v, articles[v]))];
    }
}
