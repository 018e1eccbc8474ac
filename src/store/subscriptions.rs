//! Followed team files and folders: imported when subscribed, on every start and whenever the
//! watcher sees them change. Each file is its own merge source. A file that is missing, unreadable
//! or invalid is reported and changes nothing; a file that vanished from a followed folder is not
//! taken as "everything in it was removed".

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

use super::{ImportMode, ImportReport, Store, StoreError, StoreResult};
use crate::interchange::{self, FileFormat, ImportError, ReadOptions};
use crate::model::{format_timestamp, now, parse_timestamp};

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

/// Reads a followed file, refusing one that looks cut short. JSON must parse whole anyway; a CSV
/// or YAML file ends with a line break (every spreadsheet and editor writes one), so a copy still
/// being written, cut in the middle of a row, is not mistaken for a file whose last row is short.
fn read_complete(file: &Path) -> Result<interchange::ReadOutcome, ImportError> {
    let text = interchange::input::read_text(file)?;
    let line_based = matches!(FileFormat::of(file), Some(FileFormat::Csv | FileFormat::Espanso));
    if line_based && !text.is_empty() && !text.ends_with('\n') {
        return Err(ImportError::single(
            file,
            "",
            "the file does not end with a line break, so it may still be being written; it is read again when it changes",
        ));
    }
    interchange::parse_any(file, &text, &ReadOptions::default())
}

impl Store {
    /// Follows `path` (a collection file or a folder of them) and imports it now. A missing or
    /// unreadable path is refused and nothing is recorded.
    pub fn subscribe(&mut self, path: &Path) -> StoreResult<SubscribeOutcome> {
        let absolute = std::fs::canonicalize(path)
            .map_err(|source| ImportError::single(path, "", format!("cannot follow it: {source}")))?;
        followed_files(&absolute)?;
        let key = absolute.display().to_string();
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO subscriptions (path, added_at) VALUES (?1, ?2) ON CONFLICT (path) DO NOTHING",
                params![key, format_timestamp(&now())],
            )?;
            Ok(())
        })?;
        let reports = self.sync_subscription(&absolute)?;
        Ok(SubscribeOutcome { path: absolute, reports })
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
        let mut statement =
            self.connection.prepare("SELECT path, added_at, synced_at, last_error FROM subscriptions ORDER BY path")?;
        let rows = statement.query_map([], |row| {
            Ok(Subscription {
                path: PathBuf::from(row.get::<_, String>(0)?),
                added_at: parse_timestamp(&row.get::<_, String>(1)?),
                synced_at: row.get::<_, Option<String>>(2)?.as_deref().and_then(parse_timestamp),
                last_error: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Imports every followed path; one report per file. Errors are reported, never fatal.
    pub fn sync_subscriptions(&mut self) -> StoreResult<Vec<SyncReport>> {
        let mut reports = Vec::new();
        for subscription in self.subscriptions()? {
            reports.extend(self.sync_subscription(&subscription.path)?);
        }
        Ok(reports)
    }

    /// Imports one followed path (a three-way merge per file), recording when it last worked or
    /// why it failed. A file that merges to no change is not written at all (no backup either).
    pub fn sync_subscription(&mut self, path: &Path) -> StoreResult<Vec<SyncReport>> {
        let key = path.display().to_string();
        let followed: Option<i64> = self
            .connection
            .query_row("SELECT 1 FROM subscriptions WHERE path = ?1", [&key], |row| row.get(0))
            .optional()?;
        if followed.is_none() {
            return Err(StoreError::NotSubscribed(key));
        }
        let reports = match followed_files(path) {
            Ok(files) => files.into_iter().map(|file| self.sync_file(&file)).collect(),
            Err(error) => vec![SyncReport { file: path.to_path_buf(), result: Err(error.into()), notes: Vec::new() }],
        };
        let errors: Vec<String> = reports
            .iter()
            .filter_map(|report| report.result.as_ref().err().map(|error| format!("{error:#}")))
            .collect();
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

    fn sync_file(&mut self, file: &Path) -> SyncReport {
        let outcome = match read_complete(file) {
            Ok(outcome) => outcome,
            Err(error) => return SyncReport { file: file.to_path_buf(), result: Err(error.into()), notes: Vec::new() },
        };
        let result = self.import(file, &outcome.collection, ImportMode::DryRun).and_then(|preview| {
            let held = preview.retired.len() + outcome.collection.phrases.len();
            if preview.retired.len() >= RETIRE_CONFIRM_MINIMUM && preview.retired.len() * RETIRE_CONFIRM_SHARE > held {
                Err(StoreError::WouldRetire { file: file.to_path_buf(), retired: preview.retired.len(), held })
            } else if preview.writes_anything() {
                self.import(file, &outcome.collection, ImportMode::Apply)
            } else {
                Ok(preview)
            }
        });
        SyncReport { file: file.to_path_buf(), result, notes: outcome.notes }
    }
}
