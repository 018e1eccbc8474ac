//! Row-level SQL: the few statements every write path shares (read a phrase, insert one, update
//! its content, find a collection, record a conflict). A leaf: it imports only the row decoder,
//! so the modules above it (saving, review, import) never import one another for a statement.

use rusqlite::{Connection, OptionalExtension, ToSql, Transaction, params};

use super::rows::{PHRASE_COLUMNS, PHRASE_FROM, encode_list, phrase_from_row};
use super::{StoreError, StoreResult, not_found};
use crate::model::{Phrase, PhraseContent, PhraseId, SituationKey, format_timestamp, now};

/// How many fresh ids an insert tries before it gives up. Ids carry the time in microseconds and
/// a per-process counter, so two processes collide only when they add in the same microsecond;
/// a second try already differs.
const ID_ATTEMPTS: usize = 16;

/// The id of collection `name`, created (or given a description it lacked) as needed.
pub(super) fn collection_id(transaction: &Transaction<'_>, name: &str, description: Option<&str>) -> StoreResult<i64> {
    transaction.execute(
        "INSERT INTO collections (name, description) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET description = coalesce(excluded.description, description)",
        params![name, description],
    )?;
    Ok(transaction.query_row("SELECT collection_id FROM collections WHERE name = ?1", [name], |row| row.get(0))?)
}

/// Whether situation `key` exists.
pub(super) fn situation_exists(connection: &Connection, key: &SituationKey) -> StoreResult<bool> {
    Ok(connection
        .prepare_cached("SELECT 1 FROM situations WHERE situation_key = ?1")?
        .query_row([key.as_str()], |_| Ok(()))
        .optional()?
        .is_some())
}

fn phrase_id_taken(connection: &Connection, id: &PhraseId) -> StoreResult<bool> {
    Ok(connection
        .prepare_cached("SELECT 1 FROM phrases WHERE phrase_id = ?1")?
        .query_row([id.as_str()], |_| Ok(()))
        .optional()?
        .is_some())
}

/// A phrase's content as the named parameters every statement that writes it binds (`:id`,
/// `:situation`, `:lang`, `:text`, `:avoid`, `:note`, `:tags`, `:status`, `:group_key`, `:stamp`,
/// `:title`): one list for the insert and both updates.
struct ContentRow<'a> {
    id: &'a str,
    situation: &'a str,
    lang: &'a str,
    status: &'a str,
    content: &'a PhraseContent,
    stamp: &'a str,
    avoid: String,
    tags: String,
}

impl<'a> ContentRow<'a> {
    fn new(id: &'a PhraseId, content: &'a PhraseContent, stamp: &'a str) -> Self {
        Self {
            id: id.as_str(),
            situation: content.situation.as_str(),
            lang: content.lang.as_str(),
            status: content.status.as_str(),
            content,
            stamp,
            avoid: encode_list(&content.avoid),
            tags: encode_list(&content.tags),
        }
    }

