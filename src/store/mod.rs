//! `Store` owns the SQLite connection: it opens the database in WAL mode, migrates it before it
//! returns (so a `Store` always has the current schema), and runs every query. Each write is one
//! transaction begun `IMMEDIATE`, so a kill at any moment leaves the old or the new state and a
//! second process waits for the lock instead of failing.

mod backup;
mod conflicts;
mod curate;
mod curation;
mod export;
mod import;
mod migrations;
mod phrases;
mod rows;
mod situations;
mod subscriptions;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use backup::KEEP_BACKUPS;
pub use conflicts::{Conflict, Resolution};
pub use curate::Change;
pub use curation::{ReviewQueue, Vetting};
pub use export::ExportFilter;
pub use import::{ImportMode, ImportReport, source_key};
pub use phrases::PhraseEdit;
pub use subscriptions::{SubscribeOutcome, Subscription, SyncReport};

use crate::interchange::ImportError;
use crate::model::{ModelError, PhraseId};

/// The merge-base source the built-in phrasebook is seeded from.
const BUILTIN_SOURCE: &str = "built-in phrasebook";

/// How long a write waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What can go wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer Tactful; it is left untouched.
    #[error(
        "{path} was created by a newer Tactful (schema version {found}; this one knows up to {supported}); it was not changed. Update Tactful to open it"
    )]
    NewerSchema {
        /// The database file.
        path: String,
        /// Its schema version.
        found: i64,
        /// The newest this build knows.
        supported: i64,
    },
    /// No live phrase has this id.
    #[error("no phrase with id {0:?}")]
    PhraseNotFound(String),
    /// No situation has this key.
    #[error("no situation {0:?}; `tactful situations` lists them")]
    SituationNotFound(String),
    /// A value does not fit the model.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// An import that was refused; nothing changed.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A file next to the database (backups, the directory) could not be written.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// There is no conflict to resolve for this phrase.
    #[error("phrase {0:?} has no conflict; `tactful conflicts` lists them")]
    NoConflict(String),
    /// The path is not followed.
    #[error("{0} is not a subscription; `tactful subscriptions` lists them")]
    NotSubscribed(String),
    /// A change that contradicts the phrasebook as it is (a taken key, linking a phrase to itself).
    #[error("{0}")]
    Conflict(String),
    /// Stored data that Tactful itself did not write in that shape.
    #[error("the database holds an unreadable value in {0}; it may have been edited by hand")]
    Corrupt(String),
}

/// Result alias for store operations.
pub type StoreResult<T> = Result<T, StoreError>;

/// Whether a new database receives the built-in phrasebook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// Load the built-in phrasebook into a database that has never had it.
    Builtin,
    /// Leave a new database empty.
    Empty,
}

/// The phrasebook database.
pub struct Store {
    connection: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrates it and seeds it as asked.
    pub fn open(path: &Path, seed: Seed) -> StoreResult<Self> {
        if let Some(parent) = path.parent().filter(|parent| !parent.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)
                .map_err(|source| StoreError::Io { context: format!("cannot create {}", parent.display()), source })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(path, flags)?;
        Self::configure(connection, Some(path.to_path_buf()), seed)
    }

    /// A private in-memory database, for tests and previews.
    pub fn open_in_memory(seed: Seed) -> StoreResult<Self> {
        Self::configure(Connection::open_in_memory()?, None, seed)
    }

    fn configure(connection: Connection, path: Option<PathBuf>, seed: Seed) -> StoreResult<Self> {
        connection.busy_timeout(BUSY_TIMEOUT)?;
        connection.pragma_update(None, "foreign_keys", true)?;
        if path.is_some() {
            connection.pragma_update(None, "journal_mode", "WAL")?;
        }
        // FULL makes every commit durable even across power loss, not only across a crash.
        connection.pragma_update(None, "synchronous", "FULL")?;
        let mut store = Self { connection, path };
        let created = migrations::migrate(&mut store)?;
        match seed {
            // Seeded once, when the database is new (or a crash interrupted the first seeding);
            // built-in phrases the agent deleted later must not come back.
            Seed::Builtin if !store.builtin_seeded()? => store.seed_builtin()?,
            // A newer binary ships a different phrasebook: merge it the way a team collection
            // merges, so edited lines stay, untouched ones update and removed ones retire.
            Seed::Builtin if store.builtin_outdated()? => {
                store.backup("before-phrasebook-update")?;
                store.merge_builtin(&crate::builtin::phrasebook()?, &crate::builtin::version())?;
            }
            Seed::Empty if created => store.write(|transaction| {
                transaction
                    .execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('builtin_seeded', 'declined')", [])?;
                Ok(())
            })?,
            _ => {}
        }
        Ok(store)
    }

