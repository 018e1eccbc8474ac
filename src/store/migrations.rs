//! The schema, as an append-only list of migrations keyed by `PRAGMA user_version`. Never remove
//! or reorder an entry: a database at version N has run exactly the first N.

use rusqlite::TransactionBehavior;

use super::{Store, StoreError, StoreResult, backup};

const MIGRATIONS: &[&str] = &[
    // 1: collections, situations with per-language texts, phrases, and personal usage kept apart
    // so imports and exports never touch it.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE collections (
        collection_id INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        description   TEXT
    ) STRICT;
    CREATE TABLE situations (
        situation_key TEXT PRIMARY KEY
    ) STRICT;
    CREATE TABLE situation_texts (
        situation_key TEXT NOT NULL REFERENCES situations (situation_key) ON DELETE CASCADE,
        lang          TEXT NOT NULL,
        title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description   TEXT,
        PRIMARY KEY (situation_key, lang)
    ) STRICT;
    CREATE TABLE phrases (
        phrase_id     TEXT PRIMARY KEY,
        collection_id INTEGER NOT NULL REFERENCES collections (collection_id),
        situation_key TEXT NOT NULL REFERENCES situations (situation_key),
        lang          TEXT NOT NULL,
        text          TEXT NOT NULL CHECK (length(trim(text)) > 0),
        avoid         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(avoid) AND json_type(avoid) = 'array'),
        note          TEXT,
        tags          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
        status        TEXT NOT NULL CHECK (status IN ('draft', 'vetted', 'retired')),
        group_key     TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        deleted_at    TEXT
    ) STRICT;
    CREATE INDEX phrases_by_collection ON phrases (collection_id);
    CREATE INDEX phrases_by_group ON phrases (group_key) WHERE group_key IS NOT NULL;
    CREATE TABLE phrase_usage (
        phrase_id      TEXT PRIMARY KEY REFERENCES phrases (phrase_id) ON DELETE CASCADE,
        favorite       INTEGER NOT NULL DEFAULT 0 CHECK (favorite IN (0, 1)),
        copy_count     INTEGER NOT NULL DEFAULT 0 CHECK (copy_count >= 0),
        last_copied_at TEXT
    ) STRICT;
    "#,
    // 2: team curation. Who vetted a phrase and when; siblings flagged for review when a
    // translation changes; followed files; the version last imported from each source (the base
    // of the three-way merge); and incoming versions that clashed with a local edit.
    r#"
    ALTER TABLE phrases ADD COLUMN vetted_by TEXT;
    ALTER TABLE phrases ADD COLUMN vetted_at TEXT;
    ALTER TABLE phrases ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));
    CREATE TABLE subscriptions (
        path       TEXT PRIMARY KEY,
        added_at   TEXT NOT NULL,
        synced_at  TEXT,
        last_error TEXT
    ) STRICT;
    CREATE TABLE import_bases (
        source    TEXT NOT NULL,
        phrase_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        PRIMARY KEY (source, phrase_id)
    ) STRICT;
    CREATE TABLE conflicts (
        phrase_id   TEXT PRIMARY KEY REFERENCES phrases (phrase_id) ON DELETE CASCADE,
        source      TEXT NOT NULL,
        theirs      TEXT CHECK (theirs IS NULL OR json_valid(theirs)),
        detected_at TEXT NOT NULL
    ) STRICT;
    "#,
    // 3: a title per phrase, so a template is named by what it is for rather than by its greeting.
    r#"
    ALTER TABLE phrases ADD COLUMN title TEXT;
    "#,
    // 4: merge bases looked up by phrase alone. A phrase that an earlier import brought from
    // another source (a moved file, a CSV twin, the same collection from a new folder) is checked
    // against every source's base; without this index each check scanned the whole table, which
    // made such an import quadratic (100k phrases: over ten minutes).
    r#"
    CREATE INDEX import_bases_by_phrase ON import_bases (phrase_id);
    "#,
    // 5: followed web addresses and signed collections. Per subscription: the public keys it
    // trusts (one minisign key line each; none: unsigned files are accepted, as before), the
    // validators of the last fetched copy (so an unchanged file costs a 304) and that copy itself
    // (the phrasebook does not need the server to work). Per phrase: the key that signed the
    // exact content it holds, kept with its vetting information.
    r#"
    ALTER TABLE subscriptions ADD COLUMN trusted_keys TEXT NOT NULL DEFAULT '';
    ALTER TABLE subscriptions ADD COLUMN etag TEXT;
    ALTER TABLE subscriptions ADD COLUMN last_modified TEXT;
    ALTER TABLE subscriptions ADD COLUMN last_copy BLOB;
    CREATE TABLE phrase_signers (
        phrase_id TEXT PRIMARY KEY REFERENCES phrases (phrase_id) ON DELETE CASCADE,
        key_id    TEXT NOT NULL,
        source    TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        fingerprint TEXT NOT NULL
    ) STRICT;
    "#,
    // 6: a stamp of what search reads (phrases, their use, situations and their titles,
    // collection names), drawn afresh by every change, so a search index stored beside the
    // database can tell it was built from exactly this content. A random value rather than a
    // counter: a restored backup and later edits can never bring back a stamp the index knew.
    r#"
    CREATE TABLE content_stamp (
        only  INTEGER PRIMARY KEY CHECK (only = 1),
        stamp INTEGER NOT NULL
    ) STRICT;
    INSERT INTO content_stamp (only, stamp) VALUES (1, random());
    CREATE TRIGGER content_stamp_phrase_added AFTER INSERT ON phrases
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_phrase_changed AFTER UPDATE ON phrases
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_phrase_removed AFTER DELETE ON phrases
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_usage_added AFTER INSERT ON phrase_usage
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_usage_changed AFTER UPDATE ON phrase_usage
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_usage_removed AFTER DELETE ON phrase_usage
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_situation_added AFTER INSERT ON situations
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_situation_changed AFTER UPDATE ON situations
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_situation_removed AFTER DELETE ON situations
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_situation_text_added AFTER INSERT ON situation_texts
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_situation_text_changed AFTER UPDATE ON situation_texts
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_situation_text_removed AFTER DELETE ON situation_texts
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_collection_added AFTER INSERT ON collections
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_collection_changed AFTER UPDATE ON collections
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    CREATE TRIGGER content_stamp_collection_removed AFTER DELETE ON collections
        BEGIN UPDATE content_stamp SET stamp = random(); END;
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

