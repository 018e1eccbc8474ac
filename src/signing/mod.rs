//! Team signing keys and detached signatures in the minisign format (Ed25519), the format the
//! `minisign` and `rsign2` tools read and write, so a team lead can sign with whichever is at
//! hand and agents' Tactful checks it. A followed collection pinned to trusted keys is accepted
//! only with a valid signature from one of them; this module decides that and nothing else (no
//! database, no network, no egui).
//!
//! Secret keys are protected exactly as minisign protects them: encrypted with a password through
//! scrypt. A key without a password (for a CI job that keeps it in its secret store) is possible
//! and is said so when it is made.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use minisign::{KeyPair, PublicKey, SecretKey, SecretKeyBox, SignatureBox};

/// The extension of a detached signature beside the signed file.
pub const SIGNATURE_EXTENSION: &str = "minisig";

/// Why a key, a signature or a file was refused.
#[derive(Debug, thiserror::Error)]
pub enum SigningError {
    /// The text is not a minisign public key (a base64 line or a `.pub` file's content).
    #[error("{given:?} is not a minisign public key (expected a line like RWQ… or a .pub file): {reason}")]
    BadPublicKey {
        /// What was given (shortened).
        given: String,
        /// The parser's reason.
        reason: String,
    },
    /// The file has no signature beside it, or the server has none.
    #[error("{subject} is not signed (no {SIGNATURE_EXTENSION} signature beside it); nothing was changed")]
    Missing {
        /// The file or address.
        subject: String,
    },
    /// The signature file cannot be read as a minisign signature.
    #[error("the signature of {subject} is not a minisign signature ({reason}); nothing was changed")]
    Malformed {
        /// The file or address.
        subject: String,
        /// The parser's reason.
        reason: String,
    },
    /// Signed, but by a key the subscription does not trust.
    #[error(
        "{subject} is signed by key {signer}, which this subscription does not trust (trusted: {trusted}); nothing was changed"
    )]
    Untrusted {
        /// The file or address.
        subject: String,
        /// The signer's key id.
        signer: KeyId,
        /// The trusted key ids, comma-separated.
        trusted: String,
    },
    /// The signature does not match the content: changed after signing, or damaged.
    #[error(
        "{subject} does not match its signature by key {signer}: it was changed after signing or is damaged; nothing was changed"
    )]
    Invalid {
        /// The file or address.
        subject: String,
        /// The key id the signature names.
        signer: KeyId,
    },
    /// A key or signature file could not be read or written.
    #[error("{}: {reason}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The reason (part of the message, so not also a `source`).
        reason: std::io::Error,
    },
    /// The secret key could not be opened (wrong password, damaged file) or used.
    #[error("{}: {reason}", path.display())]
    SecretKey {
        /// The key file.
        path: PathBuf,
        /// minisign's reason.
        reason: String,
    },
    /// Making a key failed (no randomness from the system, usually).
    #[error("cannot make a key: {0}")]
    Generate(String),
}

/// A key id: the eight bytes minisign puts in every key and signature, written as minisign
/// prints it (sixteen hex digits of the little-endian number), so ids match across tools.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId([u8; 8]);

impl KeyId {
    fn from_slice(bytes: &[u8]) -> Self {
        let mut id = [0; 8];
        let count = bytes.len().min(8);
        id[..count].copy_from_slice(&bytes[..count]);
        Self(id)
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{:016X}", u64::from_le_bytes(self.0))
    }
}

/// A public key a subscription trusts, kept as its base64 line (what `--trust` takes and the
/// database stores).
#[derive(Debug, Clone)]
pub struct TrustedKey {
    key: PublicKey,
    line: String,
}

impl PartialEq for TrustedKey {
    fn eq(&self, other: &Self) -> bool {
        self.line == other.line
    }
}

impl Eq for TrustedKey {}

