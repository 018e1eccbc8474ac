//! Which phrases changed since the window last looked, so it can update its search index in place
//! instead of reading the whole phrasebook again after every save. The connection records the
//! phrases its own writes touch through temporary triggers (they live and die with the
//! connection: nothing is added to the database file); a write by any other connection (a second
//! process, the sync worker) shows in SQLite's `data_version`, and then everything is re-read.

use rusqlite::OptionalExtension;

use super::sql::{Deleted, read_phrase};
use super::{Store, StoreResult};
use crate::model::{Phrase, PhraseId};

/// What changed since the last [`Store::take_changes`].
#[derive(Debug, Clone, PartialEq)]
pub enum Changes {
    /// Nothing.
    Nothing,
    /// These phrases, each as it is now (`None`: deleted or in the trash).
    Phrases(Vec<(PhraseId, Option<Phrase>)>),
    /// More than can be applied one by one, situations or collections, or a write by another
    /// connection: read everything again.
    Everything,
}

const TRACKING: &str = "
    CREATE TEMP TABLE IF NOT EXISTS changed_phrases (phrase_id TEXT);
    CREATE TEMP TABLE IF NOT EXISTS seen_data_version (version INTEGER NOT NULL);
    CREATE TEMP TRIGGER IF NOT EXISTS changed_phrase_added AFTER INSERT ON phrases
        BEGIN INSERT INTO changed_phrases VALUES (new.phrase_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_phrase_updated AFTER UPDATE ON phrases
        BEGIN INSERT INTO changed_phrases VALUES (old.phrase_id); INSERT INTO changed_phrases VALUES (new.phrase_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_phrase_removed AFTER DELETE ON phrases
        BEGIN INSERT INTO changed_phrases VALUES (old.phrase_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_usage_added AFTER INSERT ON phrase_usage
        BEGIN INSERT INTO changed_phrases VALUES (new.phrase_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_usage_updated AFTER UPDATE ON phrase_usage
        BEGIN INSERT INTO changed_phrases VALUES (new.phrase_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_usage_removed AFTER DELETE ON phrase_usage
        BEGIN INSERT INTO changed_phrases VALUES (old.phrase_id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_situation_added AFTER INSERT ON situations
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_situation_updated AFTER UPDATE ON situations
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_situation_removed AFTER DELETE ON situations
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_title_added AFTER INSERT ON situation_texts
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_title_updated AFTER UPDATE ON situation_texts
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_title_removed AFTER DELETE ON situation_texts
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS changed_collection_renamed AFTER UPDATE OF name ON collections
        BEGIN INSERT INTO changed_phrases VALUES (NULL); END;
";

impl Store {
    /// Starts recording which phrases this connection changes; what changed before is taken to
    /// be known. Call it just before reading the phrasebook.
    pub fn track_changes(&self) -> StoreResult<()> {
        self.connection.execute_batch(TRACKING)?;
        self.connection.execute("DELETE FROM temp.changed_phrases", [])?;
        self.remember_data_version()?;
        Ok(())
    }

    fn remember_data_version(&self) -> StoreResult<i64> {
        let version: i64 = self.connection.pragma_query_value(None, "data_version", |row| row.get(0))?;
        self.connection.execute("DELETE FROM temp.seen_data_version", [])?;
        self.connection.execute("INSERT INTO temp.seen_data_version (version) VALUES (?1)", [version])?;
        Ok(version)
    }

    /// What changed since [`Store::track_changes`] or the last call, with at most `at_most`
    /// phrases listed one by one ([`Changes::Everything`] beyond that, or when not tracking).
    pub fn take_changes(&self, at_most: usize) -> StoreResult<Changes> {
        let seen: Option<i64> = self
            .connection
            .query_row("SELECT version FROM temp.seen_data_version", [], |row| row.get(0))
            .optional()
            .unwrap_or(None);
        let Some(seen) = seen else { return Ok(Changes::Everything) };
        let now = self.remember_data_version()?;
        let mut statement =
            self.connection.prepare_cached("SELECT DISTINCT phrase_id FROM temp.changed_phrases LIMIT ?1")?;
        let limit = i64::try_from(at_most.saturating_add(1)).unwrap_or(i64::MAX);
        let listed: Vec<Option<String>> = statement.query_map([limit], |row| row.get(0))?.collect::<Result<_, _>>()?;
        drop(statement);
        self.connection.execute("DELETE FROM temp.changed_phrases", [])?;
        if now != seen || listed.len() > at_most || listed.iter().any(Option::is_none) {
            return Ok(Changes::Everything);
        }
        if listed.is_empty() {
            return Ok(Changes::Nothing);
        }
        let mut phrases = Vec::with_capacity(listed.len());
        for id in listed.into_iter().flatten() {
            let Ok(id) = PhraseId::new(id) else { return Ok(Changes::Everything) };
            let phrase = read_phrase(&self.connection, &id, Deleted::Skip)?;
            phrases.push((id, phrase));
        }
        Ok(Changes::Phrases(phrases))
    }

    /// A live phrase, or `None` when there is none with `id` (deleted, in the trash, or never).
    pub fn find_phrase(&self, id: &PhraseId) -> StoreResult<Option<Phrase>> {
        read_phrase(&self.connection, id, Deleted::Skip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{PhraseEdit, Seed};

    fn listed(changes: Changes) -> Vec<(String, bool)> {
        match changes {
            Changes::Phrases(phrases) => {
                phrases.into_iter().map(|(id, phrase)| (id.as_str().to_owned(), phrase.is_some())).collect()
            }
            other => panic!("expected a list, got {other:?}"),
        }
    }

    #[test]
    fn an_edit_a_favourite_and_a_delete_are_listed_by_phrase() {
        let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let ids: Vec<PhraseId> = store.phrases().expect("reads").into_iter().take(3).map(|phrase| phrase.id).collect();
        store.track_changes().expect("tracks");
        assert_eq!(store.take_changes(10).expect("reads"), Changes::Nothing);
        let edit = PhraseEdit { text: Some("We will sort this out together.".into()), ..PhraseEdit::default() };
        store.edit_phrase(&ids[0], edit).expect("edits");
        store.set_favorite(&ids[1], true).expect("marks");
        store.delete_phrase(&ids[2]).expect("deletes");
        let mut changed = listed(store.take_changes(10).expect("reads"));
        changed.sort();
        let mut expected = vec![
            (ids[0].as_str().to_owned(), true),
            (ids[1].as_str().to_owned(), true),
            (ids[2].as_str().to_owned(), false),
        ];
        expected.sort();
        // Translations of the edited phrase are flagged for review (an update): listed too.
        for wanted in &expected {
            assert!(changed.contains(wanted), "{wanted:?} in {changed:?}");
        }
        assert_eq!(store.take_changes(10).expect("reads"), Changes::Nothing, "taken once");
    }

    #[test]
    fn more_than_asked_for_or_untracked_means_everything() {
        let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
        assert_eq!(store.take_changes(10).expect("reads"), Changes::Everything, "not tracking");
        store.track_changes().expect("tracks");
        let ids: Vec<PhraseId> = store.phrases().expect("reads").into_iter().take(3).map(|phrase| phrase.id).collect();
        for id in &ids {
            store.set_favorite(id, true).expect("marks");
        }
        assert_eq!(store.take_changes(2).expect("reads"), Changes::Everything);
    }

    #[test]
    fn a_write_by_another_connection_means_everything() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("tactful.sqlite");
        let store = Store::open(&path, Seed::Builtin).expect("opens");
        store.track_changes().expect("tracks");
        let mut other = Store::open(&path, Seed::Builtin).expect("opens");
        let id = other.phrases().expect("reads")[0].id.clone();
        other.set_favorite(&id, true).expect("marks");
        assert_eq!(store.take_changes(100).expect("reads"), Changes::Everything);
        assert_eq!(store.take_changes(100).expect("reads"), Changes::Nothing);
    }
}
