//! `Store` owns the SQLite connection: it opens the database in WAL mode, migrates it before it
//! returns (so a `Store` always has the current schema), and runs every query. Each write is one
//! transaction begun `IMMEDIATE`, so a kill at any moment leaves the old or the new state and a
//! second process waits for the lock instead of failing.

mod backup;
mod changes;
mod conflicts;
mod export;
mod followed_url;
mod import;
mod index;
mod migrations;
mod phrases;
mod report;
mod review;
mod rows;
mod save;
mod situations;
mod sql;
mod stamp;
mod subscriptions;
mod usage;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

pub use backup::KEEP_BACKUPS;
pub use changes::Changes;
pub use conflicts::{Conflict, Resolution};
pub use export::ExportFilter;
pub use followed_url::FetchFailed;
pub use import::{ImportMode, ImportPreparation, source_key};
pub use index::{IndexOrigin, stored_index_path};
pub use phrases::PhraseEdit;
pub use report::ImportReport;
pub use review::{ReviewQueue, Vetting};
pub use save::Change;
pub use subscriptions::{SubscribeOutcome, Subscription, SyncReport};

use crate::interchange::ImportError;
use crate::model::{ModelError, PhraseId};
use crate::template::TemplateError;

/// The merge-base source the built-in phrasebook is seeded from.
const BUILTIN_SOURCE: &str = "built-in phrasebook";

/// How long a write waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How much of the database file SQLite maps into memory for reading (address space, not memory:
/// pages are loaded as they are touched). 1 GiB covers about two million phrases.
const MMAP_BYTES: i64 = 1 << 30;

/// The page cache, in KiB (SQLite's negative form): 32 MiB, about a 100,000-phrase database.
const CACHE_KIBIBYTES: i64 = -32 * 1024;

/// What can go wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error. (Not a `source`: printed as a chain it would appear twice.)
    #[error("database error: {}", sqlite_reason(.0))]
    Sqlite(rusqlite::Error),
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
    /// The database file cannot be written (its permissions, or a read-only file system).
    #[error("{path} is read-only (check the file's permissions, or pass --db to use another); nothing was changed")]
    ReadOnly {
        /// The database file.
        path: String,
    },
    /// The database file is damaged; nothing was written to it (an import would also have copied
    /// the damage into its backup).
    #[error(
        "the phrasebook database is damaged ({finding}); nothing was changed. Restore a copy from the backups folder beside it"
    )]
    Damaged {
        /// SQLite's first finding.
        finding: String,
    },
    /// A schema step failed; the database stays at its old version.
    #[error("cannot bring the database to schema version {version}: {reason}; it was not changed")]
    Migration {
        /// The version that failed.
        version: i64,
        /// SQLite's reason, without the statement.
        reason: String,
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
    /// A placeholder in the text does not parse.
    #[error("the text's placeholders do not parse: {0}")]
    Template(TemplateError),
    /// A file next to the database (backups, the directory) could not be written.
    // The reason is part of the message and deliberately not a `source`: a chain printed with
    // `{:#}` would show it twice.
    #[error("{context}: {reason}")]
    Io {
        /// What was being done.
        context: String,
        /// The operating system's reason.
        reason: std::io::Error,
    },
    /// There is no conflict to resolve for this phrase.
    #[error("phrase {0:?} has no conflict; `tactful conflicts` lists them")]
    NoConflict(String),
    /// The path is not followed.
    #[error("{0} is not a subscription; `tactful subscriptions` lists them")]
    NotSubscribed(String),
    /// A followed address could not be fetched; nothing changed.
    #[error(transparent)]
    Fetch(#[from] FetchFailed),
    /// A followed file was not signed by a key the subscription trusts; nothing changed.
    #[error(transparent)]
    Signing(#[from] crate::signing::SigningError),
    /// A new subscription to an address was refused on its first fetch; nothing was recorded.
    #[error("not subscribed to {target}: {reason}")]
    NotFollowed {
        /// The address.
        target: String,
        /// Why its first fetch or signature check failed.
        reason: String,
    },
    /// A followed file would retire much of what it held: it may be cut short. Nothing changed;
    /// importing it by hand confirms the removal.
    #[error(
        "{} would retire {retired} of its {held} phrases, so it may be incomplete (a copy still being written); nothing was changed. If the phrases were removed on purpose, import it once with `tactful import`",
        file.display()
    )]
    WouldRetire {
        /// The followed file.
        file: PathBuf,
        /// How many phrases it would retire.
        retired: usize,
        /// How many it held before.
        held: usize,
    },
    /// A new situation's key is already taken.
    #[error("a situation with the key {key:?} already exists")]
    KeyTaken {
        /// The key.
        key: String,
    },
    /// A phrase cannot be linked as its own translation.
    #[error("a phrase cannot be its own translation")]
    SelfLink,
    /// Every fresh id tried was taken (only a clock far out of step could cause this).
    #[error("could not find a free id for the new phrase; try again")]
    IdsExhausted,
    /// Stored data that Tactful itself did not write in that shape.
    #[error("the database holds an unreadable value in {0}; it may have been edited by hand")]
    Corrupt(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        StoreError::Sqlite(error)
    }
}

