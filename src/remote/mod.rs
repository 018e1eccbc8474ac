//! Following a collection published on a web server: one conditional HTTPS (or HTTP) GET, bounded
//! in size and time, through the proxy the environment names. This module only fetches bytes; what
//! they mean (parse, verify, merge) is decided by the store, exactly as for a followed file, so a
//! collection from a URL gets the same merge, conflicts and review. It never touches the database
//! and never imports egui.
//!
//! TLS is rustls on the `ring` provider, trusting the platform's certificate store (through
//! rustls-platform-verifier): a company that inspects TLS or runs its own CA has put its root
//! there, and no OpenSSL or C toolchain beyond ring's is needed.

mod schedule;

use std::io::Read;
use std::time::Duration;

pub use schedule::PollSchedule;

/// A response larger than this is refused. Matches the import limit for files, so a URL cannot
/// smuggle in what a file could not.
pub const MAX_RESPONSE_BYTES: u64 = crate::interchange::MAX_IMPORT_BYTES;

/// A signature file is a few hundred bytes; anything much larger is not one.
pub const MAX_SIGNATURE_BYTES: u64 = 16 * 1024;

/// What the server said the last copy was, sent back so an unchanged file costs a `304`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header, as received.
    pub etag: Option<String>,
    /// The `Last-Modified` header, as received.
    pub last_modified: Option<String>,
}

/// Limits for one fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchOptions {
    /// The most bytes read from a body.
    pub max_bytes: u64,
    /// How long the whole exchange (connect, headers, body) may take.
    pub timeout: Duration,
    /// How long connecting may take (an unreachable server should fail fast).
    pub connect_timeout: Duration,
    /// How many redirects are followed before giving up (a loop ends here).
    pub max_redirects: u32,
}

impl Default for FetchOptions {
    fn default() -> Self {
        Self {
            max_bytes: MAX_RESPONSE_BYTES,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            max_redirects: 5,
        }
    }
}

/// The result of a successful exchange.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// `304 Not Modified`: the last copy is current; nothing to read.
    NotModified,
    /// A new body and the validators to send next time.
    Body {
        /// The whole body (at most [`FetchOptions::max_bytes`]).
        bytes: Vec<u8>,
        /// The response's `ETag` and `Last-Modified`.
        validators: Validators,
    },
}

/// Why a fetch failed. Every message says what happened in words an agent can pass on.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RemoteError {
    /// Not an `http://` or `https://` address.
    #[error("{url} is not a web address (it must start with https:// or http://)")]
    NotAUrl {
        /// What was given.
        url: String,
    },
    /// The server answered with an error status.
    #[error("{url}: the server answered {status}{}", status_hint(*status))]
    Status {
        /// The address.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// The server declared, or sent, more than the limit.
    #[error("{url}: the response is larger than the limit of {limit} bytes; it was not read")]
    TooLarge {
        /// The address.
        url: String,
        /// The limit.
        limit: u64,
    },
    /// Redirects did not end within the limit (a loop, usually).
    #[error("{url}: too many redirects (more than {limit}); the server may be redirecting in a loop")]
    TooManyRedirects {
        /// The address.
        url: String,
        /// The limit.
        limit: u32,
    },
    /// The server did not answer in time.
    #[error("{url}: the server did not answer in time ({reason})")]
    Timeout {
        /// The address.
        url: String,
        /// Which step timed out.
        reason: String,
    },
    /// The server could not be reached, or the exchange broke off.
    #[error("{url}: cannot reach the server ({reason})")]
    Unreachable {
        /// The address.
        url: String,
        /// The client's reason.
        reason: String,
    },
}

fn status_hint(status: u16) -> &'static str {
    match status {
        401 | 403 => " (not allowed: the address may need a token, or the file is private)",
        404 | 410 => " (not found: check the address)",
        500..=599 => " (a server error: it is tried again later)",
        _ => "",
    }
}

