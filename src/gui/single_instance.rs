//! One window per phrasebook: the first launch listens on a local socket named after the database;
//! a second launch connects, asks it to come forward, and exits.
//!
//! The socket is `interprocess`'s namespaced local socket, so one piece of code serves every
//! platform: an abstract Unix socket on Linux (it vanishes with the process, so a crash leaves
//! nothing stale behind), a named pipe on Windows, a socket file under the temporary directory on
//! macOS.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use interprocess::local_socket::prelude::*;
use interprocess::local_socket::{GenericNamespaced, ListenerOptions, Name};

/// What a second launch writes: one line, so later requests can carry more than "come forward".
const SHOW_REQUEST: &[u8] = b"show\n";

/// Whether this process should open the window.
pub(super) enum Claim {
    /// Another instance took the request.
    HandedOver,
    /// This is the first instance; the listener (where one could be made) receives later launches.
    First(Option<Listener>),
}

/// Listens for later launches of the same phrasebook.
pub(super) struct Listener(interprocess::local_socket::Listener);

/// The socket name for `database`: one per database file (two phrasebooks can be open at once),
/// hashed so it fits every platform's name rules.
fn socket_name(database: &Path) -> std::io::Result<Name<'static>> {
    let key = database.canonicalize().unwrap_or_else(|_| database.to_path_buf());
    let hash = crate::model::stable_hash(&[key.to_string_lossy().as_bytes()]);
    format!("tactful-{hash:016x}.sock").to_ns_name::<GenericNamespaced>().map(|name| name.into_owned())
}

/// Hands over to a running window on `database` if there is one; otherwise claims the name.
pub(super) fn claim(database: &Path) -> Claim {
    let Ok(name) = socket_name(database) else {
        return Claim::First(None);
    };
    if let Ok(mut stream) = LocalSocketStream::connect(name.clone())
        && stream.write_all(SHOW_REQUEST).is_ok()
    {
        return Claim::HandedOver;
    }
    // Nobody answered. Where the name is a file (macOS), one left by a crashed instance is stale.
    let listener = ListenerOptions::new().name(name).try_overwrite(true).create_sync().ok();
    Claim::First(listener.map(Listener))
}

/// Calls `on_show` for each "come forward" request, on a thread of its own, until `on_show`
/// returns false.
pub(super) fn listen(listener: Listener, mut on_show: impl FnMut() -> bool + Send + 'static) {
    std::thread::spawn(move || {
        for connection in listener.0.incoming().filter_map(Result::ok) {
            let mut line = String::new();
            // A client that connects and writes nothing (or garbage) asks for nothing.
            let asked = BufReader::new(connection).read_line(&mut line).is_ok() && line.as_bytes() == SHOW_REQUEST;
            if asked && !on_show() {
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;

    #[test]
    fn a_second_launch_hands_over_and_the_first_is_asked_to_come_forward() {
        let directory = tempfile::tempdir().expect("temp dir");
        let database = directory.path().join("phrasebook.sqlite");
        std::fs::write(&database, b"").expect("writes");
        let Claim::First(Some(listener)) = claim(&database) else { panic!("the first launch owns the name") };
        let (sender, requests) = mpsc::channel();
        listen(listener, move || sender.send(()).is_ok());

        assert!(matches!(claim(&database), Claim::HandedOver), "a second launch hands over");
        requests.recv_timeout(Duration::from_secs(10)).expect("the first instance hears the request");
    }

    #[test]
    fn another_phrasebook_gets_a_window_of_its_own() {
        let directory = tempfile::tempdir().expect("temp dir");
        let first = directory.path().join("one.sqlite");
        let second = directory.path().join("two.sqlite");
        let Claim::First(Some(_listener)) = claim(&first) else { panic!("first phrasebook") };
        assert!(matches!(claim(&second), Claim::First(Some(_))), "a different database is not handed over");
    }
}
