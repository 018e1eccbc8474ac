//! The core's errors in the interface language. Their `Display` stays English — it goes to logs,
//! `--json` output and the database's record of a sync's last error — and the window and the
//! command line's messages for people show [`Explain::explain`] instead. The errors an agent or a
//! lead meets in daily work (a server down, an unsigned file, a read-only database, a file that is
//! not a collection) have a sentence of their own; rarer ones (SQLite's own reasons, a failed
//! schema step) keep their English text, which is what a support ticket quotes anyway. Details
//! that come from elsewhere (a file name, the operating system's reason, a server's status) are
//! passed through as they are.

use chrono::{DateTime, Utc};

use crate::interchange::ImportError;
use crate::remote::RemoteError;
use crate::signing::SigningError;
use crate::store::{FetchFailed, StoreError};

/// An error told in the interface language.
pub trait Explain {
    /// The sentence a person reads.
    fn explain(&self) -> String;
}

impl Explain for StoreError {
    fn explain(&self) -> String {
        match self {
            Self::Import(error) => error.explain(),
            Self::Fetch(error) => error.explain(),
            Self::Signing(error) => error.explain(),
            Self::ReadOnly { path } => crate::tr!("error-read-only", path = path),
            Self::NewerSchema { path, found, supported } => {
                crate::tr!("error-newer-schema", path = path, found = *found, supported = *supported)
            }
            Self::Damaged { finding } => crate::tr!("error-damaged", finding = finding),
            Self::PhraseNotFound(id) => crate::tr!("error-no-phrase", id = id),
            Self::KeyTaken { key } => crate::tr!("error-key-taken", key = key),
            Self::SelfLink => crate::tr!("error-self-link"),
            Self::WouldRetire { file, retired, held } => {
                crate::tr!("error-would-retire", file = file, retired = *retired, held = *held)
            }
            other => other.to_string(),
        }
    }
}

impl Explain for ImportError {
    fn explain(&self) -> String {
        match self {
            Self::Read { file, reason } => crate::tr!("error-import-read", file = file, reason = reason.to_string()),
            Self::NotAFile { file, .. } => crate::tr!("error-import-not-a-file", file = file),
            Self::TooLarge { file, .. } => crate::tr!("error-import-too-large", file = file),
            Self::FolderWithoutMatches { file } => crate::tr!("error-import-folder", file = file),
            // Each problem names its place in the file (a line, a JSON path) and a parser's
            // reason: kept as they are, one per line, as the import dialog lists them.
            Self::Invalid { .. } => self.to_string(),
        }
    }
}

impl Explain for RemoteError {
    fn explain(&self) -> String {
        match self {
            Self::NotAUrl { url } => crate::tr!("error-not-a-url", url = url),
            Self::Status { url, status } => {
                let id = match status {
                    401 | 403 => "error-http-not-allowed",
                    404 | 410 => "error-http-not-found",
                    500..=599 => "error-http-server-error",
                    _ => "error-http-status",
                };
                crate::tr!(id, url = url, status = status.to_string())
            }
            Self::TooLarge { url, .. } => crate::tr!("error-http-too-large", url = url),
            Self::TooManyRedirects { url, .. } => crate::tr!("error-http-redirects", url = url),
            Self::Timeout { url, .. } => crate::tr!("error-http-timeout", url = url),
            Self::Unreachable { url, reason } => crate::tr!("error-http-unreachable", url = url, reason = reason),
        }
    }
}

impl Explain for FetchFailed {
    fn explain(&self) -> String {
        let reason = self.reason.explain();
        match self.last_good {
            Some(last_good) => crate::tr!("error-fetch-kept-copy", reason = reason, age = age(last_good, self.at)),
            None => crate::tr!("error-fetch-no-copy", reason = reason),
        }
    }
}

/// How long before `now` something happened, in words read at a glance.
fn age(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let minutes = (now - then).num_minutes().max(0);
    match minutes {
        0 => crate::tr!("age-just-now"),
        1..60 => crate::tr!("age-minutes", count = minutes),
        60..2880 => crate::tr!("age-hours", count = minutes / 60),
        _ => crate::tr!("age-days", count = minutes / 1440),
    }
}

impl Explain for SigningError {
    fn explain(&self) -> String {
        match self {
            Self::BadPublicKey { given, .. } => crate::tr!("error-bad-public-key", given = given),
            Self::Missing { subject } => crate::tr!("error-unsigned", subject = subject),
            Self::Malformed { subject, reason } => {
                crate::tr!("error-bad-signature", subject = subject, reason = reason)
            }
            Self::Untrusted { subject, signer, trusted } => {
                crate::tr!("error-untrusted", subject = subject, signer = signer.to_string(), trusted = trusted)
            }
            Self::Invalid { subject, signer } => {
                crate::tr!("error-signature-mismatch", subject = subject, signer = signer.to_string())
            }
            other => other.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};

    fn unreachable() -> RemoteError {
        RemoteError::Unreachable { url: "https://team.example/nl.json".into(), reason: "connection refused".into() }
    }

    #[test]
    fn a_failed_fetch_says_how_old_the_kept_copy_is_in_the_agents_language() {
        let at = Utc::now();
        let failed = FetchFailed { reason: unreachable(), last_good: Some(at - chrono::Duration::hours(3)), at };
        set_language(Language::En);
        assert_eq!(
            failed.explain(),
            "https://team.example/nl.json: cannot reach the server (connection refused). Nothing was changed; the phrasebook keeps the last good copy, from 3 hours ago."
        );
        set_language(Language::Ru);
        let russian = failed.explain();
        assert!(russian.contains("не удаётся связаться с сервером (connection refused)"), "{russian}");
        assert!(russian.contains("3 часа назад"), "{russian}");
        set_language(Language::Nl);
        assert!(failed.explain().contains("3 uur geleden"), "{}", failed.explain());
        set_language(Language::En);
    }

    #[test]
    fn russian_ages_take_their_three_forms() {
        set_language(Language::Ru);
        let now = Utc::now();
        let minutes_ago = |minutes: i64| age(now - chrono::Duration::minutes(minutes), now);
        assert_eq!(minutes_ago(1), "1 минуту назад");
        assert_eq!(minutes_ago(3), "3 минуты назад");
        assert_eq!(minutes_ago(5), "5 минут назад");
        assert_eq!(minutes_ago(21), "21 минуту назад");
        assert_eq!(minutes_ago(60 * 24 * 5), "5 дней назад");
        set_language(Language::En);
    }

    #[test]
    fn a_server_status_gets_its_hint_and_an_unsigned_file_says_nothing_changed() {
        set_language(Language::Sv);
        let forbidden = RemoteError::Status { url: "https://x.example/a.json".into(), status: 403 };
        assert!(forbidden.explain().contains("servern svarade 403 (ingen behörighet"), "{}", forbidden.explain());
        let unsigned = StoreError::Signing(SigningError::Missing { subject: "team.json".into() });
        assert_eq!(
            unsigned.explain(),
            "team.json är inte signerad (det finns ingen .minisig-signatur bredvid); inget har ändrats"
        );
        set_language(Language::En);
    }

    #[test]
    fn errors_without_a_sentence_of_their_own_keep_their_english_text() {
        set_language(Language::Nl);
        let error = StoreError::Corrupt("phrases.tags".into());
        assert_eq!(error.explain(), error.to_string());
        set_language(Language::En);
    }
}
