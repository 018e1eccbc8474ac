//! Turning rows back into model values. Lists are stored as JSON arrays; anything that does not
//! read back is reported as corruption rather than guessed at.

use chrono::{DateTime, Utc};
use rusqlite::types::ValueRef;
use rusqlite::{Params, Row, Statement};

use super::{StoreError, StoreResult};
use crate::model::{Lang, Phrase, PhraseContent, PhraseId, SituationKey, Status, Usage, parse_timestamp};

/// The columns [`phrase_from_row`] reads, in its order; joined with collections and usage.
pub(super) const PHRASE_COLUMNS: &str = "p.phrase_id, c.name, p.situation_key, p.lang, p.text, p.avoid, p.note, p.tags, \
     p.status, p.group_key, p.created_at, p.updated_at, coalesce(u.favorite, 0), coalesce(u.copy_count, 0), u.last_copied_at, \
     p.title";

/// The `FROM` clause that goes with [`PHRASE_COLUMNS`].
pub(super) const PHRASE_FROM: &str = "phrases p JOIN collections c ON c.collection_id = p.collection_id \
     LEFT JOIN phrase_usage u ON u.phrase_id = p.phrase_id";

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(what.to_owned())
}

/// A text column read in place (no copy), as SQLite holds it.
fn text<'row>(row: &'row Row<'_>, column: usize, what: &str) -> StoreResult<Option<&'row str>> {
    match row.get_ref(column)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(bytes) => std::str::from_utf8(bytes).map(Some).map_err(|_| corrupt(what)),
        _ => Err(corrupt(what)),
    }
}

fn required<'row>(row: &'row Row<'_>, column: usize, what: &str) -> StoreResult<&'row str> {
    text(row, column, what)?.ok_or_else(|| corrupt(what))
}

/// A list column: a JSON array of strings. The empty list, by far the most common, skips the parser.
fn list(row: &Row<'_>, column: usize, what: &str) -> StoreResult<Vec<String>> {
    match text(row, column, what)? {
        None | Some("[]") => Ok(Vec::new()),
        Some(json) => serde_json::from_str(json).map_err(|_| corrupt(what)),
    }
}

fn time(row: &Row<'_>, column: usize, what: &str) -> StoreResult<DateTime<Utc>> {
    text(row, column, what)?.and_then(parse_timestamp).ok_or_else(|| corrupt(what))
}

/// Decodes one row of [`PHRASE_COLUMNS`]; anything that does not read back is reported as
/// corruption rather than guessed at. Columns are read in place, so only kept values are copied.
pub(super) fn phrase_from_row(row: &Row<'_>) -> StoreResult<Phrase> {
    let owned = |column: usize, what: &str| required(row, column, what).map(str::to_owned);
    let optional = |column: usize, what: &str| text(row, column, what).map(|value| value.map(str::to_owned));
    Ok(Phrase {
        id: PhraseId::new(owned(0, "phrases.phrase_id")?).map_err(|_| corrupt("phrases.phrase_id"))?,
        collection: owned(1, "collections.name")?,
        content: PhraseContent {
            situation: SituationKey::new(owned(2, "phrases.situation_key")?)
                .map_err(|_| corrupt("phrases.situation_key"))?,
            lang: Lang::new(owned(3, "phrases.lang")?).map_err(|_| corrupt("phrases.lang"))?,
            title: optional(15, "phrases.title")?,
            text: owned(4, "phrases.text")?,
            avoid: list(row, 5, "phrases.avoid")?,
            note: optional(6, "phrases.note")?,
            tags: list(row, 7, "phrases.tags")?,
            status: required(row, 8, "phrases.status")?.parse::<Status>().map_err(|_| corrupt("phrases.status"))?,
            group: optional(9, "phrases.group_key")?,
        },
        created_at: time(row, 10, "phrases.created_at")?,
        updated_at: time(row, 11, "phrases.updated_at")?,
        usage: Usage {
            favorite: row.get::<_, i64>(12)? != 0,
            copy_count: u32::try_from(row.get::<_, i64>(13)?).unwrap_or(u32::MAX),
            last_copied_at: text(row, 14, "phrase_usage.last_copied_at")?.and_then(parse_timestamp),
        },
    })
}

/// Runs a `SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} …` statement and decodes every row.
pub(super) fn query_phrases(statement: &mut Statement<'_>, params: impl Params) -> StoreResult<Vec<Phrase>> {
    let mut rows = statement.query(params)?;
    let mut phrases = Vec::new();
    while let Some(row) = rows.next()? {
        phrases.push(phrase_from_row(row)?);
    }
    Ok(phrases)
}

/// Encodes a list column.
pub(super) fn encode_list(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}

/// The text form of a content, for an incoming version kept beside a conflict.
pub(super) fn encode_content(content: &PhraseContent) -> String {
    serde_json::to_string(content).unwrap_or_default()
}

/// Reads back [`encode_content`]; `what` names the column in a corruption report.
pub(super) fn decode_content(text: &str, what: &str) -> StoreResult<PhraseContent> {
    serde_json::from_str(text).map_err(|_| corrupt(what))
}
