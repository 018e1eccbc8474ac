//! Reading and changing phrases, situations and personal usage.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Transaction, params};

use super::rows::{PHRASE_COLUMNS, PHRASE_FROM, encode_list, phrase_from_row, query_phrases};
use super::{Store, StoreError, StoreResult, not_found};
use crate::model::{
    Collection, Lang, PERSONAL_COLLECTION, Phrase, PhraseContent, PhraseId, Situation, SituationKey, SituationText,
    Status, format_timestamp, now,
};

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

pub(super) fn collection_id(transaction: &Transaction<'_>, name: &str, description: Option<&str>) -> StoreResult<i64> {
    transaction.execute(
        "INSERT INTO collections (name, description) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET description = coalesce(excluded.description, description)",
        params![name, description],
    )?;
    Ok(transaction.query_row("SELECT collection_id FROM collections WHERE name = ?1", [name], |row| row.get(0))?)
}

pub(super) fn situation_exists(transaction: &Transaction<'_>, key: &SituationKey) -> StoreResult<bool> {
    Ok(transaction
        .query_row("SELECT 1 FROM situations WHERE situation_key = ?1", [key.as_str()], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(super) fn insert_phrase(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    collection_id: i64,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<()> {
    transaction
        .prepare_cached(
            "INSERT INTO phrases (phrase_id, collection_id, situation_key, lang, text, avoid, note, tags, status, group_key, created_at, updated_at, title)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, ?12)",
        )?
        .execute(params![
            id.as_str(),
            collection_id,
            content.situation.as_str(),
            content.lang.as_str(),
            content.text,
            encode_list(&content.avoid),
            content.note,
            encode_list(&content.tags),
            content.status.as_str(),
            content.group,
            stamp,
            content.title,
        ])?;
    Ok(())
}

pub(super) fn update_content(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<()> {
    let changed = transaction
        .prepare_cached(
            "UPDATE phrases SET situation_key = ?2, lang = ?3, text = ?4, avoid = ?5, note = ?6, tags = ?7, status = ?8,
             group_key = ?9, updated_at = ?10, title = ?11 WHERE phrase_id = ?1",
        )?
        .execute(params![
            id.as_str(),
            content.situation.as_str(),
            content.lang.as_str(),
            content.text,
            encode_list(&content.avoid),
            content.note,
            encode_list(&content.tags),
            content.status.as_str(),
            content.group,
            stamp,
            content.title,
        ])?;
    if changed == 0 { Err(not_found(id)) } else { Ok(()) }
}

/// Refuses a text whose placeholders do not parse, naming what was being saved.
pub(super) fn check_placeholders(text: &str, source: &str) -> StoreResult<()> {
    crate::template::Template::parse(text).map(|_| ()).map_err(|error| {
        StoreError::Import(crate::interchange::ImportError::single(
            std::path::Path::new(source),
            "text",
            error.to_string(),
        ))
    })
}

pub(super) fn read_phrase(
    transaction: &rusqlite::Connection,
    id: &PhraseId,
    include_deleted: bool,
) -> StoreResult<Option<Phrase>> {
    let deleted = if include_deleted { "" } else { " AND p.deleted_at IS NULL" };
    let sql = format!("SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.phrase_id = ?1{deleted}");
    let mut statement = transaction.prepare_cached(&sql)?;
    let mut rows = statement.query([id.as_str()])?;
    rows.next()?.map(phrase_from_row).transpose()
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
        read_phrase(&self.connection, id, false)?.ok_or_else(|| not_found(id))
    }

    /// The other live phrases of `group`: its translations.
    pub fn group_members(&self, group: &str) -> StoreResult<Vec<Phrase>> {
        let sql = format!(
            "SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.group_key = ?1 AND p.deleted_at IS NULL ORDER BY p.lang, p.phrase_id"
        );
        let mut statement = self.connection.prepare(&sql)?;
        query_phrases(&mut statement, [group])
    }

    /// Every situation with its texts, by key.
    pub fn situations(&self) -> StoreResult<Vec<Situation>> {
        let mut situations: BTreeMap<String, Situation> = BTreeMap::new();
        let mut statement = self.connection.prepare("SELECT situation_key FROM situations ORDER BY situation_key")?;
        for key in statement.query_map([], |row| row.get::<_, String>(0))? {
            let key = key?;
            let parsed =
                SituationKey::new(key.clone()).map_err(|_| StoreError::Corrupt("situations.situation_key".into()))?;
            situations.insert(key, Situation { key: parsed, texts: BTreeMap::new() });
        }
        let mut statement =
            self.connection.prepare("SELECT situation_key, lang, title, description FROM situation_texts")?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
            ))
        })?;
        for row in rows {
            let (key, lang, title, description) = row?;
            let lang = Lang::new(lang).map_err(|_| StoreError::Corrupt("situation_texts.lang".into()))?;
            if let Some(situation) = situations.get_mut(&key) {
                situation.texts.insert(lang, SituationText { title, description });
            }
        }
        Ok(situations.into_values().collect())
    }

    /// Live phrase counts by situation key.
    pub fn situation_counts(&self) -> StoreResult<BTreeMap<String, usize>> {
        let mut statement = self
            .connection
            .prepare("SELECT situation_key, count(*) FROM phrases WHERE deleted_at IS NULL GROUP BY situation_key")?;
        let rows = statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))?;
        let mut counts = BTreeMap::new();
        for row in rows {
            let (key, count) = row?;
            counts.insert(key, usize::try_from(count).unwrap_or(0));
        }
        Ok(counts)
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
        let content = content.normalized()?;
        check_placeholders(&content.text, "the new phrase")?;
        let id = PhraseId::generate(&content.situation, &content.lang);
        let collection = collection.unwrap_or(PERSONAL_COLLECTION).to_owned();
        self.write(|transaction| {
            if !situation_exists(transaction, &content.situation)? {
                return Err(StoreError::SituationNotFound(content.situation.to_string()));
            }
            let collection_id = collection_id(transaction, &collection, None)?;
            insert_phrase(transaction, &id, collection_id, &content, &format_timestamp(&now()))?;
            Ok(())
        })?;
        self.phrase(&id)
    }

    /// Applies `edit` to a live phrase; `updated_at` moves only when the content changed.
    pub fn edit_phrase(&mut self, id: &PhraseId, edit: PhraseEdit) -> StoreResult<Phrase> {
        self.write(|transaction| {
            let current = read_phrase(transaction, id, false)?.ok_or_else(|| not_found(id))?;
            let content = edit.apply_to(current.content.clone()).normalized()?;
            check_placeholders(&content.text, id.as_str())?;
            if content.situation != current.content.situation && !situation_exists(transaction, &content.situation)? {
                return Err(StoreError::SituationNotFound(content.situation.to_string()));
            }
            if content != current.content {
                let stamp = format_timestamp(&now());
                update_content(transaction, id, &content, &stamp)?;
                if super::curation::after_edit(transaction, id, &current.content, &content, &stamp)? {
                    let changed = [(id.clone(), content.group.clone())];
                    super::curation::flag_siblings(transaction, &changed, &std::collections::HashSet::new())?;
                }
            }
            Ok(())
        })?;
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

    /// Counts a copy for frecency.
    pub fn record_copy(&mut self, id: &PhraseId, at: chrono::DateTime<chrono::Utc>) -> StoreResult<()> {
        self.write(|transaction| {
            if read_phrase(transaction, id, false)?.is_none() {
                return Err(not_found(id));
            }
            transaction.execute(
                "INSERT INTO phrase_usage (phrase_id, copy_count, last_copied_at) VALUES (?1, 1, ?2)
                 ON CONFLICT (phrase_id) DO UPDATE SET copy_count = copy_count + 1, last_copied_at = excluded.last_copied_at",
                params![id.as_str(), format_timestamp(&at)],
            )?;
            Ok(())
        })
    }

    /// Marks or unmarks a favourite.
    pub fn set_favorite(&mut self, id: &PhraseId, favorite: bool) -> StoreResult<()> {
        self.write(|transaction| {
            if read_phrase(transaction, id, false)?.is_none() {
                return Err(not_found(id));
            }
            transaction.execute(
                "INSERT INTO phrase_usage (phrase_id, favorite) VALUES (?1, ?2)
                 ON CONFLICT (phrase_id) DO UPDATE SET favorite = excluded.favorite",
                params![id.as_str(), favorite],
            )?;
            Ok(())
        })
    }
}