    /// The database file, or `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `work` in one `IMMEDIATE` transaction: committed when it returns `Ok`, rolled back
    /// otherwise (and by SQLite itself if the process dies half-way).
    fn write<T>(&mut self, work: impl FnOnce(&rusqlite::Transaction<'_>) -> StoreResult<T>) -> StoreResult<T> {
        let transaction = self.connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = work(&transaction)?;
        transaction.commit()?;
        Ok(value)
    }

    fn builtin_seeded(&self) -> StoreResult<bool> {
        let seeded: Option<String> = rusqlite::OptionalExtension::optional(self.connection.query_row(
            "SELECT value FROM meta WHERE key = 'builtin_seeded'",
            [],
            |row| row.get(0),
        ))?;
        Ok(seeded.is_some())
    }

    fn seed_builtin(&mut self) -> StoreResult<()> {
        self.merge_builtin(&crate::builtin::phrasebook()?, &crate::builtin::version())?;
        Ok(())
    }

    /// Whether the database took the built-in phrasebook (it did not decline it) and last merged a
    /// version other than the one this binary ships.
    fn builtin_outdated(&self) -> StoreResult<bool> {
        let value = |key: &str| -> StoreResult<Option<String>> {
            Ok(rusqlite::OptionalExtension::optional(self.connection.query_row(
                "SELECT value FROM meta WHERE key = ?1",
                [key],
                |row| row.get(0),
            ))?)
        };
        let declined = value("builtin_seeded")?.is_none_or(|seeded| seeded == "declined");
        Ok(!declined && value("builtin_version")?.as_deref() != Some(crate::builtin::version().as_str()))
    }

    /// Merges `collection` as the built-in phrasebook at `version`, through the same three-way merge
    /// as a team collection (see [`Store::import`]): lines the agent edited keep the edit (a
    /// conflict when the line changed upstream too), untouched lines are updated, lines gone from
    /// the phrasebook are retired, new ones are added. Opening with [`Seed::Builtin`] calls it
    /// whenever the binary's phrasebook differs from the one last merged.
    pub fn merge_builtin(
        &mut self,
        collection: &crate::interchange::ValidCollection,
        version: &str,
    ) -> StoreResult<ImportReport> {
        self.write(|transaction| {
            let report = import::apply(transaction, BUILTIN_SOURCE, std::path::Path::new(BUILTIN_SOURCE), collection)?;
            transaction.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('builtin_seeded', ?1)",
                [crate::model::format_timestamp(&crate::model::now())],
            )?;
            // A database that declined the phrasebook and takes it now is seeded from here on.
            transaction.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'builtin_seeded' AND value = 'declined'",
                [crate::model::format_timestamp(&crate::model::now())],
            )?;
            transaction
                .execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('builtin_version', ?1)", [version])?;
            Ok(report)
        })
    }

    /// Checks SQLite's own consistency: `integrity_check` and `foreign_key_check`.
    pub fn check_integrity(&self) -> StoreResult<Vec<String>> {
        let mut findings = Vec::new();
        let mut statement = self.connection.prepare("PRAGMA integrity_check")?;
        for row in statement.query_map([], |row| row.get::<_, String>(0))? {
            let row = row?;
            if row != "ok" {
                findings.push(row);
            }
        }
        let mut statement = self.connection.prepare("PRAGMA foreign_key_check")?;
        let violations = statement.query_map([], |row| row.get::<_, String>(0))?;
        for table in violations {
            findings.push(format!("foreign key violation in {}", table?));
        }
        Ok(findings)
    }
}

pub(crate) fn not_found(id: &PhraseId) -> StoreError {
    StoreError::PhraseNotFound(id.to_string())
}
