//! One window per phrasebook: the first launch listens on a Unix socket named after the database;
//! a second launch connects, asks it to come forward, and exits. Elsewhere every launch opens a window.

use std::path::Path;

/// Whether this process should open the window.
pub(super) enum Claim {
    /// Another instance took the request.
    HandedOver,
    /// This is the first instance; the listener (if the platform has one) receives later launches.
    First(Option<Listener>),
}

#[cfg(unix)]
pub(super) type Listener = std::os::unix::net::UnixListener;
#[cfg(not(unix))]
pub(super) type Listener = ();

#[cfg(unix)]
fn socket_path(database: &Path) -> std::path::PathBuf {
    let key = database.canonicalize().unwrap_or_else(|_| database.to_path_buf());
    let hash = crate::model::stable_hash(&[key.to_string_lossy().as_bytes()]);
    let directory =
        std::env::var_os("XDG_RUNTIME_DIR").map(std::path::PathBuf::from).unwrap_or_else(std::env::temp_dir);
    directory.join(format!("tactful-{hash:016x}.sock"))
}

#[cfg(unix)]
pub(super) fn claim(database: &Path) -> Claim {
    use std::io::Write;
    use std::os::unix::net::{UnixListener, UnixStream};

    let path = socket_path(database);
    if let Ok(mut stream) = UnixStream::connect(&path)
        && stream.write_all(b"show\n").is_ok()
    {
        return Claim::HandedOver;
    }
    // Nobody answered: a socket left by a crashed instance is stale.
    let _ = std::fs::remove_file(&path);
    Claim::First(UnixListener::bind(&path).ok())
}

#[cfg(not(unix))]
pub(super) fn claim(_database: &Path) -> Claim {
    Claim::First(None)
}

/// Forwards each "show" request to the UI thread and wakes it.
#[cfg(unix)]
pub(super) fn listen(listener: Listener, sender: std::sync::mpsc::Sender<()>, context: egui::Context) {
    std::thread::spawn(move || {
        for connection in listener.incoming() {
            if connection.is_ok() {
                if sender.send(()).is_err() {
                    return;
                }
                context.request_repaint();
            }
        }
    });
}

#[cfg(not(unix))]
pub(super) fn listen(_listener: Listener, _sender: std::sync::mpsc::Sender<()>, _context: egui::Context) {}
