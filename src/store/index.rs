//! The search index as the store's phrases make it: search knows nothing of the store, so the one
//! place that reads every live phrase into an index lives here, above both.

use chrono::{DateTime, Utc};

use super::{Store, StoreResult};
use crate::search::SearchIndex;

/// Phrases read per chunk: each chunk is tokenised while the next is read.
const CHUNK: usize = 4096;

impl Store {
    /// Builds the search index over every live phrase and the situations, as of `now` (recency
    /// counts in the ranking).
    pub fn search_index(&self, now: DateTime<Utc>) -> StoreResult<SearchIndex> {
        let situations = self.situations()?;
        SearchIndex::build_streaming(|take| self.phrases_in_chunks(CHUNK, take), &situations, now)
    }
}
