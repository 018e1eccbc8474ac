//! Following a collection published at a web address, and who signed what. A fetch is
//! conditional (the last copy's `ETag` and `Last-Modified` go back to the server, so an unchanged
//! file costs a `304` and no work here); a new copy is verified against the subscription's trusted
//! keys, parsed and merged exactly as a followed file is (`subscriptions.rs`), and only then kept,
//! with its validators, as the last good copy. A fetch that fails changes nothing: the phrases
//! merged from the last good copy stay, and the error says how old that copy is.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};

use super::subscriptions::{SyncReport, parse_complete};
use super::{Store, StoreError, StoreResult};
use crate::interchange::{ImportError, ValidCollection};
use crate::model::{PhraseId, format_timestamp, now, parse_timestamp};
use crate::remote::{self, FetchOptions, Fetched, RemoteError, Validators};
use crate::signing::{self, KeyId, SigningError, TrustedKey};

/// A fetch that failed, with how old the copy the phrasebook keeps is.
#[derive(Debug, thiserror::Error)]
#[error("{reason}. Nothing was changed; {}", last_copy_words(*.last_good, *.at))]
pub struct FetchFailed {
    /// What went wrong.
    pub reason: RemoteError,
    /// When the last good copy was fetched or confirmed, if ever.
    pub last_good: Option<DateTime<Utc>>,
    /// When the fetch failed.
    pub at: DateTime<Utc>,
}

/// "the phrasebook keeps the copy from 3 hours ago", in words a person reads at a glance.
fn last_copy_words(last_good: Option<DateTime<Utc>>, at: DateTime<Utc>) -> String {
    let Some(last_good) = last_good else {
        return "no copy has been fetched from there yet".to_owned();
    };
    let minutes = (at - last_good).num_minutes().max(0);
    let age = match minutes {
        0 => "less than a minute ago".to_owned(),
        1 => "1 minute ago".to_owned(),
        2..60 => format!("{minutes} minutes ago"),
        60..120 => "1 hour ago".to_owned(),
        120..2880 => format!("{} hours ago", minutes / 60),
        _ => format!("{} days ago", minutes / 1440),
    };
    format!("the phrasebook keeps the last good copy, from {age} ({})", format_timestamp(&last_good))
}