/// Whether `text` is a web address this module can follow.
pub fn is_url(text: &str) -> bool {
    let lower = text.trim_start().get(..8).unwrap_or_default().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// The last path segment of a URL without its query or fragment (`support-nl.json`), so the file
/// format can be told from its extension as for a file.
pub fn file_name(url: &str) -> &str {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    let path = &url[..end];
    path.rsplit('/').next().filter(|name| !name.is_empty()).unwrap_or("collection.json")
}

/// The address of a URL's detached signature: the same path with `.minisig` appended, before any
/// query (a signed URL on an object store keeps its token).
pub fn signature_url(url: &str) -> String {
    let end = url.find(['?', '#']).unwrap_or(url.len());
    format!("{}.minisig{}", &url[..end], &url[end..])
}

fn agent(options: &FetchOptions) -> ureq::Agent {
    ureq::Agent::config_builder()
        // Statuses are read, not raised, so a 304 is an answer and a 404 can be worded.
        .http_status_as_error(false)
        .max_redirects(options.max_redirects)
        .timeout_global(Some(options.timeout))
        .timeout_connect(Some(options.connect_timeout))
        // An identity body: the size limit then bounds what is stored, not a compressed stream.
        .accept_encoding("identity")
        .user_agent(concat!("tactful/", env!("CARGO_PKG_VERSION")))
        .tls_config(ureq::tls::TlsConfig::builder().root_certs(ureq::tls::RootCerts::PlatformVerifier).build())
        .build()
        .new_agent()
}

/// Fetches `url`, sending `previous` so an unchanged file is a `304`. A body larger than
/// `options.max_bytes` is refused from its `Content-Length` before reading, and otherwise reading
/// stops one byte past the limit.
pub fn fetch(url: &str, previous: &Validators, options: &FetchOptions) -> Result<Fetched, RemoteError> {
    if !is_url(url) {
        return Err(RemoteError::NotAUrl { url: url.to_owned() });
    }
    let mut request = agent(options).get(url);
    if let Some(etag) = &previous.etag {
        request = request.header("If-None-Match", etag);
    }
    if let Some(last_modified) = &previous.last_modified {
        request = request.header("If-Modified-Since", last_modified);
    }
    let response = request.call().map_err(|error| describe(url, options, error))?;
    let status = response.status().as_u16();
    if status == 304 {
        return Ok(Fetched::NotModified);
    }
    if (300..400).contains(&status) {
        // ureq follows redirects itself; a 3xx left over means it stopped following.
        return Err(RemoteError::TooManyRedirects { url: url.to_owned(), limit: options.max_redirects });
    }
    if !(200..300).contains(&status) {
        return Err(RemoteError::Status { url: url.to_owned(), status });
    }
    let header = |name: &str| response.headers().get(name).and_then(|value| value.to_str().ok()).map(str::to_owned);
    let validators = Validators { etag: header("etag"), last_modified: header("last-modified") };
    let mut body = response.into_body();
    if body.content_length().is_some_and(|length| length > options.max_bytes) {
        return Err(RemoteError::TooLarge { url: url.to_owned(), limit: options.max_bytes });
    }
    let mut bytes = Vec::new();
    body.as_reader()
        .take(options.max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| RemoteError::Unreachable { url: url.to_owned(), reason: io_reason(&error) })?;
    if bytes.len() as u64 > options.max_bytes {
        return Err(RemoteError::TooLarge { url: url.to_owned(), limit: options.max_bytes });
    }
    Ok(Fetched::Body { bytes, validators })
}

/// Fetches a signature beside a collection: `Ok(None)` when the server has none (404), so the
/// caller can say "not signed" rather than "unreachable".
pub fn fetch_signature(url: &str, options: &FetchOptions) -> Result<Option<Vec<u8>>, RemoteError> {
    let options = FetchOptions { max_bytes: MAX_SIGNATURE_BYTES, ..options.clone() };
    match fetch(&signature_url(url), &Validators::default(), &options) {
        Ok(Fetched::Body { bytes, .. }) => Ok(Some(bytes)),
        Ok(Fetched::NotModified) | Err(RemoteError::Status { status: 404 | 410, .. }) => Ok(None),
        Err(error) => Err(error),
    }
}

/// ureq's I/O errors wrap the timeout or the cut connection; this is the reason in words.
fn io_reason(error: &std::io::Error) -> String {
    match error.get_ref() {
        Some(inner) => inner.to_string(),
        None => error.to_string(),
    }
}

fn describe(url: &str, options: &FetchOptions, error: ureq::Error) -> RemoteError {
    let url = url.to_owned();
    match error {
        ureq::Error::TooManyRedirects => RemoteError::TooManyRedirects { url, limit: options.max_redirects },
        ureq::Error::Timeout(which) => RemoteError::Timeout { url, reason: format!("{which}") },
        ureq::Error::BodyExceedsLimit(_) => RemoteError::TooLarge { url, limit: options.max_bytes },
        ureq::Error::StatusCode(status) => RemoteError::Status { url, status },
        ureq::Error::BadUri(reason) => RemoteError::NotAUrl { url: format!("{url} ({reason})") },
        ureq::Error::HostNotFound => RemoteError::Unreachable { url, reason: "the host name is not known".into() },
        ureq::Error::ConnectionFailed => RemoteError::Unreachable { url, reason: "the connection failed".into() },
        ureq::Error::Io(error) if error.kind() == std::io::ErrorKind::ConnectionRefused => {
            RemoteError::Unreachable { url, reason: "connection refused: nothing is listening there".into() }
        }
        ureq::Error::Io(error) if error.kind() == std::io::ErrorKind::TimedOut => {
            RemoteError::Timeout { url, reason: io_reason(&error) }
        }
        other => RemoteError::Unreachable { url, reason: other.to_string() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_web_addresses_from_paths() {
        assert!(is_url("https://example.org/team.json"));
        assert!(is_url("HTTP://example.org/team.json"));
        assert!(!is_url("/mnt/team/https://x"));
        assert!(!is_url("team.json"));
        assert!(!is_url("ftp://example.org/team.json"));
    }

    #[test]
    fn file_name_ignores_query_and_fragment() {
        assert_eq!(file_name("https://bucket.example/nl/support-nl.csv?X-Sig=abc"), "support-nl.csv");
        assert_eq!(file_name("https://example.org/team.json#top"), "team.json");
        assert_eq!(file_name("https://example.org/"), "collection.json");
    }

    #[test]
    fn signature_sits_beside_the_file_keeping_the_query() {
        assert_eq!(signature_url("https://example.org/team.json"), "https://example.org/team.json.minisig");
        assert_eq!(signature_url("https://b.example/team.json?token=1"), "https://b.example/team.json.minisig?token=1");
    }

    #[test]
    fn a_path_is_refused_before_any_connection() {
        let error = fetch("/etc/passwd", &Validators::default(), &FetchOptions::default()).expect_err("refused");
        assert!(matches!(error, RemoteError::NotAUrl { .. }), "{error}");
    }
}
