//! Collection files: the formats teams share phrases in. `file` holds the serde shapes of format
//! v1, `json` reads and writes them, `csv` is one row per phrase for spreadsheets, `espanso` reads
//! Espanso match files; every format becomes a [`CollectionFile`] and passes the one validator,
//! `validate`, which turns it into model values or a list of problems, each named by where it is.
//! Nothing here touches the database: the store applies a [`ValidCollection`] in one transaction.

pub mod alfred;
pub mod beeftext;
pub mod csv;
pub mod detect;
pub mod espanso;
pub mod espanso_folder;
pub mod file;
pub mod input;
pub mod json;
pub mod output;
pub mod raycast;
pub mod snippets;
pub mod textblaze;
pub mod textexpander;
pub mod validate;

use std::fmt;
use std::path::{Path, PathBuf};

pub use file::{CollectionFile, PhraseEntry, SituationEntry};
pub use output::{STDOUT, WriteError, render, write_file};
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
    #[error("{}: cannot read the file: {reason}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// The operating system's reason (part of the message, so not also a `source` that a
        /// printed chain would repeat).
        reason: std::io::Error,
    },
    /// The path is a device, a FIFO, a folder or a socket: only regular files are read.
    #[error("{}: it is {kind}, not a file; only regular files are imported", file.display())]
    NotAFile {
        /// The path.
        file: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// The file is over the import limit ([`MAX_IMPORT_BYTES`]).
    #[error("{}: the file is over the import limit of {limit} bytes (64 MiB); split it into smaller collections", file.display())]
    TooLarge {
        /// The file.
        file: PathBuf,
        /// The limit.
        limit: u64,
    },
    /// A folder was given that is not an Espanso configuration folder (it holds no `match`
    /// folder): only regular files and Espanso folders are imported.
    #[error("{}: it is a folder, not a file; only files and espanso configuration folders (holding a `match` folder) are imported", file.display())]
    FolderWithoutMatches {
        /// The folder.
        file: PathBuf,
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

/// The file formats Tactful reads, told apart by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// Format v1 JSON (`.json`).
    Json,
    /// One row per phrase (`.csv`).
    Csv,
    /// An Espanso match file (`.yml`, `.yaml`).
    Espanso,
}

impl FileFormat {
    /// The format a file name says, or `None` for an extension Tactful does not read.
    pub fn of(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "json" => Some(FileFormat::Json),
            "csv" => Some(FileFormat::Csv),
            "yml" | "yaml" => Some(FileFormat::Espanso),
            _ => None,
        }
    }
}

/// What wrote a file: Tactful (JSON or CSV), Espanso, or another text expander.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Tactful's own collection file, JSON or CSV (told apart by extension).
    Tactful,
    /// An Espanso match file, or a configuration folder.
    Espanso,
    /// Beeftext's `comboList.json` or its CSV (told apart by extension).
    Beeftext,
    /// Raycast's snippets export.
    Raycast,
    /// Alfred's `.alfredsnippets` collection.
    Alfred,
    /// TextExpander's CSV export of a group.
    TextExpander,
    /// Text Blaze's CSV export.
    TextBlaze,
}

/// Choices for formats that do not carry everything themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The collection to import into, instead of the file's `name` (CSV and Espanso files have
    /// none; they default to the file name without its extension).
    pub collection: Option<String>,
    /// The language of an Espanso file's snippets (default `en`).
    pub lang: Option<String>,
    /// The situation an Espanso file's snippets go to (default `espanso-snippets`, created).
    pub situation: Option<String>,
    /// Leave out the entries that cannot be imported and list them in
    /// [`ReadOutcome::skipped`], instead of refusing the whole file. A file that cannot be read
    /// at all (not JSON, not YAML, a wrong header) is refused either way, and so is a file none
    /// of whose entries can be imported.
    pub partial: bool,
    /// The tool that wrote the file, when the person says so; otherwise it is told by extension
    /// (and by content when `detect_tools` is set).
    pub from: Option<Source>,
    /// Tell other tools' exports by their content ([`detect::detect`]). Off, only Tactful's
    /// formats and Espanso are read, by extension: a followed team folder never takes a stray
    /// export for a collection.
    pub detect_tools: bool,
}

