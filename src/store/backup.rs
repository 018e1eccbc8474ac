//! Copies of the database taken with SQLite's online backup API before a migration or an import,
//! in a `backups` folder beside it, keeping the newest few. A copy is written under a `.partial`
//! name and renamed when complete, so a full disk or a kill never leaves a half copy that counts
//! among the kept ones (and pushes a good one out).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{Store, StoreError, StoreResult};

/// How many backups are kept; older ones are removed after a new one is written.
pub const KEEP_BACKUPS: usize = 5;

/// Backs up a file database (an in-memory one has nothing to protect) and returns the copy's path.
pub(super) fn take(store: &Store, reason: &str) -> StoreResult<Option<PathBuf>> {
    match store.path.as_deref() {
        Some(path) => take_from(&store.connection, path, reason),
        None => Ok(None),
    }
}

/// Backs up the database file at `path`, read through `connection` (open on that file).
pub(super) fn take_from(connection: &rusqlite::Connection, path: &Path, reason: &str) -> StoreResult<Option<PathBuf>> {
    let Some(directory) = path.parent().map(|parent| parent.join("backups")) else {
        return Ok(None);
    };
    std::fs::create_dir_all(&directory)
        .map_err(|reason| StoreError::Io { context: format!("cannot create {}", directory.display()), reason })?;
    let stem = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or("tactful");
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let target = directory.join(format!("{stem}-{stamp}-{reason}.sqlite"));
    let partial = directory.join(format!("{stem}-{stamp}-{reason}.sqlite{PARTIAL}"));
    remove_stale_partials(&directory, stem);
    let copied = copy_to(connection, &partial).and_then(|()| {
        std::fs::rename(&partial, &target)
            .map_err(|reason| StoreError::Io { context: format!("cannot finish {}", target.display()), reason })
    });
    if let Err(error) = copied {
        // Best effort: the error that stopped the copy is the one worth reporting.
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    prune(&directory, stem)?;
    Ok(Some(target))
}

/// The suffix of a copy still being written.
const PARTIAL: &str = ".partial";

/// A partial copy this old was left by a killed process; a younger one may still be written.
const STALE_PARTIAL: Duration = Duration::from_secs(10 * 60);

/// How long the copy waits before trying again when another connection holds a lock it needs.
const BUSY_PAUSE: Duration = Duration::from_millis(5);

fn copy_to(connection: &rusqlite::Connection, partial: &Path) -> StoreResult<()> {
    let mut copy = rusqlite::Connection::open(partial)?;
    // The copy is new and only renamed into place once complete, so it needs no rollback journal
    // of its own (a journal file, written and synced beside it, for nothing).
    copy.pragma_update(None, "journal_mode", "OFF")?;
    {
        // Every page in one step: copied 256 pages at a time with a 5 ms pause between steps, a
        // 100,000-phrase database waited a quarter of a second for nothing. In WAL mode the
        // source's readers and writers are not held up by the copy's read, and a write committed
        // by another connection between steps would only have made the copy start over.
        let backup = rusqlite::backup::Backup::new(connection, &mut copy)?;
        while backup.step(-1)? != rusqlite::backup::StepResult::Done {
            std::thread::sleep(BUSY_PAUSE);
        }
    }
    copy.close().map_err(|(_, error)| error)?;
    Ok(())
}

fn remove_stale_partials(directory: &Path, stem: &str) {
    let Ok(listing) = std::fs::read_dir(directory) else { return };
    let prefix = format!("{stem}-");
    for entry in listing.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(&prefix) && name.ends_with(PARTIAL)) {
            continue;
        }
        let age = entry
            .metadata()
            .and_then(|metadata| metadata.modified())
            .ok()
            .and_then(|modified| SystemTime::now().duration_since(modified).ok());
        if age.is_some_and(|age| age >= STALE_PARTIAL) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn prune(directory: &Path, stem: &str) -> StoreResult<()> {
    let prefix = format!("{stem}-");
    let listing = std::fs::read_dir(directory)
        .map_err(|reason| StoreError::Io { context: format!("cannot list {}", directory.display()), reason })?;
    let mut backups: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with(&prefix) && name.ends_with(".sqlite"))
        })
        .collect();
    // Names embed the time, so sorting by name sorts by age.
    backups.sort();
    let surplus = backups.len().saturating_sub(KEEP_BACKUPS);
    for old in &backups[..surplus] {
        // A backup that cannot be removed is not worth failing an import over.
        let _ = std::fs::remove_file(old);
    }
    Ok(())
}

impl Store {
    /// Takes a backup now (before an import); `None` for an in-memory database.
    pub fn backup(&self, reason: &str) -> StoreResult<Option<PathBuf>> {
        take(self, reason)
    }
}
