//! Applying a validated collection as a three-way merge, per phrase by id, against the version
//! last imported from the same source (its "base"): changed upstream only → updated; changed
//! locally only → the local edit is kept; changed on both sides → a conflict (the local version
//! stays, the incoming one is kept beside it); gone upstream → retired locally, or a conflict when
//! it was edited locally; new upstream → added. Everything happens in one transaction. A dry run
//! does the same work and rolls back, so its report is exactly what an import would do.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{Transaction, TransactionBehavior, params};

use super::followed_url::record_signer;
use super::review::{flag_siblings, meaning_changed};
use super::rows::encode_content;
use super::sql::{collection_id, insert_phrase, set_conflict, situation_exists, update_content_in_place};
use super::{ImportReport, Store, StoreError, StoreResult};
use crate::interchange::{ImportError, MAX_REPORTED_PROBLEMS, Problem, ValidCollection};
use crate::model::{Lang, PhraseContent, PhraseId, SituationKey, Status, format_timestamp, now};
use crate::signing::KeyId;

/// Whether an import changes the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Apply the changes.
    Apply,
    /// Report what would change; change nothing.
    DryRun,
}

/// The fingerprint a merge base is kept as: equal content, equal fingerprint. Every field goes in
/// as its own part (parts are joined by a byte UTF-8 never contains, lists are counted first), so
/// two different contents collide only by chance, one in 2^64.
pub(super) fn fingerprint(content: &PhraseContent) -> String {
    let avoid_count = content.avoid.len().to_string();
    let tag_count = content.tags.len().to_string();
    let mut parts: Vec<&[u8]> = Vec::with_capacity(12 + content.avoid.len() + content.tags.len());
    parts.extend([content.situation.as_str().as_bytes(), content.lang.as_str().as_bytes(), content.text.as_bytes()]);
    parts.push(avoid_count.as_bytes());
    parts.extend(content.avoid.iter().map(|line| line.as_bytes()));
    match &content.note {
        Some(note) => parts.extend([b"note".as_slice(), note.as_bytes()]),
        None => parts.push(b"no note"),
    }
    parts.push(tag_count.as_bytes());
    parts.extend(content.tags.iter().map(|tag| tag.as_bytes()));
    parts.push(content.status.as_str().as_bytes());
    match &content.group {
        Some(group) => parts.extend([b"group".as_slice(), group.as_bytes()]),
        None => parts.push(b"no group"),
    }
    // Only a title goes in, so every merge base kept before titles existed still matches.
    if let Some(title) = &content.title {
        parts.extend([b"title".as_slice(), title.as_bytes()]);
    }
    format!("{:016x}", crate::model::stable_hash(&parts))
}