fn version(connection: &rusqlite::Connection) -> StoreResult<i64> {
    Ok(connection.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a database written by a newer Tactful, before anything has been written to it.
pub(super) fn refuse_newer(store: &Store) -> StoreResult<()> {
    let found = version(&store.connection)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: store.path.as_deref().map(|path| path.display().to_string()).unwrap_or_else(|| "the database".into()),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Brings the database to [`SCHEMA_VERSION`] in one exclusive transaction, after backing up a
/// database that already holds data. A newer database is refused untouched. Returns whether the
/// database was new.
pub(super) fn migrate(store: &mut Store) -> StoreResult<bool> {
    refuse_newer(store)?;
    let found = version(&store.connection)?;
    if found == SCHEMA_VERSION {
        return Ok(false);
    }
    if found > 0 {
        backup::take(store, "before-migration")?;
    }
    let transaction = store.connection.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    // Read again under the lock: another process opening the same new database may have
    // migrated it while this one waited, and running a step twice would fail.
    let found = version(&transaction)?;
    for (step, migration) in MIGRATIONS.iter().enumerate().skip(usize::try_from(found).unwrap_or(0)) {
        // SQLite's message for a failed batch carries the whole statement; the step number and
        // the reason are what a person can act on.
        transaction.execute_batch(migration).map_err(|error| StoreError::Migration {
            version: i64::try_from(step + 1).unwrap_or(i64::MAX),
            reason: super::sqlite_reason(&error),
        })?;
    }
    transaction.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    transaction.commit()?;
    Ok(found == 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Seed;

    #[test]
    fn new_database_reaches_current_version() {
        let store = Store::open_in_memory(Seed::Empty).expect("opens");
        let version: i64 = store.connection.pragma_query_value(None, "user_version", |row| row.get(0)).expect("reads");
        assert_eq!(version, SCHEMA_VERSION);
    }

    #[test]
    fn newer_database_is_refused_and_left_alone() {
        let directory = tempfile::tempdir().expect("temp dir");
        let path = directory.path().join("future.sqlite");
        {
            let connection = rusqlite::Connection::open(&path).expect("opens");
            connection.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;").expect("writes");
        }
        let error = Store::open(&path, Seed::Empty).expect_err("refused");
        assert!(matches!(error, StoreError::NewerSchema { found: 99, .. }), "{error}");
        let connection = rusqlite::Connection::open(&path).expect("opens");
        let tables: i64 = connection
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'phrases'", [], |row| row.get(0))
            .expect("reads");
        assert_eq!(tables, 0, "a newer database must not be altered");
    }

    #[test]
    fn a_version_1_database_migrates_keeping_its_phrases_after_a_backup() {
        let directory = tempfile::tempdir().expect("temp dir");
        let path = directory.path().join("old.sqlite");
        {
            let connection = rusqlite::Connection::open(&path).expect("opens");
            connection.execute_batch(MIGRATIONS[0]).expect("version 1 schema");
            connection
                .execute_batch(
                    "INSERT INTO collections (name) VALUES ('Team');
                     INSERT INTO situations (situation_key) VALUES ('s');
                     INSERT INTO phrases (phrase_id, collection_id, situation_key, lang, text, status, group_key, created_at, updated_at)
                     VALUES ('kept', 1, 's', 'en', 'Still here', 'vetted', 'g', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                     INSERT INTO meta (key, value) VALUES ('builtin_seeded', 'declined');
                     PRAGMA user_version = 1;",
                )
                .expect("version 1 data");
        }
        let store = Store::open(&path, Seed::Builtin).expect("migrates");
        let id = crate::model::PhraseId::new("kept").expect("valid");
        assert_eq!(store.phrase(&id).expect("kept").content.text, "Still here");
        let vetting = store.vetting(&id).expect("reads");
        assert!(vetting.by.is_none() && vetting.at.is_none() && !vetting.needs_review);
        assert!(store.subscriptions().expect("reads").is_empty());
        assert!(directory.path().join("backups").read_dir().expect("backups").next().is_some());
    }

    #[test]
    fn every_table_search_reads_draws_a_new_content_stamp() {
        // A later migration that rebuilds one of these tables must create its triggers again, or
        // a stored search index would outlive a change.
        let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let triggers: Vec<String> = store
            .connection
            .prepare(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'content_stamp_%' ORDER BY 1",
            )
            .expect("prepares")
            .query_map([], |row| row.get(0))
            .expect("reads")
            .collect::<Result<_, _>>()
            .expect("reads");
        for table in ["collections", "phrase_usage", "phrases", "situation_texts", "situations"] {
            assert_eq!(triggers.iter().filter(|name| *name == table).count(), 3, "insert, update, delete on {table}");
        }
        let before = store.content_stamp().expect("reads");
        let id = store.phrases().expect("reads")[0].id.clone();
        store.set_favorite(&id, true).expect("marks");
        assert_ne!(store.content_stamp().expect("reads"), before);
    }

    #[test]
    fn reopening_is_a_no_op() {
        let directory = tempfile::tempdir().expect("temp dir");
        let path = directory.path().join("db.sqlite");
        drop(Store::open(&path, Seed::Empty).expect("first open"));
        drop(Store::open(&path, Seed::Empty).expect("second open"));
        assert!(!directory.path().join("backups").exists(), "no backup when nothing migrates");
    }
}
