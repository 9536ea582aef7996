using Parallax.Entities;

namespace Parallax.Briefing;

/// <summary>
/// The story's entities: canonical entities mentioned in the story's articles, with article ids and
/// mention counts restricted to this story (an entity can appear in many stories), most mentioned first.
/// </summary>
internal static class EntityRoster
{
    public static IReadOnlyList<EntityEntry> List(StoryText story, EntityIndex index)
    {
        var storyIds = story.Articles.Select(a => a.Article.Id).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var articlesOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var article in story.Articles)
        {
            foreach (var mention in article.Entities)
            {
                if (index.Find(article.Article.Id, mention.Span) is { } entity)
                {
                    counts[entity.Id] = counts.GetValueOrDefault(entity.Id) + 1;
                    (articlesOf.TryGetValue(entity.Id, out var set) ? set : articlesOf[entity.Id] = []).Add(article.Article.Id);
                }
            }
        }

        var entries = new List<EntityEntry>();
        foreach (var entity in index.Entities)
        {
            var inStory = entity.ArticleIds.Where(storyIds.Contains).ToList();
            if (articlesOf.TryGetValue(entity.Id, out var found))
            {
                inStory = [.. inStory.Union(found, StringComparer.Ordinal)];
            }

            if (inStory.Count == 0)
            {
                continue;
            }

            // When the mention map does not cover this entity, its global count is the best figure
            // only if all of its articles belong to this story.
            var count = counts.TryGetValue(entity.Id, out var c) ? c
                : entity.ArticleIds.All(storyIds.Contains) ? entity.MentionCount : inStory.Count;
            var ordered = story.Articles.Select(a => a.Article.Id).Where(inStory.Contains).ToList();
            entries.Add(new EntityEntry(entity.Id, entity.Name, TypeName(entity.Type), entity.Aliases, entity.Roles, ordered, count)
            {
                StatedRoles = InStory(entity.StatedRoles, ordered),
                Demonyms = [.. entity.Demonyms.Select(d => d with { ArticleIds = [.. ordered.Where(d.ArticleIds.Contains)] }).Where(d => d.ArticleIds.Count > 0)],
            });
        }

        return [.. entries.OrderByDescending(e => e.MentionCount).ThenByDescending(e => e.ArticleIds.Count).ThenBy(e => e.Name, StringComparer.Ordinal)];
    }

    /// <summary>The roles stated in the story's articles, citing those articles in story order.</summary>
    private static List<StatedRole> InStory(IReadOnlyList<StatedRole> roles, List<string> storyArticles) =>
        [.. roles.Select(r => r with { ArticleIds = [.. storyArticles.Where(r.ArticleIds.Contains)] }).Where(r => r.ArticleIds.Count > 0)];

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "misc",
    };
}