/// A file read and validated, with what it holds that Tactful cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOutcome {
    /// The collection, ready for the store.
    pub collection: ValidCollection,
    /// Unsupported features, each at its place in the file: reported, never dropped silently.
    /// The entry they belong to was imported, with what Tactful can keep of it.
    pub notes: Vec<Problem>,
    /// Entries left out, each with its place (a line, or a path such as `phrases[3].lang`) and
    /// the reason: never dropped silently either.
    pub skipped: Vec<Problem>,
}

/// Reads a collection file from disk, enforcing the size limit before reading it.
pub fn read_file(path: &Path) -> Result<ValidCollection, ImportError> {
    read_any(path, &ReadOptions::default()).map(|outcome| outcome.collection)
}

/// Reads a file in any supported format (chosen by extension; JSON otherwise) and validates it.
/// Only a regular file is read, never more than [`MAX_IMPORT_BYTES`] of it ([`input`]).
pub fn read_any(path: &Path, options: &ReadOptions) -> Result<ReadOutcome, ImportError> {
    if std::fs::metadata(path).is_ok_and(|metadata| metadata.is_dir()) {
        let converted = espanso_folder::read(path, options)?;
        return finish(path, converted, options);
    }
    let bytes = input::read_limited(path, MAX_IMPORT_BYTES)?;
    if source_of(path, &bytes, options) == Source::Alfred {
        let converted = alfred::parse(path, &bytes, default_name(path, options), options)?;
        return finish(path, converted, options);
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        ImportError::single(
            path,
            "",
            format!("the file is not UTF-8 text (invalid byte at offset {})", error.utf8_error().valid_up_to()),
        )
    })?;
    parse_any(path, &text, options)
}

fn source_of(path: &Path, bytes: &[u8], options: &ReadOptions) -> Source {
    if let Some(source) = options.from {
        return source;
    }
    if options.detect_tools {
        return detect::detect(path, bytes);
    }
    match FileFormat::of(path) {
        Some(FileFormat::Espanso) => Source::Espanso,
        _ => Source::Tactful,
    }
}

/// The collection name a file without one gets: `--collection`, or the file name without its
/// extension.
fn default_name(path: &Path, options: &ReadOptions) -> String {
    options.collection.clone().unwrap_or_else(|| {
        path.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_else(|| "Imported".into())
    })
}

/// Parses and validates `text`, read from `path`, in the format its source has (see
/// [`ReadOptions::from`] and [`ReadOptions::detect_tools`]; Tactful JSON otherwise).
pub fn parse_any(path: &Path, text: &str, options: &ReadOptions) -> Result<ReadOutcome, ImportError> {
    let csv_named = FileFormat::of(path) == Some(FileFormat::Csv);
    let converted = match source_of(path, text.as_bytes(), options) {
        Source::Tactful if csv_named => {
            let (parsed, lines, unreadable) = csv::parse_rows(path, text, default_name(path, options))?;
            Converted { file: parsed, places: lines, notes: Vec::new(), skipped: Vec::new(), unreadable }
        }
        Source::Tactful if options.partial => {
            let (mut parsed, places, unreadable) = json::parse_entries(path, text)?;
            if let Some(name) = &options.collection {
                parsed.name = Some(name.clone());
            }
            Converted { file: parsed, places, notes: Vec::new(), skipped: Vec::new(), unreadable }
        }
        Source::Tactful => {
            let mut parsed = json::parse(path, text)?;
            if let Some(name) = &options.collection {
                parsed.name = Some(name.clone());
            }
            let places = (0..parsed.phrases.len()).map(|index| format!("phrases[{index}]")).collect();
            Converted { file: parsed, places, notes: Vec::new(), skipped: Vec::new(), unreadable: Vec::new() }
        }
        Source::Espanso => {
            let parsed = espanso::parse(path, text, default_name(path, options), options)?;
            Converted {
                file: parsed.file,
                places: parsed.places,
                notes: parsed.notes,
                skipped: parsed.skipped,
                unreadable: Vec::new(),
            }
        }
        Source::Beeftext if csv_named => beeftext::parse_csv(path, text, default_name(path, options), options)?,
        Source::Beeftext => beeftext::parse_json(path, text, default_name(path, options), options)?,
        Source::Raycast => raycast::parse(path, text, default_name(path, options), options)?,
        Source::TextExpander => textexpander::parse(path, text, default_name(path, options), options)?,
        Source::TextBlaze => textblaze::parse(path, text, default_name(path, options), options)?,
        Source::Alfred => alfred::parse(path, text.as_bytes(), default_name(path, options), options)?,
    };
    finish(path, converted, options)
}

