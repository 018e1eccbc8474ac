//! The search index as the store's phrases make it: search knows nothing of the store, so the one
//! place that reads every live phrase into an index lives here, above both.
//!
//! A database file gets a stored index beside it (`<file>-index`): a process that searches once
//! reads that file instead of tokenising every phrase. It is used only when its stamp is the
//! database's current content stamp (migration 6: every change to what search reads draws a new
//! one) and it is whole; otherwise the index is built from the database and the file written
//! again. The file is a cache: failing to write it never fails a search.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::{Store, StoreResult};
use crate::search::{RecordsCheck, SearchIndex, StoredIndexError};

/// Phrases read per chunk: each chunk is tokenised while the next is read.
const CHUNK: usize = 4096;

/// Where an index came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexOrigin {
    /// Read from the stored index file.
    Stored,
    /// Built from the database: there was no stored index, or it could not be used (why).
    Built(Option<StoredIndexError>),
}

/// The stored index of the database at `database`: the same name with `-index` added, as SQLite
/// names its `-wal` and `-shm` files.
pub fn stored_index_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push("-index");
    PathBuf::from(name)
}

impl Store {
    /// Builds the search index over every live phrase and the situations, as of `now` (recency
    /// counts in the ranking).
    pub fn search_index(&self, now: DateTime<Utc>) -> StoreResult<SearchIndex> {
        Ok(self.stamped_search_index(now)?.0)
    }

    /// The stamp of the content search reads; it changes with every change to it.
    pub fn content_stamp(&self) -> StoreResult<i64> {
        Ok(self.connection.query_row("SELECT stamp FROM content_stamp", [], |row| row.get(0))?)
    }

    /// A fresh index and the content stamp it was built from, read in one transaction so the two
    /// agree.
    fn stamped_search_index(&self, now: DateTime<Utc>) -> StoreResult<(SearchIndex, i64)> {
        let transaction = self.connection.unchecked_transaction()?;
        let stamp = self.content_stamp()?;
        let situations = self.situations()?;
        let index = SearchIndex::build_streaming(|take| self.phrases_in_chunks(CHUNK, take), &situations, now)?;
        transaction.commit()?;
        Ok((index, stamp))
    }

    /// The search index as of `now`: the stored one beside the database file when it holds
    /// exactly the database's content, else one built afresh (and stored for the next process).
    /// Either gives the same results. `check` says when a stored index's records are checked.
    pub fn search_index_stored(
        &self,
        now: DateTime<Utc>,
        check: RecordsCheck,
    ) -> StoreResult<(SearchIndex, IndexOrigin)> {
        let Some(path) = self.path.as_deref().map(stored_index_path) else {
            return Ok((self.search_index(now)?, IndexOrigin::Built(None)));
        };
        // Only a file: a folder in its place opens on some systems, and is no index.
        let file = std::fs::File::open(&path).ok().filter(|file| file.metadata().is_ok_and(|meta| meta.is_file()));
        let why = match file {
            Some(file) => match SearchIndex::from_file(file, self.content_stamp()?, now, check) {
                Ok(index) => return Ok((index, IndexOrigin::Stored)),
                Err(why) => Some(why),
            },
            None => None,
        };
        Ok((self.rebuilt_search_index(now)?, IndexOrigin::Built(why)))
    }

    /// A fresh index as of `now`, stored beside the database file for the next process (a
    /// stored one was found damaged, or out of date).
    pub fn rebuilt_search_index(&self, now: DateTime<Utc>) -> StoreResult<SearchIndex> {
        let (index, stamp) = self.stamped_search_index(now)?;
        // A cache: a read-only folder or a full disk costs the next search a build, nothing more.
        if let Some(path) = self.path.as_deref() {
            let _ = store_index(&stored_index_path(path), &index, stamp);
        }
        Ok(index)
    }

    /// Writes `index`, built from content stamped `stamp`, as this database's stored index.
    pub fn store_search_index(&self, index: &SearchIndex, stamp: i64) -> std::io::Result<()> {
        match self.path.as_deref() {
            Some(path) => store_index(&stored_index_path(path), index, stamp),
            None => Ok(()),
        }
    }
}

/// Writes the file whole or not at all: a temporary file beside it, renamed over it.
fn store_index(path: &Path, index: &SearchIndex, stamp: i64) -> std::io::Result<()> {
    let folder = path.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(folder)?;
    file.write_all(&index.to_bytes(stamp))?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}