impl TrustedKey {
    /// Reads a public key from its base64 line (`RWQ…`, as `minisign -P` takes it) or from the
    /// content of a `.pub` file (an untrusted comment line, then the key).
    pub fn parse(text: &str) -> Result<Self, SigningError> {
        let line = text
            .lines()
            .map(str::trim)
            .rfind(|line| !line.is_empty() && !line.starts_with("untrusted comment:"))
            .unwrap_or_default();
        let shortened: String = text.trim().chars().take(60).collect();
        let key = PublicKey::from_base64(line)
            .map_err(|error| SigningError::BadPublicKey { given: shortened, reason: error.to_string() })?;
        Ok(Self { key, line: line.to_owned() })
    }

    /// Reads `given` as a key, or, when it names a readable file, as that file's content.
    pub fn parse_or_read(given: &str) -> Result<Self, SigningError> {
        let path = Path::new(given);
        if path.is_file() {
            let text = std::fs::read_to_string(path)
                .map_err(|reason| SigningError::Io { path: path.to_path_buf(), reason })?;
            return Self::parse(&text);
        }
        Self::parse(given)
    }

    /// The key's base64 line.
    pub fn as_line(&self) -> &str {
        &self.line
    }

    /// The key id.
    pub fn id(&self) -> KeyId {
        KeyId::from_slice(self.key.keynum())
    }
}

/// The path of `file`'s detached signature: `FILE.minisig`.
pub fn signature_path(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(SIGNATURE_EXTENSION);
    PathBuf::from(name)
}

/// Checks `data` against `signature` (a `.minisig` file's content), accepting only a key in
/// `trusted`. Returns the signer's key id. `subject` names the file or address in messages.
pub fn verify(subject: &str, data: &[u8], signature: &[u8], trusted: &[TrustedKey]) -> Result<KeyId, SigningError> {
    let malformed = |reason: String| SigningError::Malformed { subject: subject.to_owned(), reason };
    let text = std::str::from_utf8(signature).map_err(|_| malformed("it is not text".into()))?;
    let signature = SignatureBox::from_string(text).map_err(|error| malformed(error.to_string()))?;
    let signer = KeyId::from_slice(signature.keynum());
    let Some(key) = trusted.iter().find(|key| key.id() == signer) else {
        let trusted = trusted.iter().map(|key| key.id().to_string()).collect::<Vec<_>>().join(", ");
        return Err(SigningError::Untrusted { subject: subject.to_owned(), signer, trusted });
    };
    // Legacy (non-prehashed) signatures are accepted as minisign itself still accepts them.
    minisign::verify(&key.key, &signature, Cursor::new(data), true, false, true)
        .map_err(|_| SigningError::Invalid { subject: subject.to_owned(), signer })?;
    Ok(signer)
}

/// Reads `file` and its `FILE.minisig` and verifies them ([`verify`]).
pub fn verify_file(file: &Path, data: &[u8], trusted: &[TrustedKey]) -> Result<KeyId, SigningError> {
    let subject = file.display().to_string();
    let signature_file = signature_path(file);
    let signature = match std::fs::read(&signature_file) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Err(SigningError::Missing { subject }),
        Err(reason) => return Err(SigningError::Io { path: signature_file, reason }),
    };
    verify(&subject, data, &signature, trusted)
}

/// How a new secret key is protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Protection {
    /// Encrypted with this password.
    Password(String),
    /// Encrypted with a password asked for (twice, without echo) on the terminal.
    AskOnTerminal,
    /// Not encrypted: whoever reads the file can sign.
    Unencrypted,
}

