using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Articles;
using Parallax.Entities;

namespace Parallax.Storage;

/// <summary>
/// The embedded SQLite store. Every write is one transaction, so a killed process leaves either the
/// whole batch or none of it; WAL journaling keeps readers working while a writer commits.
/// Articles are keyed by their content hash, which makes re-ingesting the same article a no-op.
/// </summary>
public sealed partial class ArticleStore : IDisposable
{
    public const string InMemory = ":memory:";

    private static readonly string[] ArticleColumns = ["$id", "$path", "$url", "$title", "$outlet", "$published", "$inferred", "$language", "$text", "$ingested", .. ArticleMetadataColumns.Parameters];

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    private ArticleStore(SqliteConnection connection, TimeProvider time, string location)
    {
        _connection = connection;
        _time = time;
        Location = location;
    }

    public string Location { get; }

    public static ArticleStore Open(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { Pooling = false };
        if (path == InMemory)
        {
            builder.DataSource = InMemory;
        }
        else
        {
            var full = System.IO.Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new StoreException($"{path}: is a directory, not a database file.");
            }

            builder.DataSource = full;
            builder.Mode = SqliteOpenMode.ReadWriteCreate;
        }

        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            var store = new ArticleStore(connection, time, path);
            store.Migrate();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open the store: {e.Message}", e);
        }
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds the articles not yet stored, in one transaction; returns how many were new. Only an id
    /// conflict is ignored (that is the idempotent re-ingest); any other failure rolls back the batch.
    /// </summary>
    public int AddArticles(IEnumerable<Article> articles)
    {
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO articles (id, path, url, title, outlet, published, published_inferred, language, text, ingested_at, {ArticleMetadataColumns.Names})
            VALUES ({string.Join(", ", ArticleColumns)})
            ON CONFLICT (id) DO NOTHING
            """;
        var parameters = ArticleColumns
            .Select(name => command.Parameters.Add(name, SqliteType.Text))
            .ToArray();
        var ingested = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var added = 0;
        foreach (var a in articles)
        {
            object?[] values = [a.Id, a.Path, a.Url, a.Title, a.Outlet, FormatDate(a.Published), a.PublishedInferred ? 1 : 0, a.Language, a.Text, ingested, .. ArticleMetadataColumns.Values(a)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            // Authors go in only with a new row, so re-ingesting an article adds nothing.
            if (command.ExecuteNonQuery() == 1)
            {
                ArticleMetadataColumns.AddAuthors(_connection, transaction, a);
                added++;
            }
        }

        transaction.Commit();
        return added;
    }

    public IReadOnlyList<Article> LoadArticles(string? storyId = null)
    {
        var authors = ArticleMetadataColumns.LoadAuthors(_connection);
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT id, path, url, title, outlet, published, published_inferred, language, text, {ArticleMetadataColumns.Names} FROM articles"
            + (storyId is null ? string.Empty : " WHERE story_id = $story")
            + " ORDER BY published IS NULL, published, id";
        if (storyId is not null)
        {
            command.Parameters.AddWithValue("$story", storyId);
        }

        using var reader = command.ExecuteReader();
        var articles = new List<Article>();
        while (reader.Read())
        {
            var article = new Article
            {
                Id = reader.GetString(0),
                Path = NullableString(reader, 1),
                Url = NullableString(reader, 2),
                Title = reader.GetString(3),
                Outlet = NullableString(reader, 4),
                Published = ParseDate(NullableString(reader, 5)),
                PublishedInferred = reader.GetInt64(6) != 0,
                Language = reader.GetString(7),
                Text = reader.GetString(8),
            };
            articles.Add(ArticleMetadataColumns.Read(article, reader, 9, authors.GetValueOrDefault(article.Id)));
        }

        return articles;
    }

    /// <summary>
    /// The articles as clustering must see them: without the publication dates a previous
    /// clustering inferred from their stories, so analyzing the store twice gives the same stories.
    /// </summary>
    public IReadOnlyList<Article> LoadArticlesToCluster() => [.. LoadArticles().Select(StoryInferredDates.Forget)];

    public int ArticleCount => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    /// <summary>
    /// Replaces the story list, every article's story, duplicate link and inferred date, and (when
    /// given) the entity index in one transaction, so listings never show a half-clustered store.
    /// </summary>
    /// <param name="topics">The topics the stories name; when given, they replace the stored ones.</param>
    /// <param name="newOverride">A manual override to keep, saved with the stories it produced.</param>
    /// <param name="removedOverride">The id of a manual override to drop, removed with the stories made without it.</param>
    /// <exception cref="StoreException">The store refused a write; nothing was saved.</exception>
    /// <exception cref="StoryEditException"><paramref name="removedOverride"/> is not stored; nothing was saved.</exception>
    public void SaveStories(IReadOnlyList<StoryRecord> stories, IReadOnlyList<StoryAssignment> assignments, IReadOnlyDictionary<string, InferredPublication> inferredDates, IReadOnlyList<CanonicalEntity>? entities = null, IReadOnlyList<TopicRecord>? topics = null, StoredOverride? newOverride = null, long? removedOverride = null)
    {
        // Disposing the transaction without committing rolls every statement back.
        using var transaction = _connection.BeginTransaction();
        try
        {
            WriteStories(transaction, stories, assignments, inferredDates, entities, topics);
            if (newOverride is not null)
            {
                StoryOverrideTables.Insert(_connection, transaction, newOverride, _time.GetUtcNow());
            }

            if (removedOverride is { } id && !StoryOverrideTables.Delete(_connection, transaction, id))
            {
                throw StoryEdits.UnknownOverride(this, id);
            }

            transaction.Commit();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"{Location}: cannot save the stories, nothing was changed: {e.Message}", e);
        }
    }

    private void WriteStories(SqliteTransaction transaction, IReadOnlyList<StoryRecord> stories, IReadOnlyList<StoryAssignment> assignments, IReadOnlyDictionary<string, InferredPublication> inferredDates, IReadOnlyList<CanonicalEntity>? entities, IReadOnlyList<TopicRecord>? topics)
    {
        Execute(_connection, "DELETE FROM stories; UPDATE articles SET story_id = NULL, duplicate_of = NULL;", transaction);
        foreach (var story in stories)
        {
            Execute(
                _connection,
                "INSERT INTO stories (id, headline, article_count, first_published, last_published, topic_id) VALUES ($1, $2, $3, $4, $5, $6)",
                transaction,
                story.Id,
                story.Headline,
                story.ArticleCount,
                FormatDate(story.FirstPublished),
                FormatDate(story.LastPublished),
                story.TopicId);
        }

        if (topics is not null)
        {
            StoryOverrideTables.ReplaceTopics(_connection, transaction, topics);
        }

        foreach (var assignment in assignments)
        {
            Execute(_connection, "UPDATE articles SET story_id = $1, duplicate_of = $2 WHERE id = $3", transaction, assignment.StoryId, assignment.DuplicateOf, assignment.ArticleId);
        }

        Execute(_connection, StoryInferredDates.ClearSql, transaction);
        foreach (var (id, inferred) in inferredDates)
        {
            Execute(_connection, "UPDATE articles SET published = $1, published_inferred = 1, published_source = $2 WHERE id = $3 AND published IS NULL", transaction, FormatDate(inferred.Date), inferred.Source.ToString(), id);
        }

        if (entities is not null)
        {
            EntityTables.Replace(_connection, transaction, entities);
        }
    }

    public IReadOnlyList<StoryRecord> LoadStories()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, headline, article_count, first_published, last_published, topic_id FROM stories ORDER BY last_published DESC, id";
        using var reader = command.ExecuteReader();
        var stories = new List<StoryRecord>();
        while (reader.Read())
        {
            stories.Add(new StoryRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                ParseDate(NullableString(reader, 3)),
                ParseDate(NullableString(reader, 4)),
                NullableString(reader, 5)));
        }

        return stories;
    }

    /// <summary>The entity index, most mentioned first, with article and story counts.</summary>
    public IReadOnlyList<EntityRecord> LoadEntities() => EntityTables.Load(_connection);

    public void Dispose() => _connection.Dispose();

    private void Migrate()
    {
        var version = SchemaVersion;
        for (var step = version; step < Migrations.Steps.Count; step++)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(_connection, Migrations.Steps[step], transaction);
            Execute(_connection, $"PRAGMA user_version = {step + 1}", transaction);
            transaction.Commit();
        }

        if (version > Migrations.Steps.Count)
        {
            throw new StoreException($"{Location}: the store has schema version {version}, newer than this Parallax understands ({Migrations.Steps.Count}).");
        }
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null, params object?[] args)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1).ToString(CultureInfo.InvariantCulture), args[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
