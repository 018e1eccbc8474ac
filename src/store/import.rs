//! Applying a validated collection: situations merge their titles by language, phrases are added
//! or updated in place by id, all in one transaction. A dry run does the same work and rolls back,
//! so its report is exactly what an import would do.

use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

use super::phrases::{collection_id, insert_phrase, situation_exists, update_content};
use super::{Store, StoreResult};
use crate::interchange::{ImportError, MAX_REPORTED_PROBLEMS, Problem, ValidCollection};
use crate::model::{PhraseContent, PhraseId, format_timestamp, now};

/// Whether an import changes the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Apply the changes.
    Apply,
    /// Report what would change; change nothing.
    DryRun,
}

/// What an import did, or would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// The collection new phrases went to.
    pub collection: String,
    /// Phrases that were new.
    pub added: Vec<PhraseId>,
    /// Existing phrases whose content changed.
    pub updated: Vec<PhraseId>,
    /// Phrases already identical.
    pub unchanged: usize,
    /// Situations that were new.
    pub situations_added: usize,
    /// Situation titles or descriptions added or changed.
    pub situation_texts_changed: usize,
    /// The backup taken before applying, if any.
    pub backup: Option<PathBuf>,
}

impl ImportReport {
    /// Whether the import changed (or would change) anything.
    pub fn changes_anything(&self) -> bool {
        !self.added.is_empty()
            || !self.updated.is_empty()
            || self.situations_added > 0
            || self.situation_texts_changed > 0
    }
}

fn stored_content(transaction: &Transaction<'_>, id: &PhraseId) -> StoreResult<Option<PhraseContent>> {
    let row = transaction
        .prepare_cached(
            "SELECT situation_key, lang, text, avoid, note, tags, status, group_key FROM phrases WHERE phrase_id = ?1",
        )?
        .query_row([id.as_str()], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, String>(6)?,
                row.get::<_, Option<String>>(7)?,
            ))
        })
        .optional()?;
    let Some((situation, lang, text, avoid, note, tags, status, group)) = row else {
        return Ok(None);
    };
    let corrupt = || super::StoreError::Corrupt(format!("phrase {id}"));
    Ok(Some(PhraseContent {
        situation: crate::model::SituationKey::new(situation).map_err(|_| corrupt())?,
        lang: crate::model::Lang::new(lang).map_err(|_| corrupt())?,
        text,
        avoid: serde_json::from_str(&avoid).map_err(|_| corrupt())?,
        note,
        tags: serde_json::from_str(&tags).map_err(|_| corrupt())?,
        status: status.parse().map_err(|_| corrupt())?,
        group,
    }))
}

/// Applies `collection` inside `transaction`; on an error the caller's transaction rolls back.
pub(super) fn apply(
    transaction: &Transaction<'_>,
    file: &Path,
    collection: &ValidCollection,
) -> StoreResult<ImportReport> {
    let mut report = ImportReport { collection: collection.name.clone(), ..ImportReport::default() };
    for situation in &collection.situations {
        let inserted = transaction
            .execute("INSERT OR IGNORE INTO situations (situation_key) VALUES (?1)", [situation.key.as_str()])?;
        report.situations_added += inserted;
        for (lang, text) in &situation.texts {
            let changed = transaction.execute(
                "INSERT INTO situation_texts (situation_key, lang, title, description) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (situation_key, lang) DO UPDATE SET title = excluded.title, description = excluded.description
                 WHERE title IS NOT excluded.title OR description IS NOT excluded.description",
                params![situation.key.as_str(), lang.as_str(), text.title, text.description],
            )?;
            // A new situation's texts count with the situation, not as changes.
            if inserted == 0 {
                report.situation_texts_changed += changed;
            }
        }
    }

    let mut problems = Vec::new();
    let mut known = std::collections::HashSet::new();
    for phrase in &collection.phrases {
        let key = &phrase.content.situation;
        if !known.contains(key) {
            if situation_exists(transaction, key)? {
                known.insert(key.clone());
            } else if problems.len() < MAX_REPORTED_PROBLEMS {
                problems.push(Problem {
                    location: format!("{}.situation", phrase.path),
                    reason: format!(
                        "situation {:?} is neither defined in the file nor known to this phrasebook",
                        key.as_str()
                    ),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Invalid { file: file.to_path_buf(), problems }.into());
    }

    let target_collection = collection_id(transaction, &collection.name, collection.description.as_deref())?;
    let now_stamp = format_timestamp(&now());
    for phrase in &collection.phrases {
        let stamp = phrase.updated_at.as_ref().map(format_timestamp).unwrap_or_else(|| now_stamp.clone());
        match stored_content(transaction, &phrase.id)? {
            None => {
                insert_phrase(transaction, &phrase.id, target_collection, &phrase.content, &stamp)?;
                report.added.push(phrase.id.clone());
            }
            Some(existing) if existing == phrase.content => report.unchanged += 1,
            Some(_) => {
                update_content(transaction, &phrase.id, &phrase.content, &stamp)?;
                report.updated.push(phrase.id.clone());
            }
        }
    }
    Ok(report)
}

impl Store {
    /// Imports a validated collection read from `file`: all or nothing. `Apply` takes a backup of a
    /// file database first; `DryRun` reports and changes nothing.
    pub fn import(&mut self, file: &Path, collection: &ValidCollection, mode: ImportMode) -> StoreResult<ImportReport> {
        let backup = match mode {
            ImportMode::Apply => self.backup("before-import")?,
            ImportMode::DryRun => None,
        };
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut report = apply(&transaction, file, collection)?;
        match mode {
            ImportMode::Apply => transaction.commit()?,
            ImportMode::DryRun => transaction.rollback()?,
        }
        report.backup = backup;
        Ok(report)
    }
}
