using Microsoft.Data.Sqlite;
using Parallax.Entities;

namespace Parallax.Storage;

/// <summary>Reads and writes the entity index tables (see the entity step in <see cref="Migrations"/>).</summary>
internal static class EntityTables
{
    /// <summary>Joins entity id and role into one lookup key (the unit separator cannot occur in either).</summary>
    private const char RoleKeySeparator = '\u001f';

    /// <summary>Replaces the whole index inside the caller's transaction.</summary>
    public static void Replace(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<CanonicalEntity> entities)
    {
        Run(connection, transaction, "DELETE FROM entity_demonyms; DELETE FROM entity_role_articles; DELETE FROM entity_articles; DELETE FROM entity_aliases; DELETE FROM entity_roles; DELETE FROM entities;");
        foreach (var entity in entities)
        {
            Run(connection, transaction, "INSERT INTO entities (id, name, type, mention_count) VALUES ($1, $2, $3, $4)", entity.Id, entity.Name, entity.Type.ToString(), entity.MentionCount);
            foreach (var alias in entity.Aliases.Distinct(StringComparer.Ordinal))
            {
                Run(connection, transaction, "INSERT INTO entity_aliases (entity_id, alias) VALUES ($1, $2)", entity.Id, alias);
            }

            foreach (var role in entity.Roles.Distinct(StringComparer.Ordinal))
            {
                Run(connection, transaction, "INSERT INTO entity_roles (entity_id, role) VALUES ($1, $2)", entity.Id, role);
            }

            foreach (var article in entity.ArticleIds.Distinct(StringComparer.Ordinal))
            {
                Run(connection, transaction, "INSERT INTO entity_articles (entity_id, article_id) VALUES ($1, $2)", entity.Id, article);
            }

            foreach (var stated in entity.StatedRoles.DistinctBy(r => r.Role, StringComparer.Ordinal))
            {
                foreach (var article in stated.ArticleIds.Distinct(StringComparer.Ordinal))
                {
                    Run(connection, transaction, "INSERT INTO entity_role_articles (entity_id, role, article_id) VALUES ($1, $2, $3)", entity.Id, stated.Role, article);
                }
            }

            foreach (var demonym in entity.Demonyms.DistinctBy(d => d.Demonym, StringComparer.Ordinal))
            {
                foreach (var article in demonym.ArticleIds.Distinct(StringComparer.Ordinal))
                {
                    Run(connection, transaction, "INSERT INTO entity_demonyms (entity_id, demonym, article_id) VALUES ($1, $2, $3)", entity.Id, demonym.Demonym, article);
                }
            }
        }
    }

    /// <summary>Every entity, most mentioned first.</summary>
    public static IReadOnlyList<EntityRecord> Load(SqliteConnection connection)
    {
        var aliases = Lists(connection, "SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, rowid");
        var roles = Lists(connection, "SELECT entity_id, role FROM entity_roles ORDER BY entity_id, rowid");
        var roleArticles = Lists(connection, "SELECT entity_id || char(31) || role, article_id FROM entity_role_articles ORDER BY entity_id, rowid");
        var demonyms = Demonyms(connection);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.id, e.name, e.type, e.mention_count, count(DISTINCT ea.article_id), count(DISTINCT a.story_id)
            FROM entities e
            LEFT JOIN entity_articles ea ON ea.entity_id = e.id
            LEFT JOIN articles a ON a.id = ea.article_id
            GROUP BY e.id
            ORDER BY e.mention_count DESC, e.name
            """;
        using var reader = command.ExecuteReader();
        var entities = new List<EntityRecord>();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            var entityRoles = roles.GetValueOrDefault(id) ?? [];
            entities.Add(new EntityRecord(id, reader.GetString(1), reader.GetString(2), reader.GetInt32(3), aliases.GetValueOrDefault(id) ?? [], entityRoles, reader.GetInt32(4), reader.GetInt32(5))
            {
                StatedRoles = [.. entityRoles.Select(role => new StatedRole(role, roleArticles.GetValueOrDefault(id + RoleKeySeparator + role) ?? []))],
                Demonyms = demonyms.GetValueOrDefault(id) ?? [],
            });
        }

        return entities;
    }

    /// <summary>Each place's demonyms in first-saved order, each with its articles.</summary>
    private static Dictionary<string, List<PlaceDemonym>> Demonyms(SqliteConnection connection)
    {
        var rows = new List<(string EntityId, string Demonym, string ArticleId)>();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entity_id, demonym, article_id FROM entity_demonyms ORDER BY rowid";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        return rows.GroupBy(r => r.EntityId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(r => r.Demonym, StringComparer.Ordinal).Select(d => new PlaceDemonym(d.Key, [.. d.Select(r => r.ArticleId)])).ToList(),
            StringComparer.Ordinal);
    }

    private static Dictionary<string, List<string>> Lists(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!lists.TryGetValue(id, out var list))
            {
                lists[id] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return lists;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql, params object?[] args) =>
        ArticleStore.Execute(connection, sql, transaction, args);
}
