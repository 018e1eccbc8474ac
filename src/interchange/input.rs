//! Reading a file someone handed us, safely: only a regular file is read (a device, a FIFO or a
//! directory is refused by what the opened handle is, not by what the path looked like a moment
//! earlier), it is opened without blocking (a FIFO with no writer would otherwise hang the
//! caller), and it is read through a reader that stops one byte past the limit, so a size the
//! file system reports wrongly, or a file that grows while it is read, cannot exhaust memory.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::{ImportError, MAX_IMPORT_BYTES};

/// What a path that is not a regular file is, for the message that refuses it.
pub fn kind_of(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_char_device() || file_type.is_block_device() {
            return "a device";
        }
        if file_type.is_socket() {
            return "a socket";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else if file_type.is_symlink() {
        "a link"
    } else {
        "not a regular file"
    }
}

fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Opening a FIFO for reading blocks until a writer appears; non-blocking, it returns at
        // once and the type check below refuses it.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    options.open(path)
}

/// Reads the whole of a regular file, refusing anything else and anything over `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ImportError> {
    let read_error = |reason| ImportError::Read { file: path.to_path_buf(), reason };
    let file = open_without_blocking(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    if !metadata.is_file() {
        return Err(ImportError::NotAFile { file: path.to_path_buf(), kind: kind_of(metadata.file_type()) });
    }
    if metadata.len() > limit {
        return Err(ImportError::TooLarge { file: path.to_path_buf(), limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(read_error)?;
    if bytes.len() as u64 > limit {
        return Err(ImportError::TooLarge { file: path.to_path_buf(), limit });
    }
    Ok(bytes)
}

/// Reads a regular file of at most [`MAX_IMPORT_BYTES`] as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String, ImportError> {
    let bytes = read_limited(path, MAX_IMPORT_BYTES)?;
    String::from_utf8(bytes).map_err(|error| {
        ImportError::single(
            path,
            "",
            format!("the file is not UTF-8 text (invalid byte at offset {})", error.utf8_error().valid_up_to()),
        )
    })
}