/// A new key pair, written as minisign writes it: the public key file (comment line + key) and
/// the secret key file, protected as asked. Refuses to overwrite either.
pub fn generate(public_path: &Path, secret_path: &Path, protection: Protection) -> Result<TrustedKey, SigningError> {
    let generate_error = |error: minisign::PError| SigningError::Generate(error.to_string());
    for path in [public_path, secret_path] {
        if path.exists() {
            let reason =
                std::io::Error::new(std::io::ErrorKind::AlreadyExists, "it already exists; no key was written");
            return Err(SigningError::Io { path: path.to_path_buf(), reason });
        }
    }
    let pair = match protection {
        Protection::Password(password) => KeyPair::generate_encrypted_keypair(Some(password)),
        Protection::AskOnTerminal => KeyPair::generate_encrypted_keypair(None),
        Protection::Unencrypted => KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(generate_error)?;
    let public_box = pair.pk.to_box().map_err(generate_error)?.into_string();
    let secret_box = pair.sk.to_box(None).map_err(generate_error)?.into_string();
    write_new(secret_path, secret_box.as_bytes(), true)?;
    if let Err(error) = write_new(public_path, public_box.as_bytes(), false) {
        // A secret key without its public half is of no use and only invites confusion.
        let _ = std::fs::remove_file(secret_path);
        return Err(error);
    }
    TrustedKey::parse(&public_box)
}

/// Writes a file that must not exist yet; a secret one readable by its owner only.
fn write_new(path: &Path, bytes: &[u8], secret: bool) -> Result<(), SigningError> {
    use std::io::Write as _;
    let io_error = |reason| SigningError::Io { path: path.to_path_buf(), reason };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path).map_err(io_error)?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(io_error)
}

/// Opens a secret key file: without a password when it has none, else with `password` (asked
/// for on the terminal when `None`, as minisign does).
pub fn open_secret_key(path: &Path, password: Option<String>) -> Result<SecretKey, SigningError> {
    let text = std::fs::read_to_string(path).map_err(|reason| SigningError::Io { path: path.to_path_buf(), reason })?;
    let key_error =
        |error: minisign::PError| SigningError::SecretKey { path: path.to_path_buf(), reason: error.to_string() };
    match SecretKey::from_unencrypted_box(SecretKeyBox::from_string(&text).map_err(key_error)?) {
        Ok(key) => Ok(key),
        Err(_) => {
            SecretKey::from_box(SecretKeyBox::from_string(&text).map_err(key_error)?, password).map_err(key_error)
        }
    }
}

/// Signs `file` with `secret`, writing `FILE.minisig` beside it (replacing an older one), in the
/// format minisign writes: a prehashed signature with a trusted comment naming the file.
pub fn sign_file(file: &Path, secret: &SecretKey, public: Option<&TrustedKey>) -> Result<PathBuf, SigningError> {
    let data = std::fs::read(file).map_err(|reason| SigningError::Io { path: file.to_path_buf(), reason })?;
    let name = file.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let timestamp = chrono::Utc::now().timestamp();
    let comment = format!("timestamp:{timestamp}\tfile:{name}\thashed");
    let signature = minisign::sign(public.map(|key| &key.key), secret, Cursor::new(data), Some(&comment), None)
        .map_err(|error| SigningError::SecretKey { path: file.to_path_buf(), reason: error.to_string() })?;
    let path = signature_path(file);
    crate::interchange::output::write_bytes(&path, signature.into_string().as_bytes())
        .map_err(|error| SigningError::Io { path: path.clone(), reason: std::io::Error::other(error.to_string()) })?;
    Ok(path)
}

