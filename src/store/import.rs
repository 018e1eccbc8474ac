//! Applying a validated collection as a three-way merge, per phrase by id, against the version
//! last imported from the same source (its "base"): changed upstream only → updated; changed
//! locally only → the local edit is kept; changed on both sides → a conflict (the local version
//! stays, the incoming one is kept beside it); gone upstream → retired locally, or a conflict when
//! it was edited locally; new upstream → added. Everything happens in one transaction. A dry run
//! does the same work and rolls back, so its report is exactly what an import would do.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

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
/// since (`bases`: every source's base for it). Then the first import of this file must not
/// overwrite the edit (it is a conflict). A phrase no file ever sent (added by hand, or imported
/// before merge bases existed) takes the file's version.
fn edited_since_another_import(bases: Option<&Vec<String>>, local: &str) -> bool {
    bases.is_some_and(|bases| !bases.is_empty() && bases.iter().all(|base| base != local))
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

/// The columns a phrase's content is read from, in [`content_from_row`]'s order.
const CONTENT_COLUMNS: &str = "situation_key, lang, text, avoid, note, tags, status, group_key, title";

/// The content in a row holding [`CONTENT_COLUMNS`] from column `first` on.
fn content_from_row(row: &rusqlite::Row<'_>, first: usize) -> StoreResult<PhraseContent> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("phrases.{what}"));
    let list = |column: usize, what: &str| -> StoreResult<Vec<String>> {
        let json: String = row.get(first + column)?;
        if json == "[]" { Ok(Vec::new()) } else { serde_json::from_str(&json).map_err(|_| corrupt(what)) }
    };
    Ok(PhraseContent {
        situation: SituationKey::new(row.get::<_, String>(first)?).map_err(|_| corrupt("situation_key"))?,
        lang: Lang::new(row.get::<_, String>(first + 1)?).map_err(|_| corrupt("lang"))?,
        text: row.get(first + 2)?,
        avoid: list(3, "avoid")?,
        note: row.get(first + 4)?,
        tags: list(5, "tags")?,
        status: row.get::<_, String>(first + 6)?.parse::<Status>().map_err(|_| corrupt("status"))?,
        group: row.get(first + 7)?,
        title: row.get(first + 8)?,
    })
}

/// The content stored under `id`, live or in the trash (an id in the trash is still taken).
///
/// Only the content's columns, from `phrases` alone: the whole-phrase query (joined with
/// collections and usage) was compiled again by SQLite on every new id it was bound to, which
/// was 40% of a 100,000-phrase import.
fn stored_content(transaction: &Transaction<'_>, id: &PhraseId) -> StoreResult<Option<PhraseContent>> {
    let mut statement =
        transaction.prepare_cached(&format!("SELECT {CONTENT_COLUMNS} FROM phrases WHERE phrase_id = ?1"))?;
    let mut rows = statement.query([id.as_str()])?;
    rows.next()?.map(|row| content_from_row(row, 0)).transpose()
}

/// Ids as the JSON array SQLite's `json_each` reads a list from.
fn id_list<'a>(ids: impl Iterator<Item = &'a PhraseId>) -> String {
    let mut list = String::from("[");
    for (position, id) in ids.enumerate() {
        if position > 0 {
            list.push(',');
        }
        // A phrase id is letters, digits, '.', '-' and '_' (PhraseId::new): nothing to escape.
        list.push('"');
        list.push_str(id.as_str());
        list.push('"');
    }
    list.push(']');
    list
}

/// The content stored under each of `ids` that has one, live or in the trash: one statement for
/// a whole chunk of an import instead of one query per phrase.
fn stored_contents(transaction: &Transaction<'_>, ids: &str) -> StoreResult<HashMap<String, PhraseContent>> {
    let mut statement = transaction.prepare_cached(&format!(
        "SELECT phrase_id, {CONTENT_COLUMNS} FROM phrases WHERE phrase_id IN (SELECT value FROM json_each(?1))"
    ))?;
    let mut rows = statement.query([ids])?;
    let mut contents = HashMap::new();
    while let Some(row) = rows.next()? {
        contents.insert(row.get(0)?, content_from_row(row, 1)?);
    }
    Ok(contents)
}

