using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Clustering;

namespace Parallax.Storage;

/// <summary>Reads and writes the topics and story override tables (see the topics step in <see cref="Migrations"/>).</summary>
internal static class StoryOverrideTables
{
    public static void ReplaceTopics(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<TopicRecord> topics)
    {
        ArticleStore.Execute(connection, "DELETE FROM topics", transaction);
        foreach (var topic in topics)
        {
            ArticleStore.Execute(connection, "INSERT INTO topics (id, headline, story_count) VALUES ($1, $2, $3)", transaction, topic.Id, topic.Headline, topic.StoryCount);
        }
    }

    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, StoredOverride stored, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO story_overrides (kind, story_id, created_at) VALUES ($kind, $story, $at) RETURNING id";
        command.Parameters.AddWithValue("$kind", KindName(stored.Override.Kind));
        command.Parameters.AddWithValue("$story", stored.StoryId);
        command.Parameters.AddWithValue("$at", now.ToString("O", CultureInfo.InvariantCulture));
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        var position = 0;
        foreach (var (article, moved) in stored.Override.Kept.Select(a => (a, 0)).Concat(stored.Override.Moved.Select(a => (a, 1))))
        {
            ArticleStore.Execute(connection, "INSERT INTO story_override_articles (override_id, position, article_id, moved) VALUES ($1, $2, $3, $4)", transaction, id, position++, article, moved);
        }
    }

    /// <summary>Every override, oldest first: the order they are applied in.</summary>
    public static IReadOnlyList<StoredOverride> Load(SqliteConnection connection)
    {
        var articles = new Dictionary<long, (List<string> Kept, List<string> Moved)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT override_id, article_id, moved FROM story_override_articles ORDER BY override_id, position";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!articles.TryGetValue(id, out var lists))
                {
                    articles[id] = lists = ([], []);
                }

                (reader.GetInt64(2) == 0 ? lists.Kept : lists.Moved).Add(reader.GetString(1));
            }
        }

        using var overrides = connection.CreateCommand();
        overrides.CommandText = "SELECT id, kind, story_id, created_at FROM story_overrides ORDER BY id";
        using var rows = overrides.ExecuteReader();
        var result = new List<StoredOverride>();
        while (rows.Read())
        {
            var id = rows.GetInt64(0);
            var (kept, moved) = articles.GetValueOrDefault(id, ([], []));
            var kind = rows.GetString(1) == "merge" ? StoryOverrideKind.Merge : StoryOverrideKind.Split;
            var recorded = DateTimeOffset.Parse(rows.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            result.Add(new StoredOverride(new StoryOverride(id, kind, kept, moved), rows.GetString(2), recorded));
        }

        return result;
    }

    /// <summary>Deletes one override (its articles go with it); false when there is no such override.</summary>
    public static bool Delete(SqliteConnection connection, SqliteTransaction transaction, long id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM story_overrides WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() == 1;
    }

    public static string KindName(StoryOverrideKind kind) => kind == StoryOverrideKind.Merge ? "merge" : "split";
}
