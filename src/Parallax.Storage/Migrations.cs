namespace Parallax.Storage;

/// <summary>
/// The schema, as an ordered list of steps. A step is never edited once released: changes are new
/// steps, so every existing store can be brought forward by applying the steps it has not seen.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE articles (
            id                 TEXT PRIMARY KEY,
            path               TEXT,
            url                TEXT,
            title              TEXT NOT NULL,
            outlet             TEXT,
            published          TEXT,
            published_inferred INTEGER NOT NULL DEFAULT 0,
            language           TEXT NOT NULL,
            text               TEXT NOT NULL,
            ingested_at        TEXT NOT NULL,
            story_id           TEXT,
            duplicate_of       TEXT
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE stories (
            id              TEXT PRIMARY KEY,
            headline        TEXT NOT NULL,
            article_count   INTEGER NOT NULL,
            first_published TEXT,
            last_published  TEXT
        );
        """,
    ];
}