/// The public key of a secret key, as a [`TrustedKey`].
pub fn public_of(secret: &SecretKey) -> Result<TrustedKey, SigningError> {
    let public = PublicKey::from_secret_key(secret).map_err(|error| SigningError::Generate(error.to_string()))?;
    TrustedKey::parse(&public.to_base64())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(directory: &Path, name: &str) -> (TrustedKey, SecretKey) {
        let public = directory.join(format!("{name}.pub"));
        let secret = directory.join(format!("{name}.key"));
        let key = generate(&public, &secret, Protection::Unencrypted).expect("generates");
        (key, open_secret_key(&secret, None).expect("opens"))
    }

    #[test]
    fn a_signed_file_verifies_with_its_key_and_names_the_signer() {
        let directory = tempfile::tempdir().expect("temp dir");
        let (public, secret) = keys(directory.path(), "lead");
        let file = directory.path().join("team.json");
        std::fs::write(&file, b"{\"phrases\": []}").expect("writes");
        sign_file(&file, &secret, Some(&public)).expect("signs");
        let data = std::fs::read(&file).expect("reads");
        assert_eq!(verify_file(&file, &data, std::slice::from_ref(&public)).expect("verifies"), public.id());
    }

    #[test]
    fn a_changed_file_is_refused() {
        let directory = tempfile::tempdir().expect("temp dir");
        let (public, secret) = keys(directory.path(), "lead");
        let file = directory.path().join("team.json");
        std::fs::write(&file, b"Say: we pay to NL00BANK0001").expect("writes");
        sign_file(&file, &secret, None).expect("signs");
        let error = verify_file(&file, b"Say: we pay to NL99EVIL0666", &[public]).expect_err("refused");
        assert!(matches!(error, SigningError::Invalid { .. }), "{error}");
    }

    #[test]
    fn an_untrusted_signer_is_named_in_the_refusal() {
        let directory = tempfile::tempdir().expect("temp dir");
        let (trusted, _) = keys(directory.path(), "lead");
        let (stranger, stranger_secret) = keys(directory.path(), "stranger");
        let file = directory.path().join("team.json");
        std::fs::write(&file, b"{}").expect("writes");
        sign_file(&file, &stranger_secret, None).expect("signs");
        let error = verify_file(&file, b"{}", std::slice::from_ref(&trusted)).expect_err("refused");
        let message = error.to_string();
        assert!(
            message.contains(&stranger.id().to_string()) && message.contains(&trusted.id().to_string()),
            "{message}"
        );
    }

    #[test]
    fn a_missing_signature_is_its_own_reason() {
        let directory = tempfile::tempdir().expect("temp dir");
        let (trusted, _) = keys(directory.path(), "lead");
        let file = directory.path().join("team.json");
        std::fs::write(&file, b"{}").expect("writes");
        let error = verify_file(&file, b"{}", &[trusted]).expect_err("refused");
        assert!(matches!(error, SigningError::Missing { .. }), "{error}");
    }

    #[test]
    fn a_password_protected_key_opens_only_with_its_password() {
        let directory = tempfile::tempdir().expect("temp dir");
        let public = directory.path().join("lead.pub");
        let secret = directory.path().join("lead.key");
        let key = generate(&public, &secret, Protection::Password("correct horse".into())).expect("generates");
        assert!(open_secret_key(&secret, Some("wrong".into())).is_err());
        let opened = open_secret_key(&secret, Some("correct horse".into())).expect("opens");
        assert_eq!(public_of(&opened).expect("public").id(), key.id());
    }

    #[test]
    fn keys_are_never_overwritten() {
        let directory = tempfile::tempdir().expect("temp dir");
        let public = directory.path().join("lead.pub");
        let secret = directory.path().join("lead.key");
        generate(&public, &secret, Protection::Unencrypted).expect("generates");
        let before = std::fs::read(&secret).expect("reads");
        assert!(generate(&public, &secret, Protection::Unencrypted).is_err());
        assert_eq!(std::fs::read(&secret).expect("reads"), before);
    }

    #[test]
    fn a_public_key_reads_from_a_line_or_a_pub_file() {
        let directory = tempfile::tempdir().expect("temp dir");
        let (key, _) = keys(directory.path(), "lead");
        let file_text = std::fs::read_to_string(directory.path().join("lead.pub")).expect("reads");
        assert_eq!(TrustedKey::parse(&file_text).expect("box").id(), key.id());
        assert_eq!(TrustedKey::parse(key.as_line()).expect("line").id(), key.id());
        assert!(TrustedKey::parse("not a key").is_err());
    }
}