impl From<TemplateError> for StoreError {
    fn from(error: TemplateError) -> Self {
        StoreError::Template(error)
    }
}

/// SQLite's reason without the statement it was given (a failed schema step would print pages of
/// SQL).
fn sqlite_reason(error: &rusqlite::Error) -> String {
    match error {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        other => other.to_string(),
    }
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
                .map_err(|reason| StoreError::Io { context: format!("cannot create {}", parent.display()), reason })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let read_only = || StoreError::ReadOnly { path: path.display().to_string() };
        let connection = Connection::open_with_flags(path, flags).map_err(|error| match error.sqlite_error_code() {
            Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen) if path.exists() => read_only(),
            _ => error.into(),
        })?;
        Self::configure(connection, Some(path.to_path_buf()), seed).map_err(|error| match error {
            StoreError::Sqlite(ref sqlite) if sqlite.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {
                read_only()
            }
            other => other,
        })
    }

    /// A private in-memory database, for tests and previews.
    pub fn open_in_memory(seed: Seed) -> StoreResult<Self> {
        Self::configure(Connection::open_in_memory()?, None, seed)
    }

    fn configure(connection: Connection, path: Option<PathBuf>, seed: Seed) -> StoreResult<Self> {
        connection.busy_timeout(BUSY_TIMEOUT)?;
        let mut store = Self { connection, path };
        // Before anything that writes (switching to WAL does): a newer database stays untouched.
        migrations::refuse_newer(&store)?;
        store.connection.pragma_update(None, "foreign_keys", true)?;
        if store.path.is_some() {
            store.connection.pragma_update(None, "journal_mode", "WAL")?;
            // Reading every phrase (each search from the command line, each window start) went
            // through one `pread` per page: 92,000 system calls at 100,000 phrases. Mapped pages
            // are read by the kernel's page cache directly, as SQLite's documentation recommends
            // for read-heavy use; writes still go through the WAL as before.
            store.connection.pragma_update(None, "mmap_size", MMAP_BYTES)?;
        }
        // The default page cache (2 MiB) holds a tenth of a 100,000-phrase database; a larger one
        // keeps the pages a second full read (a reload after an edit) needs.
        store.connection.pragma_update(None, "cache_size", CACHE_KIBIBYTES)?;
        // FULL makes every commit durable even across power loss, not only across a crash.
        store.connection.pragma_update(None, "synchronous", "FULL")?;
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
        let seeded: Option<String> = self
            .connection
            .query_row("SELECT value FROM meta WHERE key = 'builtin_seeded'", [], |row| row.get(0))
            .optional()?;
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

    /// Refuses to write to a damaged database: SQLite's quick check (a few milliseconds for a
    /// large phrasebook) before an import, so its backup never copies the damage as if it were fine.
    pub(crate) fn refuse_damaged(&self) -> StoreResult<()> {
        refuse_damaged(&self.connection)
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

/// [`Store::refuse_damaged`] through any connection to the database.
pub(crate) fn refuse_damaged(connection: &Connection) -> StoreResult<()> {
    let finding: String = connection.query_row("PRAGMA quick_check(1)", [], |row| row.get(0))?;
    if finding == "ok" { Ok(()) } else { Err(StoreError::Damaged { finding }) }
}

pub(crate) fn not_found(id: &PhraseId) -> StoreError {
    StoreError::PhraseNotFound(id.to_string())
}
