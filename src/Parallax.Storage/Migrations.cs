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

        // Full-text search over articles. The index keeps its own copy of the text rather than
        // pointing at articles' implicit rowids, which VACUUM may renumber; triggers keep it in
        // step with every insert in the same transaction, and the backfill covers older stores.
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            article_id UNINDEXED,
            title,
            text,
            tokenize = 'unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles;
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            DELETE FROM articles_fts WHERE article_id = old.id;
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            UPDATE articles_fts SET title = new.title, text = new.text WHERE article_id = new.id;
        END;
        """,

        // Entity index: canonical entities of the whole store, rewritten on every story refresh.
        // Stories are reached through articles.story_id, so a story refresh cannot leave them stale.
        """
        CREATE TABLE entities (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL,
            type          TEXT NOT NULL,
            mention_count INTEGER NOT NULL
        );
        CREATE TABLE entity_aliases (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias     TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)
        );
        CREATE TABLE entity_roles (
            entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            role      TEXT NOT NULL,
            PRIMARY KEY (entity_id, role)
        );
        CREATE TABLE entity_articles (
            entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (entity_id, article_id)
        );
        CREATE INDEX entity_articles_article ON entity_articles(article_id);
        """,

        // Topics (the storyline grouping related stories) and manual story overrides. Overrides
        // name articles, not stories, because re-clustering renames stories; their articles are
        // not foreign keys, so an override outlives an article and is reported as stale instead.
        // Stories of an older store each become their own topic until the next re-clustering.
        """
        CREATE TABLE topics (
            id          TEXT PRIMARY KEY,
            headline    TEXT NOT NULL,
            story_count INTEGER NOT NULL
        );
        ALTER TABLE stories ADD COLUMN topic_id TEXT;
        CREATE INDEX stories_topic ON stories(topic_id);
        UPDATE stories SET topic_id = 't-' || substr(id, 3);
        INSERT INTO topics (id, headline, story_count) SELECT topic_id, headline, 1 FROM stories;
        CREATE TABLE story_overrides (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
            story_id   TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE story_override_articles (
            override_id INTEGER NOT NULL REFERENCES story_overrides(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            article_id  TEXT NOT NULL,
            moved       INTEGER NOT NULL,
            PRIMARY KEY (override_id, position)
        );
        """,

        // Roles with the articles that state them: one row per (entity, role, article); the roles
        // themselves stay in entity_roles, whose order is the role order.
        """
        CREATE TABLE entity_role_articles (
            entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            role       TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (entity_id, role, article_id)
        );
        """,

        // Article metadata beyond the first schema: the people credited (in page order), the
        // publication instant when the page gave one, and where each metadata field was read
        // (MetadataSource names; null when the field is empty or the article predates this step).
        """
        CREATE TABLE article_authors (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            name       TEXT NOT NULL,
            PRIMARY KEY (article_id, position)
        );
        ALTER TABLE articles ADD COLUMN published_at TEXT;
        ALTER TABLE articles ADD COLUMN title_source TEXT;
        ALTER TABLE articles ADD COLUMN published_source TEXT;
        ALTER TABLE articles ADD COLUMN authors_source TEXT;
        ALTER TABLE articles ADD COLUMN outlet_source TEXT;
        ALTER TABLE articles ADD COLUMN url_source TEXT;
        ALTER TABLE articles ADD COLUMN language_source TEXT;
        """,

        // Demonyms linked to a place entity ("Iraqi" for Iraq), each with the articles using it; the
        // demonym's row order is the order the resolver saw them.
        """
        CREATE TABLE entity_demonyms (
            entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            demonym    TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (entity_id, demonym, article_id)
        );
        """,
    ];
}