/// A file in any format turned into a collection file, before validation.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    /// The collection, still to be validated.
    pub file: CollectionFile,
    /// For each phrase, where it came from (`line 7`, `matches[3]`, `phrases[2]`).
    pub places: Vec<String>,
    /// What was imported with loss, by place.
    pub notes: Vec<Problem>,
    /// Entries already left out while converting (the format holds something Tactful cannot:
    /// an image, an empty text), by place. They are reported, never a reason to refuse the file.
    pub skipped: Vec<Problem>,
    /// Entries that could not be read (a row with too few cells, a phrase with an unknown
    /// field): left out in a partial import, a reason to refuse the file in a strict one.
    pub unreadable: Vec<Problem>,
}

/// Validates a converted file: strictly (one invalid entry refuses the file, as before partial
/// imports existed), or entry by entry when `options.partial` is set.
pub fn finish(path: &Path, converted: Converted, options: &ReadOptions) -> Result<ReadOutcome, ImportError> {
    let Converted { file, places, notes, mut skipped, unreadable } = converted;
    let entries = file.phrases.len() + skipped.len() + unreadable.len();
    if !options.partial {
        if !unreadable.is_empty() {
            let mut problems = unreadable;
            problems.truncate(MAX_REPORTED_PROBLEMS);
            return Err(ImportError::Invalid { file: path.to_path_buf(), problems });
        }
        let collection = validate::validate(path, file).map_err(|error| relocate(error, &places))?;
        return Ok(ReadOutcome { collection: relocate_paths(collection, &places), notes, skipped });
    }
    skipped.extend(unreadable);
    let (collection, invalid) = validate::validate_entries(path, file).map_err(|error| relocate(error, &places))?;
    skipped.extend(
        invalid
            .into_iter()
            .map(|problem| Problem { location: relocate_location(problem.location, &places), reason: problem.reason }),
    );
    skipped.sort_by_cached_key(|problem| place_order(&problem.location));
    if collection.phrases.is_empty() && entries > 0 && !skipped.is_empty() {
        let mut problems = skipped;
        problems.truncate(MAX_REPORTED_PROBLEMS);
        return Err(ImportError::Invalid { file: path.to_path_buf(), problems });
    }
    Ok(ReadOutcome { collection: relocate_paths(collection, &places), notes, skipped })
}

/// A sort key that puts places in file order: the text before the first number, then the number
/// (`line 9` before `line 10`, `phrases[2]` before `phrases[10]`).
fn place_order(location: &str) -> (String, u64) {
    let start = location.find(|character: char| character.is_ascii_digit()).unwrap_or(location.len());
    let digits: String = location[start..].chars().take_while(char::is_ascii_digit).collect();
    (location[..start].to_owned(), digits.parse().unwrap_or(0))
}

/// Renames `phrases[N]…` locations to where phrase N came from in a non-JSON file (`line 7`,
/// `matches[3]`), so a CSV error names its line; in problems, and in the paths the store reports
/// its own findings at.
fn relocate(error: ImportError, places: &[String]) -> ImportError {
    let ImportError::Invalid { file, problems } = error else {
        return error;
    };
    let problems = problems
        .into_iter()
        .map(|problem| Problem { location: relocate_location(problem.location, places), reason: problem.reason })
        .collect();
    ImportError::Invalid { file, problems }
}

fn relocate_location(location: String, places: &[String]) -> String {
    location
        .strip_prefix("phrases[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, rest)| {
            let place = places.get(index.parse::<usize>().ok()?)?;
            let field = rest.trim_start_matches('.');
            Some(match field {
                "" => place.clone(),
                // A JSON place keeps JSON's path syntax.
                _ if place.starts_with("phrases[") => format!("{place}.{field}"),
                _ => format!("{place}, {field}"),
            })
        })
        .unwrap_or(location)
}

fn relocate_paths(mut collection: ValidCollection, places: &[String]) -> ValidCollection {
    for phrase in &mut collection.phrases {
        phrase.path = relocate_location(std::mem::take(&mut phrase.path), places);
    }
    collection
}
