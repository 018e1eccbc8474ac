//! Collection files: the one format teams share phrases in. `file` holds the serde shapes of
//! format v1, `json` reads and writes them, and `validate` turns a parsed file into model values
//! or a list of problems, each named by its JSON path. Nothing here touches the database: the store
//! applies a [`ValidCollection`] in one transaction.

pub mod file;
pub mod json;
pub mod validate;

use std::fmt;
use std::path::{Path, PathBuf};

pub use file::{CollectionFile, PhraseEntry, SituationEntry};
pub use validate::{IncomingPhrase, ValidCollection};

/// The `format` value every collection file carries.
pub const FORMAT_NAME: &str = "tactful.collection";
/// The only format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// Files larger than this are refused before they are read: 64 MiB holds several hundred thousand
/// phrases, far more than any team shares, and keeps a mistaken import from exhausting memory.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// One thing wrong with a file, at a place in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: a JSON path such as `phrases[12].lang`, or `line 3, column 7`.
    pub location: String,
    /// Why it is wrong.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            formatter.write_str(&self.reason)
        } else {
            write!(formatter, "{}: {}", self.location, self.reason)
        }
    }
}

/// Why a file cannot be imported. Every variant names the file; none has changed anything.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{}: cannot read the file: {source}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The file is over [`MAX_IMPORT_BYTES`].
    #[error("{}: the file is {size} bytes, over the import limit of {limit} bytes (64 MiB); split it into smaller collections", file.display())]
    TooLarge {
        /// The file.
        file: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not a valid collection; nothing was imported.
    #[error("{}", describe_problems(file, problems))]
    Invalid {
        /// The file.
        file: PathBuf,
        /// Everything found wrong, in file order (at most [`MAX_REPORTED_PROBLEMS`]).
        problems: Vec<Problem>,
    },
}

/// How many problems one error lists before it stops looking: enough to fix a file in one pass.
pub const MAX_REPORTED_PROBLEMS: usize = 20;

impl ImportError {
    /// An error with one problem.
    pub fn single(file: &Path, location: impl Into<String>, reason: impl Into<String>) -> Self {
        ImportError::Invalid {
            file: file.to_path_buf(),
            problems: vec![Problem { location: location.into(), reason: reason.into() }],
        }
    }
}

fn describe_problems(file: &Path, problems: &[Problem]) -> String {
    match problems {
        [only] => format!("{}: {only}; nothing was imported", file.display()),
        _ => {
            let mut message = format!("{}: {} problems; nothing was imported", file.display(), problems.len());
            for problem in problems {
                message.push_str("\n  ");
                message.push_str(&problem.to_string());
            }
            message
        }
    }
}

/// Reads a collection file from disk, enforcing the size limit before reading it.
pub fn read_file(path: &Path) -> Result<ValidCollection, ImportError> {
    let read_error = |source| ImportError::Read { file: path.to_path_buf(), source };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { file: path.to_path_buf(), size, limit: MAX_IMPORT_BYTES });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    let text = std::str::from_utf8(&bytes).map_err(|error| {
        ImportError::single(
            path,
            "",
            format!("the file is not UTF-8 text (invalid byte at offset {})", error.valid_up_to()),
        )
    })?;
    let parsed = json::parse(path, text)?;
    validate::validate(path, parsed)
}
