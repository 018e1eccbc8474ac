//! Writing a collection file: [`write_file`] for every format. A file is replaced atomically
//! (written to a temporary file beside it, synced, renamed over it), so a reader never sees half
//! of it and a crash leaves the old one. Only what is ours is replaced: a device, a FIFO or a
//! folder is refused (they are not files a collection can be kept in), and a link is followed
//! deliberately, so the file it points to is replaced and the link stays. `-` is standard output,
//! written as a stream.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{CollectionFile, FileFormat, csv, input::kind_of, json};

/// What [`write_file`] writes to standard output instead of a file.
pub const STDOUT: &str = "-";

/// A temporary file a killed export left behind is removed by the next export to the same folder
/// once it is this old; a younger one may belong to an export still running.
pub const STALE_TEMPORARY: Duration = Duration::from_secs(10 * 60);

/// The suffix of the temporary files an export writes; hidden (they start with a dot), so a
/// followed folder never reads them.
const TEMPORARY_SUFFIX: &str = ".tactful-tmp";

/// Why a collection could not be written. Nothing was replaced.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The target exists and is not a regular file.
    #[error(
        "{} is {kind}, not a file; nothing was written to it. Give a file path, or `-` for standard output",
        path.display()
    )]
    NotAFile {
        /// The target.
        path: PathBuf,
        /// What it is.
        kind: &'static str,
    },
    /// The target is a link that points nowhere.
    #[error("{} is a link to {}, which does not exist; nothing was written", path.display(), target.display())]
    DanglingLink {
        /// The link.
        path: PathBuf,
        /// Where it points.
        target: PathBuf,
    },
    /// Writing failed.
    #[error("cannot write {}: {reason}", path.display())]
    Io {
        /// The target.
        path: PathBuf,
        /// The operating system's reason (part of the message, so not also a `source`).
        reason: std::io::Error,
    },
    /// Standard output could not be written (the reader may have gone: see
    /// [`WriteError::is_broken_pipe`]).
    #[error("cannot write to standard output")]
    Stdout(#[source] std::io::Error),
    /// The format cannot hold a value exactly; writing it would change the phrasebook on the way
    /// back in.
    #[error(
        "{format} cannot keep phrase {phrase}'s {field} as it is: {reason}. Nothing was written; export as JSON, which keeps everything"
    )]
    Lossy {
        /// The format's name.
        format: &'static str,
        /// The phrase's id.
        phrase: String,
        /// The field.
        field: &'static str,
        /// What would be lost.
        reason: String,
    },
    /// The format is read, never written.
    #[error("Tactful reads {0} files but does not write them; export as JSON or CSV")]
    ReadOnlyFormat(&'static str),
}

impl WriteError {
    /// Whether standard output's reader closed early (`tactful export | head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, WriteError::Stdout(error) if error.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// The text of `file` in `format`; CSV refuses what it cannot keep (see [`csv::to_string`]).
pub fn render(file: &CollectionFile, format: FileFormat) -> Result<String, WriteError> {
    match format {
        FileFormat::Json => Ok(json::to_string(file)),
        FileFormat::Csv => csv::to_string(file),
        FileFormat::Espanso => Err(WriteError::ReadOnlyFormat("Espanso")),
    }
}

/// Writes `file` in `format` to `path` (atomically), or to standard output when `path` is `-`.
pub fn write_file(path: &Path, file: &CollectionFile, format: FileFormat) -> Result<(), WriteError> {
    let text = render(file, format)?;
    write_bytes(path, text.as_bytes())
}

/// Writes `bytes` to `path` as [`write_file`] does.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    if path.as_os_str() == STDOUT {
        let mut stdout = std::io::stdout().lock();
        return stdout.write_all(bytes).and_then(|()| stdout.flush()).map_err(WriteError::Stdout);
    }
    let target = resolve_target(path)?;
    let io_error = |reason| WriteError::Io { path: path.to_path_buf(), reason };
    let folder = target.parent().filter(|parent| !parent.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let prefix = format!(".{name}.");
    remove_stale_temporaries(folder, &prefix);
    let mut temporary =
        tempfile::Builder::new().prefix(&prefix).suffix(TEMPORARY_SUFFIX).tempfile_in(folder).map_err(io_error)?;
    // A temporary file is private (0600); the file it replaces keeps its own permissions, and a
    // new file gets the usual ones, so a team folder stays readable by the team.
    let permissions = match std::fs::metadata(&target) {
        Ok(existing) => Some(existing.permissions()),
        Err(_) => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temporary.as_file().set_permissions(permissions).map_err(io_error)?;
    }
    temporary.write_all(bytes).map_err(io_error)?;
    temporary.as_file().sync_all().map_err(io_error)?;
    // On failure the temporary file is removed when `persist`'s error drops it.
    temporary.persist(&target).map_err(|error| io_error(error.error))?;
    Ok(())
}

#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    // Elsewhere a temporary file's permissions are a new file's permissions.
    None
}

/// The regular file a write to `path` replaces: `path` itself, or what a link at `path` points to.
fn resolve_target(path: &Path) -> Result<PathBuf, WriteError> {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_file() => {
            let linked = std::fs::symlink_metadata(path).is_ok_and(|link| link.file_type().is_symlink());
            if linked {
                std::fs::canonicalize(path).map_err(|reason| WriteError::Io { path: path.to_path_buf(), reason })
            } else {
                Ok(path.to_path_buf())
            }
        }
        Ok(metadata) => Err(WriteError::NotAFile { path: path.to_path_buf(), kind: kind_of(metadata.file_type()) }),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => match std::fs::read_link(path) {
            Ok(target) => Err(WriteError::DanglingLink { path: path.to_path_buf(), target }),
            Err(_) => Ok(path.to_path_buf()),
        },
        Err(reason) => Err(WriteError::Io { path: path.to_path_buf(), reason }),
    }
}

/// Removes temporary files an earlier, killed export to the same target left behind.
fn remove_stale_temporaries(folder: &Path, prefix: &str) {
    let Ok(listing) = std::fs::read_dir(folder) else { return };
    let now = SystemTime::now();
    for entry in listing.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(prefix) && name.ends_with(TEMPORARY_SUFFIX)) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else { continue };
        let age = metadata.modified().ok().and_then(|modified| now.duration_since(modified).ok());
        if metadata.is_file() && age.is_some_and(|age| age >= STALE_TEMPORARY) {
            // Best effort: a leftover that cannot be removed costs disk space, not correctness.
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
