//! Turning rows back into model values. Lists are stored as JSON arrays; anything that does not
//! read back is reported as corruption rather than guessed at.

use chrono::{DateTime, Utc};
use rusqlite::Row;

use super::{StoreError, StoreResult};
use crate::model::{Lang, Phrase, PhraseContent, PhraseId, SituationKey, Status, Usage, parse_timestamp};

/// The columns [`phrase_from_row`] reads, in its order; joined with collections and usage.
pub(super) const PHRASE_COLUMNS: &str = "p.phrase_id, c.name, p.situation_key, p.lang, p.text, p.avoid, p.note, p.tags, \
     p.status, p.group_key, p.created_at, p.updated_at, coalesce(u.favorite, 0), coalesce(u.copy_count, 0), u.last_copied_at";

/// The `FROM` clause that goes with [`PHRASE_COLUMNS`].
pub(super) const PHRASE_FROM: &str = "phrases p JOIN collections c ON c.collection_id = p.collection_id \
     LEFT JOIN phrase_usage u ON u.phrase_id = p.phrase_id";

/// Raw column values, read without interpretation so row errors and value errors stay apart.
pub(super) struct RawPhrase {
    values: [Option<String>; 12],
    favorite: bool,
    copy_count: i64,
    last_copied_at: Option<String>,
}

pub(super) fn raw_phrase(row: &Row<'_>) -> rusqlite::Result<RawPhrase> {
    let mut values: [Option<String>; 12] = Default::default();
    for (index, value) in values.iter_mut().enumerate() {
        *value = row.get(index)?;
    }
    Ok(RawPhrase {
        values,
        favorite: row.get::<_, i64>(12)? != 0,
        copy_count: row.get(13)?,
        last_copied_at: row.get(14)?,
    })
}

fn list(json: Option<&str>, what: &str) -> StoreResult<Vec<String>> {
    serde_json::from_str(json.unwrap_or("[]")).map_err(|_| StoreError::Corrupt(what.to_owned()))
}

fn time(value: Option<&str>, what: &str) -> StoreResult<DateTime<Utc>> {
    value.and_then(parse_timestamp).ok_or_else(|| StoreError::Corrupt(what.to_owned()))
}

impl RawPhrase {
    pub(super) fn into_phrase(self) -> StoreResult<Phrase> {
        let [id, collection, situation, lang, text, avoid, note, tags, status, group, created, updated] = self.values;
        let corrupt = |what: &str| StoreError::Corrupt(what.to_owned());
        let id = PhraseId::new(id.unwrap_or_default()).map_err(|_| corrupt("phrases.phrase_id"))?;
        Ok(Phrase {
            collection: collection.unwrap_or_default(),
            content: PhraseContent {
                situation: SituationKey::new(situation.unwrap_or_default())
                    .map_err(|_| corrupt("phrases.situation_key"))?,
                lang: Lang::new(lang.unwrap_or_default()).map_err(|_| corrupt("phrases.lang"))?,
                text: text.unwrap_or_default(),
                avoid: list(avoid.as_deref(), "phrases.avoid")?,
                note,
                tags: list(tags.as_deref(), "phrases.tags")?,
                status: status
                    .as_deref()
                    .unwrap_or_default()
                    .parse::<Status>()
                    .map_err(|_| corrupt("phrases.status"))?,
                group,
            },
            created_at: time(created.as_deref(), "phrases.created_at")?,
            updated_at: time(updated.as_deref(), "phrases.updated_at")?,
            usage: Usage {
                favorite: self.favorite,
                copy_count: u32::try_from(self.copy_count).unwrap_or(u32::MAX),
                last_copied_at: self.last_copied_at.as_deref().and_then(parse_timestamp),
            },
            id,
        })
    }
}

/// Encodes a list column.
pub(super) fn encode_list(values: &[String]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}