impl Store {
    /// Fetches a followed address and merges what changed. Never fails for the server's sake:
    /// every network, signature or content problem is the report's error and changes nothing.
    pub(super) fn sync_url(&mut self, url: &str, trusted: &[TrustedKey]) -> StoreResult<SyncReport> {
        let (previous, last_good) = self.url_state(url)?;
        let options = FetchOptions::default();
        let file = Path::new(url);
        let failed = |reason| FetchFailed { reason, last_good, at: now() };
        let (bytes, validators) = match remote::fetch(url, &previous, &options) {
            Err(reason) => return Ok(SyncReport::failed(file, StoreError::Fetch(failed(reason)))),
            Ok(Fetched::NotModified) => {
                return Ok(SyncReport {
                    file: file.to_path_buf(),
                    result: Ok(super::ImportReport::default()),
                    notes: Vec::new(),
                    signer: None,
                    not_modified: true,
                    already_reported: false,
                });
            }
            Ok(Fetched::Body { bytes, validators }) => (bytes, validators),
        };
        let signer = if trusted.is_empty() {
            None
        } else {
            let signature = match remote::fetch_signature(url, &options) {
                Ok(Some(signature)) => signature,
                Ok(None) => return Ok(SyncReport::failed(file, SigningError::Missing { subject: url.to_owned() })),
                Err(reason) => return Ok(SyncReport::failed(file, StoreError::Fetch(failed(reason)))),
            };
            match signing::verify(url, &bytes, &signature, trusted) {
                Ok(signer) => Some(signer),
                Err(error) => return Ok(SyncReport::failed(file, error)),
            }
        };
        // The format is told from the address's file name, as from a file's.
        let named = remote::file_name(url);
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(error) => {
                let reason = format!("the file is not UTF-8 text (invalid byte at offset {})", error.valid_up_to());
                return Ok(SyncReport::failed(file, ImportError::single(file, "", reason)));
            }
        };
        let outcome = match parse_complete(Path::new(named), text) {
            Ok(outcome) => outcome,
            Err(error) => return Ok(SyncReport::failed(file, relabel(error, url))),
        };
        let report = self.merge_followed(file, outcome, signer);
        if report.result.is_ok() {
            // Kept only after a good merge: a copy that failed must be fetched whole next time,
            // not answered with a 304 for validators that were never merged.
            self.keep_copy(url, &bytes, &validators)?;
        }
        Ok(report)
    }

    fn url_state(&self, url: &str) -> StoreResult<(Validators, Option<DateTime<Utc>>)> {
        let row = self
            .connection
            .query_row(
                "SELECT etag, last_modified, synced_at, last_copy IS NOT NULL FROM subscriptions WHERE path = ?1",
                [url],
                |row| {
                    let validators = Validators { etag: row.get(0)?, last_modified: row.get(1)? };
                    Ok((validators, row.get::<_, Option<String>>(2)?, row.get::<_, bool>(3)?))
                },
            )
            .optional()?;
        let Some((validators, synced_at, has_copy)) = row else {
            return Err(StoreError::NotSubscribed(url.to_owned()));
        };
        // Without a copy there is nothing a 304 could confirm.
        let validators = if has_copy { validators } else { Validators::default() };
        Ok((validators, synced_at.as_deref().and_then(parse_timestamp)))
    }

    fn keep_copy(&mut self, url: &str, bytes: &[u8], validators: &Validators) -> StoreResult<()> {
        self.write(|transaction| {
            transaction.execute(
                "UPDATE subscriptions SET last_copy = ?2, etag = ?3, last_modified = ?4 WHERE path = ?1",
                params![url, bytes, validators.etag, validators.last_modified],
            )?;
            Ok(())
        })
    }

    /// The last good copy of a followed address, as fetched (what the phrasebook holds from it).
    pub fn last_copy(&self, url: &str) -> StoreResult<Option<Vec<u8>>> {
        Ok(self
            .connection
            .query_row("SELECT last_copy FROM subscriptions WHERE path = ?1", [url], |row| row.get(0))
            .optional()?
            .flatten())
    }

    /// The key id that signed the phrase's current content, if a trusted key did.
    pub fn signer(&self, id: &PhraseId) -> StoreResult<Option<String>> {
        let row: Option<(String, String)> = self
            .connection
            .query_row("SELECT key_id, fingerprint FROM phrase_signers WHERE phrase_id = ?1", [id.as_str()], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let Some((key_id, fingerprint)) = row else { return Ok(None) };
        let Some(phrase) = super::sql::read_phrase(&self.connection, id, super::sql::Deleted::Skip)? else {
            return Ok(None);
        };
        Ok((super::import::fingerprint(&phrase.content) == fingerprint).then_some(key_id))
    }
}

/// Records, inside the import's own `transaction`, that `signer` signed each phrase of
/// `collection` as it arrived from `source`. The content's fingerprint goes with it, so a phrase
/// edited since (here or by another import) is no longer shown as signed. Part of the import's
/// transaction rather than a second one after it: a kill or a failure between the two would have
/// left signed phrases in the phrasebook without their signer.
pub(super) fn record_signer(
    transaction: &Transaction<'_>,
    source: &str,
    collection: &ValidCollection,
    signer: &KeyId,
) -> StoreResult<()> {
    let key_id = signer.to_string();
    let at = format_timestamp(&now());
    let mut statement = transaction.prepare_cached(
        "INSERT INTO phrase_signers (phrase_id, key_id, source, signed_at, fingerprint)
         SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM phrases WHERE phrase_id = ?1)
         ON CONFLICT (phrase_id) DO UPDATE SET key_id = excluded.key_id, source = excluded.source,
         signed_at = excluded.signed_at, fingerprint = excluded.fingerprint",
    )?;
    for phrase in &collection.phrases {
        let fingerprint = super::import::fingerprint(&phrase.content);
        statement.execute(params![phrase.id.as_str(), key_id, source, at, fingerprint])?;
    }
    Ok(())
}

/// Parse errors name the address, not the bare file name the format was told from.
fn relabel(error: ImportError, url: &str) -> ImportError {
    match error {
        ImportError::Invalid { problems, .. } => ImportError::Invalid { file: url.into(), problems },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_age_of_the_last_copy_is_said_in_words() {
        let at = now();
        let words = |minutes| last_copy_words(Some(at - chrono::Duration::minutes(minutes)), at);
        assert!(words(0).contains("less than a minute ago"));
        assert!(words(5).contains("5 minutes ago"));
        assert!(words(61).contains("1 hour ago"));
        assert!(words(60 * 5).contains("5 hours ago"));
        assert!(words(60 * 24 * 3).contains("3 days ago"));
        assert_eq!(last_copy_words(None, at), "no copy has been fetched from there yet");
    }
}
