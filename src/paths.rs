//! Where the phrasebook lives: `--db`, `TACTFUL_DB`, or the platform data directory. Shared by
//! the command line and the window (which must not import the command line to find its database).

use std::path::PathBuf;

use clap::Args;

use crate::store::{Seed, Store, StoreError};

/// Where the phrasebook lives (the global `--db` and `--no-builtin` options).
#[derive(Debug, Clone, Default, Args)]
pub struct DatabaseArgs {
    /// The database file [default: the platform data directory, e.g. ~/.local/share/tactful/tactful.sqlite].
    #[arg(long, global = true, env = "TACTFUL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Leave a newly created database empty instead of loading the built-in phrasebook.
    #[arg(long, global = true)]
    pub no_builtin: bool,
}

/// Why the phrasebook could not be found or opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// No `--db`, no `TACTFUL_DB`, and no home directory to put the database in.
    #[error("cannot find a home directory for the database; pass --db PATH or set TACTFUL_DB")]
    NoHome,
    /// The database could not be opened.
    #[error("cannot open the phrasebook at {}: {reason}", path.display())]
    Open {
        /// The database file.
        path: PathBuf,
        /// Why (part of the message, so not also a `source` a printed chain would repeat).
        reason: StoreError,
    },
}

impl DatabaseArgs {
    /// The database file these arguments name.
    pub fn path(&self) -> Result<PathBuf, OpenError> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        let directories = directories::ProjectDirs::from("", "", "tactful").ok_or(OpenError::NoHome)?;
        Ok(directories.data_dir().join("tactful.sqlite"))
    }

    /// Whether a new database receives the built-in phrasebook.
    pub fn seed(&self) -> Seed {
        if self.no_builtin { Seed::Empty } else { Seed::Builtin }
    }

    /// Opens (creating and migrating as needed) the phrasebook these arguments name.
    pub fn open(&self) -> Result<Store, OpenError> {
        let path = self.path()?;
        Store::open(&path, self.seed()).map_err(|reason| OpenError::Open { path, reason })
    }
}
