//! Conflicts left by a three-way merge: the local version stays in place, the incoming one waits
//! beside it until the agent keeps one side.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::review::{flag_siblings, meaning_changed};
use super::rows::decode_content;
use super::sql::{Deleted, live_phrase, read_phrase, update_content};
use super::{Store, StoreError, StoreResult};
use crate::model::{Phrase, PhraseContent, PhraseId, Status, format_timestamp, now, parse_timestamp};

/// A phrase changed both here and upstream (or edited here and removed upstream).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The local version, as it is in the phrasebook.
    pub ours: Phrase,
    /// The incoming version; `None` when the phrase was removed upstream.
    pub theirs: Option<PhraseContent>,
    /// The file it came from.
    pub source: String,
    /// When the import found it.
    pub detected_at: Option<DateTime<Utc>>,
}

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Keep the local version; drop the incoming one.
    Ours,
    /// Take the incoming version (or retire the phrase when it was removed upstream).
    Theirs,
}

impl Store {
    /// Every open conflict, by phrase id.
    pub fn conflicts(&self) -> StoreResult<Vec<Conflict>> {
        let mut statement = self
            .connection
            .prepare("SELECT phrase_id, source, theirs, detected_at FROM conflicts ORDER BY phrase_id")?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, String>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut conflicts = Vec::with_capacity(rows.len());
        for (id, source, theirs, detected_at) in rows {
            let id = PhraseId::new(id).map_err(|_| StoreError::Corrupt("conflicts.phrase_id".into()))?;
            // A conflict on a phrase in the trash waits until it is restored.
            let Some(ours) = read_phrase(&self.connection, &id, Deleted::Skip)? else { continue };
            let theirs = theirs.as_deref().map(|text| decode_content(text, "conflicts.theirs")).transpose()?;
            conflicts.push(Conflict { ours, theirs, source, detected_at: parse_timestamp(&detected_at) });
        }
        Ok(conflicts)
    }

    /// Keeps one side of a conflict and closes it. Taking theirs flags the phrase's translations
    /// for review when the wording changed.
    pub fn resolve(&mut self, id: &PhraseId, resolution: Resolution) -> StoreResult<Phrase> {
        self.write(|transaction| {
            let theirs: Option<Option<String>> = transaction
                .query_row("SELECT theirs FROM conflicts WHERE phrase_id = ?1", [id.as_str()], |row| row.get(0))
                .optional()?;
            let Some(theirs) = theirs else {
                return Err(StoreError::NoConflict(id.to_string()));
            };
            let current = live_phrase(transaction, id)?;
            if resolution == Resolution::Theirs {
                let incoming = match theirs {
                    Some(text) => decode_content(&text, "conflicts.theirs")?,
                    None => PhraseContent { status: Status::Retired, ..current.content.clone() },
                };
                if incoming != current.content {
                    update_content(transaction, id, &incoming, &format_timestamp(&now()))?;
                    if meaning_changed(&current.content, &incoming) {
                        flag_siblings(transaction, &[(id.clone(), incoming.group.clone())], &HashSet::new())?;
                    }
                }
            }
            transaction.execute("DELETE FROM conflicts WHERE phrase_id = ?1", params![id.as_str()])?;
            Ok(())
        })?;
        self.phrase(id)
    }
}
