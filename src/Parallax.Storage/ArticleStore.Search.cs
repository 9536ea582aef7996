using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Storage.Search;
using Parallax.Text;

namespace Parallax.Storage;

public sealed partial class ArticleStore
{
    // Control characters cannot occur in cleaned text, so they mark the matched words unambiguously.
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';

    /// <summary>
    /// A read-only connection to a store that <see cref="Open"/> has already brought to this
    /// version, so searches can run beside the writer and each other (WAL lets readers proceed
    /// while a batch commits). An in-memory store has no second connection.
    /// </summary>
    public static ArticleStore OpenReader(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path == InMemory)
        {
            throw new ArgumentException("An in-memory store cannot be opened a second time.", nameof(path));
        }

        var builder = new SqliteConnectionStringBuilder { Pooling = false, DataSource = System.IO.Path.GetFullPath(path), Mode = SqliteOpenMode.ReadOnly };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            var store = new ArticleStore(connection, time, path);
            if (store.SchemaVersion != Migrations.Steps.Count)
            {
                throw new StoreException($"{path}: the store has schema version {store.SchemaVersion}, not {Migrations.Steps.Count}; open it for writing first.");
            }

            return store;
        }
        catch (Exception e) when (e is SqliteException or StoreException)
        {
            connection.Dispose();
            throw e as StoreException ?? new StoreException($"{path}: cannot open the store for reading: {e.Message}", e);
        }
    }

    /// <summary>
    /// A number that changes whenever another connection commits to the store, so a long-running
    /// reader can tell that its cached analysis is stale (SQLite's data_version).
    /// </summary>
    public long DataVersion => Convert.ToInt64(Scalar("PRAGMA data_version"), CultureInfo.InvariantCulture);

    /// <summary>Articles containing every word of <paramref name="text"/>, most relevant first (FTS5 bm25).</summary>
    public IReadOnlyList<SearchHit> Search(string text, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = FullTextQuery.From(text);
        if (query is null)
        {
            return [];
        }

        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT article_id, title, snippet(articles_fts, 2, char(2), char(3), '…', 24)
            FROM articles_fts WHERE articles_fts MATCH $query ORDER BY rank LIMIT $limit
            """;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            var (snippet, matches) = Unmark(reader.GetString(2));
            hits.Add(new SearchHit(reader.GetString(0), reader.GetString(1), snippet, matches));
        }

        return hits;
    }

    private static (string Snippet, IReadOnlyList<Span> Matches) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var matches = new List<Span>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == MatchStart)
            {
                start = text.Length;
            }
            else if (c == MatchEnd && start >= 0)
            {
                matches.Add(Span.FromBounds(start, text.Length));
                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return (text.ToString(), matches);
    }
}
