"""Versioned schema migrations. Append only: a released migration is never edited.

The SQL is kept to what SQLite and Postgres both accept (TEXT, INTEGER, plain indexes), so a
Postgres backend applies the same list.
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles and their annotations",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            url TEXT,
            outlet TEXT,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            language TEXT,
            author TEXT,
            source TEXT,
            text_hash TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX articles_url ON articles(url);
        CREATE UNIQUE INDEX articles_text_hash ON articles(text_hash);
        CREATE UNIQUE INDEX articles_seq ON articles(seq);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE annotations (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            start_pos INTEGER NOT NULL,
            end_pos INTEGER NOT NULL,
            label TEXT
        );
        CREATE INDEX annotations_article ON annotations(article_id);
        """,
    ),
    (
        2,
        "stories and membership",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT,
            first_published TEXT,
            last_published TEXT,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE story_articles (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            duplicate_of TEXT,
            PRIMARY KEY (story_id, article_id)
        );
        CREATE UNIQUE INDEX story_articles_article ON story_articles(article_id);
        """,
    ),
    (
        3,
        "story list index and cached story analyses",
        """
        ALTER TABLE stories ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN n_outlets INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE stories ADD COLUMN outlets TEXT;
        ALTER TABLE stories ADD COLUMN search_text TEXT;
        CREATE INDEX stories_first ON stories(first_published);
        CREATE INDEX stories_last ON stories(last_published);
        CREATE INDEX stories_n_outlets ON stories(n_outlets);
        CREATE TABLE story_analysis (
            story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        """,
    ),
    (
        4,
        "living store: engine state, article versions, story aliases",
        """
        CREATE TABLE engine_state (
            name TEXT PRIMARY KEY,
            generation INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            clock TEXT,
            data BYTEA NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE article_versions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            text_hash TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (article_id, version)
        );
        CREATE INDEX article_versions_hash ON article_versions(text_hash);
        ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE articles ADD COLUMN updated_at TEXT;
        CREATE TABLE story_aliases (
            old_id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id, position);
        """,
    ),
    (
        5,
        "articles waiting for a story, kept as a set (no scan of every article to find them)",
        """
        CREATE TABLE pending_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
        );
        INSERT INTO pending_articles (article_id)
            SELECT a.id FROM articles a
            WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id);
        """,
    ),
    (
        6,
        "what `newsprism watch` knows of its sources and the pages it fetched (a restart resumes)",
        """
        CREATE TABLE watch_sources (
            url TEXT PRIMARY KEY,
            outlet TEXT,
            etag TEXT,
            last_modified TEXT,
            last_poll TEXT,
            last_ok TEXT,
            polls INTEGER NOT NULL DEFAULT 0,
            new_articles INTEGER NOT NULL DEFAULT 0,
            updated_articles INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            last_error TEXT
        );
        CREATE TABLE watch_pages (
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            first_seen TEXT NOT NULL,
            last_fetch TEXT,
            status INTEGER
        );
        """,
    ),
]
