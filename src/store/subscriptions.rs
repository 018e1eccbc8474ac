//! Followed team files, folders and web addresses: imported when subscribed, on every start and
//! whenever the watcher sees them change (files) or the poll comes round (addresses; see
//! `followed_url.rs`). Each file is its own merge source. A file that is missing, unreadable,
//! invalid or not signed by a key the subscription trusts is reported and changes nothing; a file
//! that vanished from a followed folder is not taken as "everything in it was removed".

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::followed_url::record_signer;
use super::{ImportMode, ImportReport, Store, StoreError, StoreResult};
use crate::interchange::{self, FileFormat, ImportError, ReadOptions};
use crate::model::{format_timestamp, now, parse_timestamp};
use crate::signing::{self, KeyId, TrustedKey};

/// A followed file or folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    /// Absolute path as subscribed.
    pub path: PathBuf,
    /// When it was subscribed.
    pub added_at: Option<DateTime<Utc>>,
    /// When it was last read without error.
    pub synced_at: Option<DateTime<Utc>>,
    /// Why the last read failed, if it did.
    pub last_error: Option<String>,
    /// The public keys a file must be signed by (one of them); empty: unsigned files are accepted.
    pub trusted_keys: Vec<TrustedKey>,
}

impl Subscription {
    /// Whether this follows a web address rather than a file or folder.
    pub fn is_url(&self) -> bool {
        crate::remote::is_url(&self.path.to_string_lossy())
    }
}

/// What syncing one file did.
#[derive(Debug)]
pub struct SyncReport {
    /// The file (or the followed path, when it could not be listed).
    pub file: PathBuf,
    /// The merge's report, or why nothing was imported.
    pub result: Result<ImportReport, StoreError>,
    /// Features the file uses that Tactful does not support, with where they are.
    pub notes: Vec<interchange::Problem>,
    /// The key that signed the file, when the subscription trusts keys and the file verified.
    pub signer: Option<KeyId>,
    /// A followed address answered `304 Not Modified`: the last copy is current, nothing was read.
    pub not_modified: bool,
    /// The same failure was already reported by the previous sync, so a window need not show it
    /// again every few minutes.
    pub already_reported: bool,
}

impl SyncReport {
    /// A report of a file that could not be used.
    pub(super) fn failed(file: &Path, error: impl Into<StoreError>) -> Self {
        Self {
            file: file.to_path_buf(),
            result: Err(error.into()),
            notes: Vec::new(),
            signer: None,
            not_modified: false,
            already_reported: false,
        }
    }
}

/// The result of subscribing: the subscription and its first import.
#[derive(Debug)]
pub struct SubscribeOutcome {
    /// The absolute path now followed.
    pub path: PathBuf,
    /// One report per file read.
    pub reports: Vec<SyncReport>,
}

/// A sync that would retire at least this many phrases…
const RETIRE_CONFIRM_MINIMUM: usize = 5;
/// …and more than this share (one in N) of what the file held is held back: a followed file cut
/// short (a copy still being written, a full disk) looks exactly like a file whose phrases were
/// removed, and retiring them would hide them from every agent until the next complete copy.
const RETIRE_CONFIRM_SHARE: usize = 4;

/// The files a followed path stands for: itself, or a folder's supported regular files (not
/// hidden ones, such as the temporary files an atomic write leaves for a moment), sorted by name.
/// A link in the folder is followed only when it stays inside the folder: a team folder is not
/// a way to read the rest of the machine.
pub fn followed_files(path: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let read_error = |reason| ImportError::Read { file: path.to_path_buf(), reason };
    let metadata = std::fs::metadata(path).map_err(read_error)?;
    if !metadata.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let folder = std::fs::canonicalize(path).map_err(read_error)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(read_error)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| {
            let visible = file.file_name().and_then(|name| name.to_str()).is_some_and(|name| !name.starts_with('.'));
            visible && FileFormat::of(file).is_some() && stays_inside(file, &folder)
        })
        .collect();
    files.sort();
    Ok(files)
}

/// Whether `file` is a regular file that is, after following any links, inside `folder`.
fn stays_inside(file: &Path, folder: &Path) -> bool {
    let Ok(resolved) = std::fs::canonicalize(file) else { return false };
    resolved.parent() == Some(folder) && std::fs::metadata(&resolved).is_ok_and(|metadata| metadata.is_file())
}

/// Parses a followed file's text, refusing one that looks cut short. JSON must parse whole anyway;
/// a CSV or YAML file ends with a line break (every spreadsheet and editor writes one), so a copy
/// still being written, cut in the middle of a row, is not mistaken for a file whose last row is
/// short.
pub(super) fn parse_complete(file: &Path, text: &str) -> Result<interchange::ReadOutcome, ImportError> {
    let line_based = matches!(FileFormat::of(file), Some(FileFormat::Csv | FileFormat::Espanso));
    if line_based && !text.is_empty() && !text.ends_with('\n') {
        return Err(ImportError::single(
            file,
            "",
            "the file does not end with a line break, so it may still be being written; it is read again when it changes",
        ));
    }
    interchange::parse_any(file, text, &ReadOptions::default())
}