/// Every source's merge base for each of `ids`, in one statement.
fn all_bases(transaction: &Transaction<'_>, ids: &str) -> StoreResult<HashMap<String, Vec<String>>> {
    let mut statement = transaction.prepare_cached(
        "SELECT phrase_id, fingerprint FROM import_bases WHERE phrase_id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut rows = statement.query([ids])?;
    let mut bases: HashMap<String, Vec<String>> = HashMap::new();
    while let Some(row) = rows.next()? {
        bases.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    Ok(bases)
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

/// Incoming phrases merged per chunk: what is stored for a chunk is read in two statements, and
/// a chunk's reads stay small however large the collection.
const CHUNK: usize = 4096;

/// The merge bases earlier imports kept for one phrase.
#[derive(Debug, Clone, Copy)]
struct Bases<'a> {
    /// This source's.
    this_source: Option<&'a str>,
    /// Every source's, read only when this source has none (else `None`).
    others: Option<&'a Vec<String>>,
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
        for chunk in collection.phrases.chunks(CHUNK) {
            let mut locals = stored_contents(transaction, &id_list(chunk.iter().map(|phrase| &phrase.id)))?;
            // Other sources' bases matter only for a phrase stored here that this source never sent.
            let unknown_here = chunk
                .iter()
                .filter(|phrase| !bases.contains_key(phrase.id.as_str()) && locals.contains_key(phrase.id.as_str()));
            let other_bases = all_bases(transaction, &id_list(unknown_here.map(|phrase| &phrase.id)))?;
            for phrase in chunk {
                let stamp = phrase.updated_at.as_ref().map(format_timestamp).unwrap_or_else(|| self.now_stamp.clone());
                let incoming = fingerprint(&phrase.content);
                let base = bases.remove(phrase.id.as_str());
                // Ids are unique in a collection (validated), so what was read before the chunk is
                // what each phrase finds: no phrase of the chunk wrote another's row.
                match locals.remove(phrase.id.as_str()) {
                    None => {
                        insert_phrase(transaction, &phrase.id, target_collection, &phrase.content, &stamp)?;
                        self.touched.insert(phrase.id.clone());
                        report.added.push(phrase.id.clone());
                    }
                    Some(local) => {
                        let known = Bases { this_source: base.as_deref(), others: other_bases.get(phrase.id.as_str()) };
                        self.merge_one(phrase, local, known, &incoming, &stamp, report)?;
                    }
                }
                if base.as_deref() != Some(incoming.as_str()) {
                    set_base(transaction, self.source, &phrase.id, &incoming)?;
                    report.bases_changed += 1;
                }
            }
        }
        Ok(bases)
    }

    fn merge_one(
        &mut self,
        phrase: &crate::interchange::IncomingPhrase,
        local: PhraseContent,
        bases: Bases<'_>,
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
        let base = bases.this_source;
        let unedited_here = match base {
            Some(base) => base == local_print,
            None => !edited_since_another_import(bases.others, &local_print),
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

/// What an import does before it changes anything, the quick check and the backup, started on a
/// thread of its own (with its own connection) while the caller still reads and validates the
/// file: at 100,000 phrases each took about a second, one after the other. [`Store::import_prepared`]
/// waits for it; dropped unused (the file was refused), it waits too and removes its backup, so a
/// refused file never pushes an older backup out.
#[derive(Debug)]
#[must_use = "an import waits for its preparation; dropped, its backup is removed"]
pub struct ImportPreparation {
    /// The check and backup under way; `None` for an in-memory database or once taken.
    pending: Option<std::thread::JoinHandle<StoreResult<Option<PathBuf>>>>,
}

impl ImportPreparation {
    /// Waits for the check and the backup: the backup's path, or why there is none.
    fn finish(&mut self) -> Option<StoreResult<Option<PathBuf>>> {
        let pending = self.pending.take()?;
        Some(pending.join().unwrap_or_else(|_| {
            Err(StoreError::Io {
                context: "cannot back up the database before the import".into(),
                reason: std::io::Error::other("the backup stopped unexpectedly"),
            })
        }))
    }
}

impl Drop for ImportPreparation {
    fn drop(&mut self) {
        if let Some(Ok(Some(backup))) = self.finish() {
            // Best effort: the backup of an import that never happened.
            let _ = std::fs::remove_file(backup);
        }
    }
}

/// The quick check and backup of the database at `path`, through a connection of their own.
fn check_and_back_up(path: &Path) -> StoreResult<Option<PathBuf>> {
    let connection = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    connection.busy_timeout(super::BUSY_TIMEOUT)?;
    super::refuse_damaged(&connection)?;
    super::backup::take_from(&connection, path, "before-import")
}

impl Store {
    /// Starts what an import of a file database does before it changes anything (see
    /// [`ImportPreparation`]); read the file meanwhile, then call [`Store::import_prepared`].
    pub fn prepare_import(&self) -> ImportPreparation {
        let pending = self.path.clone().map(|path| std::thread::spawn(move || check_and_back_up(&path)));
        ImportPreparation { pending }
    }

    /// [`Store::import`] with `Apply`, once `preparation` (started before the file was read) is
    /// done: a damaged database is refused and the backup is taken before anything changes.
    pub fn import_prepared(
        &mut self,
        file: &Path,
        collection: &ValidCollection,
        mut preparation: ImportPreparation,
    ) -> StoreResult<ImportReport> {
        let backup = match preparation.finish() {
            Some(prepared) => prepared?,
            None => self.check_and_back_up()?,
        };
        self.merge_with_backup(file, collection, ImportMode::Apply, None, backup)
    }

    /// The quick check and the backup, on this connection.
    fn check_and_back_up(&self) -> StoreResult<Option<PathBuf>> {
        self.refuse_damaged()?;
        self.backup("before-import")
    }

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
            ImportMode::Apply => self.check_and_back_up()?,
            ImportMode::DryRun => None,
        };
        self.merge_with_backup(file, collection, mode, signer, backup)
    }

    /// The merge, once the backup (if any) is taken; the report names the backup.
    fn merge_with_backup(
        &mut self,
        file: &Path,
        collection: &ValidCollection,
        mode: ImportMode,
        signer: Option<&KeyId>,
        backup: Option<PathBuf>,
    ) -> StoreResult<ImportReport> {
        self.connection.pragma_update(None, "cache_size", import_cache_kibibytes(&self.connection, collection)?)?;
        let merged = self.merge_in_transaction(file, collection, mode, signer);
        // The larger cache was for this import's changed pages only.
        let restored = self.connection.pragma_update(None, "cache_size", super::CACHE_KIBIBYTES);
        let mut report = merged?;
        restored?;
        report.backup = backup;
        Ok(report)
    }

    /// The merge itself, in one transaction that commits (`Apply`) or rolls back (`DryRun`).
    fn merge_in_transaction(
        &mut self,
        file: &Path,
        collection: &ValidCollection,
        mode: ImportMode,
        signer: Option<&KeyId>,
    ) -> StoreResult<ImportReport> {
        let source = source_key(file);
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let paused = super::stamp::pause(&transaction)?;
        let report = apply(&transaction, &source, file, collection)?;
        if let Some(signer) = signer {
            record_signer(&transaction, &source, collection, signer)?;
        }
        super::stamp::resume(&transaction, paused)?;
        match mode {
            ImportMode::Apply => transaction.commit()?,
            ImportMode::DryRun => transaction.rollback()?,
        }
        Ok(report)
    }
}

/// The most page cache an import asks for (256 MiB).
const IMPORT_CACHE_MAX_KIBIBYTES: i64 = 256 * 1024;

/// The page cache an import works in, as `cache_size` takes it (negative: KiB): room for every
/// page it may change (the database as it is, half again for merge bases and split pages, and
/// about half a KiB per incoming phrase), never less than the usual cache, at most
/// [`IMPORT_CACHE_MAX_KIBIBYTES`]. With the usual 32 MiB an import of 100,000 phrases changed more
/// pages than the cache held: SQLite wrote them to the log before the commit and read them back
/// (138 MB of reads), each written again when changed again.
fn import_cache_kibibytes(connection: &rusqlite::Connection, collection: &ValidCollection) -> StoreResult<i64> {
    let bytes: i64 = connection.query_row(
        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        [],
        |row| row.get(0),
    )?;
    let incoming = i64::try_from(collection.phrases.len()).unwrap_or(i64::MAX);
    let wanted = (bytes / 1024).saturating_mul(3) / 2 + incoming / 2;
    Ok(-wanted.clamp(-super::CACHE_KIBIBYTES, IMPORT_CACHE_MAX_KIBIBYTES))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{CHUNK, ImportMode};
    use crate::interchange::{ReadOptions, ValidCollection, parse_any};
    use crate::model::PhraseId;
    use crate::store::{PhraseEdit, Seed, Store};

    /// A collection of `count` phrases, each text ending in `ending`.
    fn collection(count: usize, ending: &str) -> ValidCollection {
        let phrases: Vec<String> = (0..count)
            .map(|index| {
                format!(r#"{{"id":"p{index}","situation":"s","lang":"en","text":"Phrase number {index}{ending}"}}"#)
            })
            .collect();
        let text = format!(
            r#"{{"format":"tactful.collection","version":1,"name":"Team","situations":[{{"key":"s","title":{{"en":"S"}}}}],"phrases":[{}]}}"#,
            phrases.join(",")
        );
        parse_any(Path::new("team.json"), &text, &ReadOptions::default()).expect("valid").collection
    }

    #[test]
    fn a_moved_file_larger_than_a_chunk_keeps_local_edits_in_every_chunk() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        let count = CHUNK + 3;
        store.import(Path::new("/old/team.json"), &collection(count, "."), ImportMode::Apply).expect("imports");
        // One edit in the first chunk, one in the last: each must be found among its chunk's reads.
        let edited = [PhraseId::new("p7").expect("valid"), PhraseId::new(format!("p{}", CHUNK + 1)).expect("valid")];
        for id in &edited {
            let edit = PhraseEdit { text: Some("Said my way".into()), ..PhraseEdit::default() };
            store.edit_phrase(id, edit).expect("edits");
        }
        let report =
            store.import(Path::new("/new/team.json"), &collection(count, "!"), ImportMode::Apply).expect("imports");
        assert_eq!(report.conflicts, edited);
        assert_eq!(report.updated.len(), count - 2, "every other phrase takes the moved file's version");
        assert_eq!(store.phrase(&edited[1]).expect("present").content.text, "Said my way");
        let last = PhraseId::new(format!("p{}", count - 1)).expect("valid");
        assert_eq!(store.phrase(&last).expect("present").content.text, format!("Phrase number {}!", count - 1));
        let cache: i64 = store.connection.query_row("PRAGMA cache_size", [], |row| row.get(0)).expect("reads");
        assert_eq!(cache, crate::store::CACHE_KIBIBYTES, "the import's larger cache is given back");
    }

    #[test]
    fn a_prepared_import_keeps_its_backup_and_an_unused_preparation_leaves_none() {
        let directory = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(&directory.path().join("book.sqlite"), Seed::Empty).expect("opens");
        let backups = || directory.path().join("backups").read_dir().map(|listing| listing.count()).unwrap_or(0);
        drop(store.prepare_import());
        assert_eq!(backups(), 0, "a preparation for a file that was refused leaves no backup");
        let preparation = store.prepare_import();
        let report = store.import_prepared(Path::new("/team.json"), &collection(3, "."), preparation).expect("imports");
        assert_eq!(report.added.len(), 3);
        assert!(report.backup.as_ref().is_some_and(|backup| backup.exists()), "the backup is kept");
        assert_eq!(backups(), 1);
    }
}
