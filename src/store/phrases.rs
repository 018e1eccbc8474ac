//! Reading phrases, and the single-phrase changes (add, edit, trash, restore). Adding and editing
//! go through [`Store::save_changes`], the one write path that validates content.

use rusqlite::params;

use super::rows::{PHRASE_COLUMNS, PHRASE_FROM, phrase_from_row, query_phrases};
use super::save::Change;
use super::sql::live_phrase;
use super::{Store, StoreResult, not_found};
use crate::model::{Collection, Lang, Phrase, PhraseContent, PhraseId, SituationKey, Status, format_timestamp, now};

/// Changes to a phrase; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhraseEdit {
    /// New situation.
    pub situation: Option<SituationKey>,
    /// New language.
    pub lang: Option<Lang>,
    /// New title; `Some(None)` removes it.
    pub title: Option<Option<String>>,
    /// New text.
    pub text: Option<String>,
    /// New avoid lines (replacing all).
    pub avoid: Option<Vec<String>>,
    /// New note; `Some(None)` removes it.
    pub note: Option<Option<String>>,
    /// New tags (replacing all).
    pub tags: Option<Vec<String>>,
    /// New status.
    pub status: Option<Status>,
    /// New group; `Some(None)` removes it.
    pub group: Option<Option<String>>,
}

impl PhraseEdit {
    pub(super) fn apply_to(self, mut content: PhraseContent) -> PhraseContent {
        if let Some(situation) = self.situation {
            content.situation = situation;
        }
        if let Some(lang) = self.lang {
            content.lang = lang;
        }
        if let Some(title) = self.title {
            content.title = title;
        }
        if let Some(text) = self.text {
            content.text = text;
        }
        if let Some(avoid) = self.avoid {
            content.avoid = avoid;
        }
        if let Some(note) = self.note {
            content.note = note;
        }
        if let Some(tags) = self.tags {
            content.tags = tags;
        }
        if let Some(status) = self.status {
            content.status = status;
        }
        if let Some(group) = self.group {
            content.group = group;
        }
        content
    }
}

impl Store {
    /// Every live (not deleted) phrase, in id order.
    pub fn phrases(&self) -> StoreResult<Vec<Phrase>> {
        let mut all = Vec::new();
        self.phrases_in_chunks(usize::MAX, |chunk| all = chunk)?;
        Ok(all)
    }

    /// Every live phrase in id order, handed to `take` in chunks of `chunk_size` as they are read,
    /// so a caller can work on one chunk while the next is read. One read transaction: the chunks
    /// are one consistent snapshot.
    pub fn phrases_in_chunks(&self, chunk_size: usize, mut take: impl FnMut(Vec<Phrase>)) -> StoreResult<()> {
        let sql = format!("SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.deleted_at IS NULL ORDER BY p.phrase_id");
        let mut statement = self.connection.prepare(&sql)?;
        let mut rows = statement.query([])?;
        let mut chunk = Vec::with_capacity(chunk_size.min(65_536));
        while let Some(row) = rows.next()? {
            chunk.push(phrase_from_row(row)?);
            if chunk.len() >= chunk_size {
                take(std::mem::replace(&mut chunk, Vec::with_capacity(chunk_size.min(65_536))));
            }
        }
        if !chunk.is_empty() {
            take(chunk);
        }
        Ok(())
    }

    /// One live phrase.
    pub fn phrase(&self, id: &PhraseId) -> StoreResult<Phrase> {
        live_phrase(&self.connection, id)
    }

    /// The other live phrases of `group`: its translations.
    pub fn group_members(&self, group: &str) -> StoreResult<Vec<Phrase>> {
        let sql = format!(
            "SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.group_key = ?1 AND p.deleted_at IS NULL ORDER BY p.lang, p.phrase_id"
        );
        let mut statement = self.connection.prepare(&sql)?;
        query_phrases(&mut statement, [group])
    }

    /// The languages live phrases are in, sorted.
    pub fn languages(&self) -> StoreResult<Vec<Lang>> {
        let mut statement =
            self.connection.prepare("SELECT DISTINCT lang FROM phrases WHERE deleted_at IS NULL ORDER BY lang")?;
        let codes = statement.query_map([], |row| row.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
        codes
            .into_iter()
            .map(|code| Lang::new(code).map_err(|_| super::StoreError::Corrupt("phrases.lang".into())))
            .collect()
    }

    /// Every collection with its live phrase count, by name.
    pub fn collections(&self) -> StoreResult<Vec<Collection>> {
        let mut statement = self.connection.prepare(
            "SELECT c.name, c.description, count(p.phrase_id) FROM collections c
             LEFT JOIN phrases p ON p.collection_id = c.collection_id AND p.deleted_at IS NULL
             GROUP BY c.collection_id ORDER BY c.name",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(Collection {
                name: row.get(0)?,
                description: row.get(1)?,
                phrase_count: usize::try_from(row.get::<_, i64>(2)?).unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a phrase to the Personal collection (or `collection`) and returns it as stored.
    pub fn add_phrase(&mut self, content: PhraseContent, collection: Option<&str>) -> StoreResult<Phrase> {
        let change = Change::Add { content, collection: collection.map(str::to_owned) };
        let ids = self.save_changes(vec![change])?;
        let Some(id) = ids.first() else { return Err(super::StoreError::IdsExhausted) };
        self.phrase(id)
    }

    /// Applies `edit` to a live phrase; `updated_at` moves only when the content changed.
    pub fn edit_phrase(&mut self, id: &PhraseId, edit: PhraseEdit) -> StoreResult<Phrase> {
        self.save_changes(vec![Change::Edit { phrase_id: id.clone(), edit }])?;
        self.phrase(id)
    }

    /// Moves a phrase to the trash: gone from search and export, restorable with [`Store::restore_phrase`].
    pub fn delete_phrase(&mut self, id: &PhraseId) -> StoreResult<()> {
        self.write(|transaction| {
            let changed = transaction.execute(
                "UPDATE phrases SET deleted_at = ?2 WHERE phrase_id = ?1 AND deleted_at IS NULL",
                params![id.as_str(), format_timestamp(&now())],
            )?;
            if changed == 0 { Err(not_found(id)) } else { Ok(()) }
        })
    }

    /// Brings a phrase back from the trash.
    pub fn restore_phrase(&mut self, id: &PhraseId) -> StoreResult<Phrase> {
        self.write(|transaction| {
            let changed = transaction.execute(
                "UPDATE phrases SET deleted_at = NULL WHERE phrase_id = ?1 AND deleted_at IS NOT NULL",
                [id.as_str()],
            )?;
            if changed == 0 { Err(not_found(id)) } else { Ok(()) }
        })?;
        self.phrase(id)
    }

    /// Phrases in the trash, most recently deleted first.
    pub fn trash(&self) -> StoreResult<Vec<Phrase>> {
        let sql = format!(
            "SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.deleted_at IS NOT NULL ORDER BY p.deleted_at DESC, p.phrase_id"
        );
        let mut statement = self.connection.prepare(&sql)?;
        query_phrases(&mut statement, [])
    }
}
