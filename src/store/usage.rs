//! Personal usage: favourites and copy counts, kept apart from the phrases so imports and exports
//! never touch them.

use rusqlite::params;

use super::sql::live_phrase;
use super::{Store, StoreResult};
use crate::model::{PhraseId, format_timestamp};

impl Store {
    /// Counts a copy for frecency.
    pub fn record_copy(&mut self, id: &PhraseId, at: chrono::DateTime<chrono::Utc>) -> StoreResult<()> {
        self.write(|transaction| {
            live_phrase(transaction, id)?;
            transaction.execute(
                "INSERT INTO phrase_usage (phrase_id, copy_count, last_copied_at) VALUES (?1, 1, ?2)
                 ON CONFLICT (phrase_id) DO UPDATE SET copy_count = copy_count + 1, last_copied_at = excluded.last_copied_at",
                params![id.as_str(), format_timestamp(&at)],
            )?;
            Ok(())
        })
    }

    /// Marks or unmarks a favourite.
    pub fn set_favorite(&mut self, id: &PhraseId, favorite: bool) -> StoreResult<()> {
        self.write(|transaction| {
            live_phrase(transaction, id)?;
            transaction.execute(
                "INSERT INTO phrase_usage (phrase_id, favorite) VALUES (?1, ?2)
                 ON CONFLICT (phrase_id) DO UPDATE SET favorite = excluded.favorite",
                params![id.as_str(), favorite],
            )?;
            Ok(())
        })
    }
}