    fn named(&self) -> [(&'static str, &dyn ToSql); 11] {
        let content = self.content;
        [
            (":id", &self.id),
            (":situation", &self.situation),
            (":lang", &self.lang),
            (":text", &content.text),
            (":avoid", &self.avoid),
            (":note", &content.note),
            (":tags", &self.tags),
            (":status", &self.status),
            (":group_key", &content.group),
            (":stamp", &self.stamp),
            (":title", &content.title),
        ]
    }
}

/// Inserts a phrase under `id`, which must be free.
pub(super) fn insert_phrase(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    collection_id: i64,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<()> {
    let row = ContentRow::new(id, content, stamp);
    let mut named = row.named().to_vec();
    named.push((":collection_id", &collection_id));
    transaction
        .prepare_cached(
            "INSERT INTO phrases (phrase_id, collection_id, situation_key, lang, text, avoid, note, tags, status, group_key, created_at, updated_at, title)
             VALUES (:id, :collection_id, :situation, :lang, :text, :avoid, :note, :tags, :status, :group_key, :stamp, :stamp, :title)",
        )?
        .execute(named.as_slice())?;
    Ok(())
}

/// Inserts a new phrase under a fresh id and returns it. The id is chosen inside the write
/// transaction, which holds the database's write lock, so another process adding at the same
/// moment cannot take it between the check and the insert.
pub(super) fn insert_new_phrase(
    transaction: &Transaction<'_>,
    collection_id: i64,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<PhraseId> {
    for _ in 0..ID_ATTEMPTS {
        let id = PhraseId::generate(&content.situation, &content.lang);
        if !phrase_id_taken(transaction, &id)? {
            insert_phrase(transaction, &id, collection_id, content, stamp)?;
            return Ok(id);
        }
    }
    Err(StoreError::IdsExhausted)
}

/// Replaces a phrase's content and stamps `updated_at`.
pub(super) fn update_content(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<()> {
    let changed = execute_content(
        transaction,
        "UPDATE phrases SET situation_key = :situation, lang = :lang, text = :text, avoid = :avoid, note = :note,
         tags = :tags, status = :status, group_key = :group_key, updated_at = :stamp, title = :title
         WHERE phrase_id = :id",
        id,
        content,
        stamp,
    )?;
    if changed == 0 { Err(not_found(id)) } else { Ok(()) }
}

/// [`update_content`] for a phrase that stays in its situation, as most updates from an import
/// do. Without the situation (a foreign key) in the statement SQLite checks no foreign key and
/// keeps no statement journal for it: that journal, allocated and freed for every row, was half
/// of a 100,000-phrase import's time.
pub(super) fn update_content_in_place(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<()> {
    let changed = execute_content(
        transaction,
        "UPDATE phrases SET lang = :lang, text = :text, avoid = :avoid, note = :note, tags = :tags,
         status = :status, group_key = :group_key, updated_at = :stamp, title = :title
         WHERE phrase_id = :id AND situation_key = :situation",
        id,
        content,
        stamp,
    )?;
    if changed == 0 { update_content(transaction, id, content, stamp) } else { Ok(()) }
}

/// Runs one of the content statements (cached) with a phrase's content bound by name; the number
/// of rows it changed.
fn execute_content(
    transaction: &Transaction<'_>,
    statement: &str,
    id: &PhraseId,
    content: &PhraseContent,
    stamp: &str,
) -> StoreResult<usize> {
    Ok(transaction.prepare_cached(statement)?.execute(ContentRow::new(id, content, stamp).named().as_slice())?)
}

/// Whether a phrase in the trash counts as present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Deleted {
    /// Only live phrases.
    Skip,
}

/// One phrase by id, decoded by the one row decoder.
pub(super) fn read_phrase(connection: &Connection, id: &PhraseId, deleted: Deleted) -> StoreResult<Option<Phrase>> {
    const LIVE: &str = " AND p.deleted_at IS NULL";
    let filter = if deleted == Deleted::Skip { LIVE } else { "" };
    let sql = format!("SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.phrase_id = ?1{filter}");
    let mut statement = connection.prepare_cached(&sql)?;
    let mut rows = statement.query([id.as_str()])?;
    rows.next()?.map(phrase_from_row).transpose()
}

/// A live phrase, or [`StoreError::PhraseNotFound`].
pub(super) fn live_phrase(connection: &Connection, id: &PhraseId) -> StoreResult<Phrase> {
    read_phrase(connection, id, Deleted::Skip)?.ok_or_else(|| not_found(id))
}

/// Records (or replaces) the incoming version that clashed with a local edit; `None` when the
/// phrase was removed upstream.
pub(super) fn set_conflict(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    source: &str,
    theirs: Option<&str>,
) -> StoreResult<()> {
    transaction
        .prepare_cached(
            "INSERT INTO conflicts (phrase_id, source, theirs, detected_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (phrase_id) DO UPDATE SET source = excluded.source, theirs = excluded.theirs,
             detected_at = excluded.detected_at",
        )?
        .execute(params![id.as_str(), source, theirs, format_timestamp(&now())])?;
    Ok(())
}
