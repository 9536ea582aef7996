using System.Globalization;
using Microsoft.Data.Sqlite;
using Parallax.Articles;

namespace Parallax.Storage;

/// <summary>
/// Reads and writes what the metadata step of <see cref="Migrations"/> added to an article: its
/// authors (a table of their own, in page order), its publication instant and the source of each
/// metadata field, stored as the <see cref="MetadataSource"/> name so the column stays readable in SQL.
/// </summary>
internal static class ArticleMetadataColumns
{
    /// <summary>Parameter names of the columns, in the order <see cref="Values"/> gives them.</summary>
    public static readonly string[] Parameters = ["$publishedAt", "$titleSource", "$publishedSource", "$authorsSource", "$outletSource", "$urlSource", "$languageSource"];

    public const string Names = "published_at, title_source, published_source, authors_source, outlet_source, url_source, language_source";

    public static object?[] Values(Article article)
    {
        var s = article.Sources;
        return
        [
            article.PublishedAt?.ToString("O", CultureInfo.InvariantCulture),
            s.Title?.ToString(), s.Published?.ToString(), s.Authors?.ToString(), s.Outlet?.ToString(), s.Url?.ToString(), s.Language?.ToString(),
        ];
    }

    /// <summary>Reads the columns of <see cref="Names"/> starting at <paramref name="first"/>.</summary>
    public static Article Read(Article article, SqliteDataReader reader, int first, IReadOnlyList<string>? authors) => article with
    {
        PublishedAt = reader.IsDBNull(first) ? null : DateTimeOffset.Parse(reader.GetString(first), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Authors = authors ?? [],
        Sources = new MetadataSources
        {
            Title = Source(reader, first + 1),
            Published = Source(reader, first + 2),
            Authors = Source(reader, first + 3),
            Outlet = Source(reader, first + 4),
            Url = Source(reader, first + 5),
            Language = Source(reader, first + 6),
        },
    };

    /// <summary>Adds the authors of an article just inserted, inside the caller's transaction.</summary>
    public static void AddAuthors(SqliteConnection connection, SqliteTransaction transaction, Article article)
    {
        for (var i = 0; i < article.Authors.Count; i++)
        {
            ArticleStore.Execute(connection, "INSERT OR IGNORE INTO article_authors (article_id, position, name) VALUES ($1, $2, $3)", transaction, article.Id, i, article.Authors[i]);
        }
    }

    /// <summary>Authors by article id, in page order; articles without authors are absent.</summary>
    public static Dictionary<string, List<string>> LoadAuthors(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, name FROM article_authors ORDER BY article_id, position";
        using var reader = command.ExecuteReader();
        var authors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var id = reader.GetString(0);
            if (!authors.TryGetValue(id, out var names))
            {
                authors[id] = names = [];
            }

            names.Add(reader.GetString(1));
        }

        return authors;
    }

    // A name this version does not know (written by a newer one) reads as unknown rather than failing the load.
    private static MetadataSource? Source(SqliteDataReader reader, int ordinal) =>
        !reader.IsDBNull(ordinal) && Enum.TryParse<MetadataSource>(reader.GetString(ordinal), out var source) ? source : null;
}
