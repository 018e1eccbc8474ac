//! Copies of the database taken with SQLite's online backup API before a migration or an import,
//! in a `backups` folder beside it, keeping the newest few.

use std::path::PathBuf;
use std::time::Duration;

use super::{Store, StoreError, StoreResult};

/// How many backups are kept; older ones are removed after a new one is written.
pub const KEEP_BACKUPS: usize = 5;

/// Backs up a file database (an in-memory one has nothing to protect) and returns the copy's path.
pub(super) fn take(store: &Store, reason: &str) -> StoreResult<Option<PathBuf>> {
    let Some(path) = store.path.as_deref() else {
        return Ok(None);
    };
    let Some(directory) = path.parent().map(|parent| parent.join("backups")) else {
        return Ok(None);
    };
    std::fs::create_dir_all(&directory)
        .map_err(|source| StoreError::Io { context: format!("cannot create {}", directory.display()), source })?;
    let stem = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or("tactful");
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
    let target = directory.join(format!("{stem}-{stamp}-{reason}.sqlite"));
    let mut copy = rusqlite::Connection::open(&target)?;
    {
        let backup = rusqlite::backup::Backup::new(&store.connection, &mut copy)?;
        backup.run_to_completion(256, Duration::from_millis(5), None)?;
    }
    prune(&directory, stem)?;
    Ok(Some(target))
}

fn prune(directory: &std::path::Path, stem: &str) -> StoreResult<()> {
    let prefix = format!("{stem}-");
    let listing = std::fs::read_dir(directory)
        .map_err(|source| StoreError::Io { context: format!("cannot list {}", directory.display()), source })?;
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