fn load_bases(transaction: &Transaction<'_>, source: &str) -> StoreResult<HashMap<String, String>> {
    let mut statement = transaction.prepare("SELECT phrase_id, fingerprint FROM import_bases WHERE source = ?1")?;
    let rows = statement.query_map([source], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn set_base(transaction: &Transaction<'_>, source: &str, id: &PhraseId, fingerprint: &str) -> StoreResult<()> {
    transaction
        .prepare_cached(
            "INSERT INTO import_bases (source, phrase_id, fingerprint) VALUES (?1, ?2, ?3)
             ON CONFLICT (source, phrase_id) DO UPDATE SET fingerprint = excluded.fingerprint",
        )?
        .execute(params![source, id.as_str(), fingerprint])?;
    Ok(())
}

/// For a phrase this source never sent: whether it came from another file and was edited here
/// since. Then the first import of this file must not overwrite the edit (it is a conflict). A
/// phrase no file ever sent (added by hand, or imported before merge bases existed) takes the
/// file's version.
fn edited_since_another_import(transaction: &Transaction<'_>, id: &PhraseId, local: &str) -> StoreResult<bool> {
    let mut statement = transaction.prepare_cached("SELECT fingerprint FROM import_bases WHERE phrase_id = ?1")?;
    let bases = statement.query_map([id.as_str()], |row| row.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
    Ok(!bases.is_empty() && bases.iter().all(|base| base != local))
}

/// Closes an open conflict on `id`, if there is one (`open` is the set of ids with one).
fn clear_conflict(transaction: &Transaction<'_>, open: &HashSet<String>, id: &PhraseId) -> StoreResult<()> {
    if open.contains(id.as_str()) {
        transaction.prepare_cached("DELETE FROM conflicts WHERE phrase_id = ?1")?.execute([id.as_str()])?;
    }
    Ok(())
}

fn open_conflicts(transaction: &Transaction<'_>) -> StoreResult<HashSet<String>> {
    let mut statement = transaction.prepare("SELECT phrase_id FROM conflicts")?;
    let ids = statement.query_map([], |row| row.get::<_, String>(0))?;
    Ok(ids.collect::<Result<_, _>>()?)
}

/// The content stored under `id`, live or in the trash (an id in the trash is still taken).
///
/// Only the content's columns, from `phrases` alone: the whole-phrase query (joined with
/// collections and usage) was compiled again by SQLite on every new id it was bound to, which
/// was 40% of a 100,000-phrase import.
fn stored_content(transaction: &Transaction<'_>, id: &PhraseId) -> StoreResult<Option<PhraseContent>> {
    let mut statement = transaction.prepare_cached(
        "SELECT situation_key, lang, text, avoid, note, tags, status, group_key, title FROM phrases WHERE phrase_id = ?1",
    )?;
    let mut rows = statement.query([id.as_str()])?;
    let Some(row) = rows.next()? else { return Ok(None) };
    let corrupt = |what: &str| StoreError::Corrupt(format!("phrases.{what}"));
    let list = |column: usize, what: &str| -> StoreResult<Vec<String>> {
        let json: String = row.get(column)?;
        if json == "[]" { Ok(Vec::new()) } else { serde_json::from_str(&json).map_err(|_| corrupt(what)) }
    };
    Ok(Some(PhraseContent {
        situation: SituationKey::new(row.get::<_, String>(0)?).map_err(|_| corrupt("situation_key"))?,
        lang: Lang::new(row.get::<_, String>(1)?).map_err(|_| corrupt("lang"))?,
        text: row.get(2)?,
        avoid: list(3, "avoid")?,
        note: row.get(4)?,
        tags: list(5, "tags")?,
        status: row.get::<_, String>(6)?.parse::<Status>().map_err(|_| corrupt("status"))?,
        group: row.get(7)?,
        title: row.get(8)?,
    }))
}

/// Applies `collection`, read from `source` (the key its merge bases are kept under), inside
/// `transaction`, in four phases: situations, a check that every phrase's situation exists,
/// the three-way merge of each phrase, and retiring what the source no longer holds. On an error
/// the caller's transaction rolls back.
pub(super) fn apply(
    transaction: &Transaction<'_>,
    source: &str,
    file: &Path,
    collection: &ValidCollection,
) -> StoreResult<ImportReport> {
    let mut report = ImportReport { collection: collection.name.clone(), ..ImportReport::default() };
    apply_situations(transaction, collection, &mut report)?;
    refuse_unknown_situations(transaction, file, collection)?;
    let mut merge = Merge {
        transaction,
        source,
        now_stamp: format_timestamp(&now()),
        open: open_conflicts(transaction)?,
        touched: HashSet::new(),
        meaning_changes: Vec::new(),
    };
    let bases = merge.phrases(collection, &mut report)?;
    merge.retire_removed(bases, &mut report)?;
    report.flagged_for_review = flag_siblings(transaction, &merge.meaning_changes, &merge.touched)?;
    Ok(report)
}

fn apply_situations(
    transaction: &Transaction<'_>,
    collection: &ValidCollection,
    report: &mut ImportReport,
) -> StoreResult<()> {
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
    Ok(())
}

fn refuse_unknown_situations(
    transaction: &Transaction<'_>,
    file: &Path,
    collection: &ValidCollection,
) -> StoreResult<()> {
    let mut problems = Vec::new();
    let mut known = HashSet::new();
    for phrase in &collection.phrases {
        let key = &phrase.content.situation;
        if !known.contains(key) {
            if situation_exists(transaction, key)? {
                known.insert(key.clone());
            } else if problems.len() < MAX_REPORTED_PROBLEMS {
                problems.push(Problem {
                    location: if phrase.path.starts_with("phrases[") {
                        format!("{}.situation", phrase.path)
                    } else {
                        format!("{}, situation", phrase.path)
                    },
                    reason: format!(
                        "situation {:?} is neither defined in the file nor known to this phrasebook",
                        key.as_str()
                    ),
                });
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(ImportError::Invalid { file: file.to_path_buf(), problems }.into()) }
}

/// The state of one import's merge, shared by its phases.
struct Merge<'t> {
    transaction: &'t Transaction<'t>,
    source: &'t str,
    now_stamp: String,
    /// Ids with an open conflict.
    open: HashSet<String>,
    /// Phrases this import wrote (their translations are not flagged by them).
    touched: HashSet<PhraseId>,
    /// Phrases whose words changed, with their groups, to flag their translations.
    meaning_changes: Vec<(PhraseId, Option<String>)>,
}

impl Merge<'_> {
    /// Merges every incoming phrase against the local one and this source's base. Returns the
    /// bases of phrases the source sent before and no longer holds.
    fn phrases(
        &mut self,
        collection: &ValidCollection,
        report: &mut ImportReport,
    ) -> StoreResult<HashMap<String, String>> {
        let transaction = self.transaction;
        let target_collection = collection_id(transaction, &collection.name, collection.description.as_deref())?;
        let mut bases = load_bases(transaction, self.source)?;
        for phrase in &collection.phrases {
            let stamp = phrase.updated_at.as_ref().map(format_timestamp).unwrap_or_else(|| self.now_stamp.clone());
            let incoming = fingerprint(&phrase.content);
            let base = bases.remove(phrase.id.as_str());
            match stored_content(transaction, &phrase.id)? {
                None => {
                    insert_phrase(transaction, &phrase.id, target_collection, &phrase.content, &stamp)?;
                    self.touched.insert(phrase.id.clone());
                    report.added.push(phrase.id.clone());
                }
                Some(local) => self.merge_one(phrase, local, base.as_deref(), &incoming, &stamp, report)?,
            }
            if base.as_deref() != Some(incoming.as_str()) {
                set_base(transaction, self.source, &phrase.id, &incoming)?;
                report.bases_changed += 1;
            }
        }
        Ok(bases)
    }

    fn merge_one(
        &mut self,
        phrase: &crate::interchange::IncomingPhrase,
        local: PhraseContent,
        base: Option<&str>,
        incoming: &str,
        stamp: &str,
        report: &mut ImportReport,
    ) -> StoreResult<()> {
        let transaction = self.transaction;
        if local == phrase.content {
            clear_conflict(transaction, &self.open, &phrase.id)?;
            report.unchanged += 1;
            return Ok(());
        }
        let local_print = fingerprint(&local);
        let unedited_here = match base {
            Some(base) => base == local_print,
            None => !edited_since_another_import(transaction, &phrase.id, &local_print)?,
        };
        if unedited_here {
            update_content_in_place(transaction, &phrase.id, &phrase.content, stamp)?;
            clear_conflict(transaction, &self.open, &phrase.id)?;
            self.touched.insert(phrase.id.clone());
            if meaning_changed(&local, &phrase.content) {
                self.meaning_changes.push((phrase.id.clone(), phrase.content.group.clone()));
            }
            report.updated.push(phrase.id.clone());
        } else if base == Some(incoming) {
            report.kept_local.push(phrase.id.clone());
        } else {
            set_conflict(transaction, &phrase.id, self.source, Some(&encode_content(&phrase.content)))?;
            report.conflicts.push(phrase.id.clone());
        }
        Ok(())
    }

    /// What is left in `bases` was imported from this source before and is gone from it now:
    /// retired when unedited here, a conflict when edited here.
    fn retire_removed(&mut self, bases: HashMap<String, String>, report: &mut ImportReport) -> StoreResult<()> {
        let transaction = self.transaction;
        let mut removed: Vec<(String, String)> = bases.into_iter().collect();
        removed.sort();
        for (id, base) in removed {
            let Ok(id) = PhraseId::new(id) else {
                return Err(StoreError::Corrupt("import_bases.phrase_id".into()));
            };
            if let Some(local) = stored_content(transaction, &id)? {
                if fingerprint(&local) == base {
                    if local.status != Status::Retired {
                        let retired = PhraseContent { status: Status::Retired, ..local };
                        update_content_in_place(transaction, &id, &retired, &self.now_stamp)?;
                        report.retired.push(id.clone());
                    }
                } else if local.status != Status::Retired {
                    set_conflict(transaction, &id, self.source, None)?;
                    report.conflicts.push(id.clone());
                }
            }
            transaction
                .prepare_cached("DELETE FROM import_bases WHERE source = ?1 AND phrase_id = ?2")?
                .execute(params![self.source, id.as_str()])?;
            report.bases_changed += 1;
        }
        Ok(())
    }
}

/// The key a file's merge bases are kept under: its absolute, symlink-free path when it has one.
pub fn source_key(file: &Path) -> String {
    std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf()).display().to_string()
}

impl Store {
    /// Imports a validated collection read from `file` as a three-way merge against what was last
    /// imported from the same file ([`source_key`]): all or nothing. `Apply` takes a backup of a
    /// file database first; `DryRun` reports and changes nothing.
    pub fn import(&mut self, file: &Path, collection: &ValidCollection, mode: ImportMode) -> StoreResult<ImportReport> {
        self.import_signed(file, collection, mode, None)
    }

    /// [`Store::import`], and when `signer` is given, the key that signed the collection recorded
    /// against each phrase in the same transaction: both land, or neither.
    pub(super) fn import_signed(
        &mut self,
        file: &Path,
        collection: &ValidCollection,
        mode: ImportMode,
        signer: Option<&KeyId>,
    ) -> StoreResult<ImportReport> {
        // A damaged database is refused before anything, backup included: an import that
        // "succeeded" on top of damage, with a backup holding the same damage, helps nobody.
        let backup = match mode {
            ImportMode::Apply => {
                self.refuse_damaged()?;
                self.backup("before-import")?
            }
            ImportMode::DryRun => None,
        };
        let source = source_key(file);
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let paused = super::stamp::pause(&transaction)?;
        let mut report = apply(&transaction, &source, file, collection)?;
        if let Some(signer) = signer {
            record_signer(&transaction, &source, collection, signer)?;
        }
        super::stamp::resume(&transaction, paused)?;
        match mode {
            ImportMode::Apply => transaction.commit()?,
            ImportMode::DryRun => transaction.rollback()?,
        }
        report.backup = backup;
        Ok(report)
    }
}