/// The trusted keys as stored: one key line each.
fn decode_keys(stored: &str) -> StoreResult<Vec<TrustedKey>> {
    stored
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| TrustedKey::parse(line).map_err(StoreError::from))
        .collect()
}

fn encode_keys(keys: &[TrustedKey]) -> String {
    keys.iter().map(|key| format!("{}\n", key.as_line())).collect()
}

/// What is recorded as the last error: the reason only (a fetch failure's message also says how
/// old the last copy is, which changes every time and would make every repeat look new).
fn recorded_reason(error: &StoreError) -> String {
    match error {
        StoreError::Fetch(failure) => failure.reason.to_string(),
        other => format!("{other:#}"),
    }
}

/// The reason a report failed, as recorded.
fn recorded_reason_of(report: &SyncReport) -> String {
    report.result.as_ref().err().map(recorded_reason).unwrap_or_default()
}

impl Store {
    /// Follows `path` (a collection file or a folder of them) and imports it now. A missing or
    /// unreadable path is refused and nothing is recorded.
    pub fn subscribe(&mut self, path: &Path) -> StoreResult<SubscribeOutcome> {
        self.follow(&path.to_string_lossy(), &[])
    }

    /// Follows `target` — a collection file, a folder of them, or an `https://` address — and
    /// imports it now. With `trusted` keys, only files signed by one of them are accepted (from
    /// then on; subscribing again with other keys replaces them, with none keeps them). A path
    /// that cannot be read, or an address whose first fetch or signature check fails, is refused
    /// and nothing is recorded.
    pub fn follow(&mut self, target: &str, trusted: &[TrustedKey]) -> StoreResult<SubscribeOutcome> {
        let remote = crate::remote::is_url(target);
        let key = if remote {
            target.trim().to_owned()
        } else {
            let path = Path::new(target);
            let absolute = std::fs::canonicalize(path)
                .map_err(|source| ImportError::single(path, "", format!("cannot follow it: {source}")))?;
            followed_files(&absolute)?;
            absolute.display().to_string()
        };
        let existed = self.subscriptions()?.iter().any(|subscription| subscription.path == Path::new(&key));
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO subscriptions (path, added_at, trusted_keys) VALUES (?1, ?2, ?3)
                 ON CONFLICT (path) DO UPDATE SET trusted_keys = CASE WHEN excluded.trusted_keys = ''
                 THEN trusted_keys ELSE excluded.trusted_keys END",
                params![key, format_timestamp(&now()), encode_keys(trusted)],
            )?;
            Ok(())
        })?;
        let path = PathBuf::from(&key);
        let reports = self.sync_subscription(&path)?;
        if remote && !existed {
            // An address that cannot be fetched or is not signed as required is more likely a
            // typo or a wrong key than a server that is down for a moment: say so, keep nothing.
            let refused = reports.iter().find_map(|report| match &report.result {
                Err(StoreError::Fetch(_) | StoreError::Signing(_)) => Some(recorded_reason_of(report)),
                _ => None,
            });
            if let Some(reason) = refused {
                self.unsubscribe(&path)?;
                return Err(StoreError::NotFollowed { target: key, reason });
            }
        }
        Ok(SubscribeOutcome { path, reports })
    }

    /// Stops following `path` (as listed, or as given). Imported phrases stay.
    pub fn unsubscribe(&mut self, path: &Path) -> StoreResult<()> {
        let given = path.display().to_string();
        let absolute = std::fs::canonicalize(path).map(|path| path.display().to_string()).unwrap_or(given.clone());
        self.write(|transaction| {
            let removed =
                transaction.execute("DELETE FROM subscriptions WHERE path IN (?1, ?2)", params![given, absolute])?;
            if removed == 0 { Err(StoreError::NotSubscribed(given.clone())) } else { Ok(()) }
        })
    }

    /// Every followed path, by path.
    pub fn subscriptions(&self) -> StoreResult<Vec<Subscription>> {
        let mut statement = self
            .connection
            .prepare("SELECT path, added_at, synced_at, last_error, trusted_keys FROM subscriptions ORDER BY path")?;
        let rows = statement.query_map([], |row| {
            Ok((
                Subscription {
                    path: PathBuf::from(row.get::<_, String>(0)?),
                    added_at: parse_timestamp(&row.get::<_, String>(1)?),
                    synced_at: row.get::<_, Option<String>>(2)?.as_deref().and_then(parse_timestamp),
                    last_error: row.get(3)?,
                    trusted_keys: Vec::new(),
                },
                row.get::<_, String>(4)?,
            ))
        })?;
        let mut subscriptions = Vec::new();
        for row in rows {
            let (mut subscription, keys) = row?;
            subscription.trusted_keys = decode_keys(&keys)?;
            subscriptions.push(subscription);
        }
        Ok(subscriptions)
    }

    /// Imports every followed path; one report per file. Errors are reported, never fatal.
    pub fn sync_subscriptions(&mut self) -> StoreResult<Vec<SyncReport>> {
        let mut reports = Vec::new();
        for subscription in self.subscriptions()? {
            reports.extend(self.sync_subscription(&subscription.path)?);
        }
        Ok(reports)
    }

    /// Imports one followed path or address (a three-way merge per file), recording when it last
    /// worked or why it failed. A file that merges to no change is not written at all (no backup
    /// either); an address that answers `304 Not Modified` is not even read.
    pub fn sync_subscription(&mut self, path: &Path) -> StoreResult<Vec<SyncReport>> {
        let key = path.display().to_string();
        let row: Option<(String, Option<String>)> = self
            .connection
            .query_row("SELECT trusted_keys, last_error FROM subscriptions WHERE path = ?1", [&key], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let Some((keys, previous_error)) = row else {
            return Err(StoreError::NotSubscribed(key));
        };
        let trusted = decode_keys(&keys)?;
        let mut reports = if crate::remote::is_url(&key) {
            vec![self.sync_url(&key, &trusted)?]
        } else {
            match followed_files(path) {
                Ok(files) => files.into_iter().map(|file| self.sync_file(&file, &trusted)).collect(),
                Err(error) => vec![SyncReport::failed(path, error)],
            }
        };
        let errors: Vec<String> =
            reports.iter().filter_map(|report| report.result.as_ref().err().map(recorded_reason)).collect();
        if !errors.is_empty() && previous_error.as_deref() == Some(errors.join("\n").as_str()) {
            reports.iter_mut().for_each(|report| report.already_reported = report.result.is_err());
        }
        self.write(|transaction| {
            if errors.is_empty() {
                transaction.execute(
                    "UPDATE subscriptions SET synced_at = ?2, last_error = NULL WHERE path = ?1",
                    params![key, format_timestamp(&now())],
                )?;
            } else {
                transaction.execute(
                    "UPDATE subscriptions SET last_error = ?2 WHERE path = ?1",
                    params![key, errors.join("\n")],
                )?;
            }
            Ok(())
        })?;
        Ok(reports)
    }

    fn sync_file(&mut self, file: &Path, trusted: &[TrustedKey]) -> SyncReport {
        let text = match interchange::input::read_text(file) {
            Ok(text) => text,
            Err(error) => return SyncReport::failed(file, error),
        };
        let signer = if trusted.is_empty() {
            None
        } else {
            match signing::verify_file(file, text.as_bytes(), trusted) {
                Ok(signer) => Some(signer),
                Err(error) => return SyncReport::failed(file, error),
            }
        };
        let outcome = match parse_complete(file, &text) {
            Ok(outcome) => outcome,
            Err(error) => return SyncReport::failed(file, error),
        };
        self.merge_followed(file, outcome, signer)
    }

    /// The merge every followed file gets, wherever it came from: a dry run first, held back when
    /// it would retire much of what the file held, applied only when it changes something; then
    /// the signer recorded against each phrase it signed, in the same transaction as the merge.
    pub(super) fn merge_followed(
        &mut self,
        file: &Path,
        outcome: interchange::ReadOutcome,
        signer: Option<KeyId>,
    ) -> SyncReport {
        let result = self.import(file, &outcome.collection, ImportMode::DryRun).and_then(|preview| {
            let held = preview.retired.len() + outcome.collection.phrases.len();
            if preview.retired.len() >= RETIRE_CONFIRM_MINIMUM && preview.retired.len() * RETIRE_CONFIRM_SHARE > held {
                Err(StoreError::WouldRetire { file: file.to_path_buf(), retired: preview.retired.len(), held })
            } else if preview.writes_anything() {
                self.import_signed(file, &outcome.collection, ImportMode::Apply, signer.as_ref())
            } else if let Some(signer) = &signer {
                // No phrase changes: the signer (a rotated key signing the same content) is all
                // there is to write, and it is one transaction on its own.
                let source = super::source_key(file);
                self.write(|transaction| record_signer(transaction, &source, &outcome.collection, signer))?;
                Ok(preview)
            } else {
                Ok(preview)
            }
        });
        SyncReport {
            file: file.to_path_buf(),
            result,
            notes: outcome.notes,
            signer,
            not_modified: false,
            already_reported: false,
        }
    }
}
