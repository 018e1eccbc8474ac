//! One window per phrasebook: the first launch listens on a local socket named after the database;
//! a second launch connects, asks it to come forward, and exits.
//!
//! The socket is `interprocess`'s namespaced local socket, so one piece of code serves every
//! platform: an abstract Unix socket on Linux (it vanishes with the process, so a crash leaves
//! nothing stale behind), a named pipe on Windows, a socket file under the temporary directory on
//! macOS.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::time::Duration;

use interprocess::ConnectWaitMode;
use interprocess::local_socket::prelude::*;
use interprocess::local_socket::{ConnectOptions, GenericNamespaced, ListenerOptions, Name};

/// What a second launch writes: one line, so later requests can carry more than "come forward".
const SHOW_REQUEST: &[u8] = b"show\n";

/// What the running window's listener answers, at once and from its own thread, once it has
/// taken the request: the second launch can exit knowing the window was told.
const TAKEN: &[u8] = b"ok\n";

/// Longest a launch waits to connect and for the answer. The listener answers without involving
/// the UI thread (which eframe runs only now and then while the window is minimised), so the
/// answer comes within milliseconds; the limit matters only when the running window is stuck,
/// and then a launch must not hang.
const LAUNCH_PATIENCE: Duration = Duration::from_secs(3);

/// Longest the listener waits for a connected client's request: a client that connects and says
/// nothing must not keep the next launch from being heard. Shorter than [`LAUNCH_PATIENCE`], so
/// a launch queued behind a silent client is still answered in time.
const LISTENER_PATIENCE: Duration = Duration::from_millis(500);

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

/// Asks the window listening on `name` to come forward; true once it has said it took the request.
fn hand_over(name: Name<'_>) -> bool {
    let Ok(stream) =
        ConnectOptions::new().name(name).wait_mode(ConnectWaitMode::Timeout(LAUNCH_PATIENCE)).connect_sync()
    else {
        return false;
    };
    if stream.set_recv_timeout(Some(LAUNCH_PATIENCE)).is_err()
        || stream.set_send_timeout(Some(LAUNCH_PATIENCE)).is_err()
    {
        return false;
    }
    if (&stream).write_all(SHOW_REQUEST).is_err() {
        return false;
    }
    let mut answer = String::new();
    BufReader::new(&stream).read_line(&mut answer).is_ok() && answer.as_bytes() == TAKEN
}

/// Hands over to a running window on `database` if there is one; otherwise claims the name.
pub(super) fn claim(database: &Path) -> Claim {
    let Ok(name) = socket_name(database) else {
        return Claim::First(None);
    };
    if hand_over(name.clone()) {
        return Claim::HandedOver;
    }
    // Nobody answered. Where the name is a file (macOS), one left by a crashed instance is stale.
    // Where a stuck instance still holds the name, this launch opens a window without a listener:
    // a second window is better than none.
    let listener = ListenerOptions::new().name(name).try_overwrite(true).create_sync().ok();
    Claim::First(listener.map(Listener))
}

/// Answers each "come forward" request on a thread of its own, then calls `on_show`, until
/// `on_show` returns false. `on_show` must not wait for the UI thread: it only passes the request
/// on and wakes the window.
pub(super) fn listen(listener: Listener, mut on_show: impl FnMut() -> bool + Send + 'static) {
    std::thread::spawn(move || {
        for connection in listener.0.incoming().filter_map(Result::ok) {
            // A client that connects and writes nothing (or garbage) asks for nothing, and holds
            // the listener up for [`LISTENER_PATIENCE`] at most.
            let _ = connection.set_recv_timeout(Some(LISTENER_PATIENCE));
            let _ = connection.set_send_timeout(Some(LISTENER_PATIENCE));
            let mut line = String::new();
            let asked = BufReader::new(&connection).read_line(&mut line).is_ok() && line.as_bytes() == SHOW_REQUEST;
            if !asked {
                continue;
            }
            // The answer first: the second launch exits at once, whatever the window is doing.
            let _ = (&connection).write_all(TAKEN);
            drop(connection);
            if !on_show() {
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

    /// A phrasebook in a fresh folder (kept while the folder lives) and its first launch's listener.
    fn first_launch() -> (tempfile::TempDir, std::path::PathBuf, Listener) {
        let directory = tempfile::tempdir().expect("temp dir");
        let database = directory.path().join("phrasebook.sqlite");
        std::fs::write(&database, b"").expect("writes");
        let Claim::First(Some(listener)) = claim(&database) else { panic!("the first launch owns the name") };
        (directory, database, listener)
    }

    #[test]
    fn a_second_launch_hands_over_and_the_first_is_asked_to_come_forward() {
        let (_directory, database, listener) = first_launch();
        let (sender, requests) = mpsc::channel();
        listen(listener, move || sender.send(()).is_ok());

        assert!(matches!(claim(&database), Claim::HandedOver), "a second launch hands over");
        requests.recv_timeout(Duration::from_secs(10)).expect("the first instance hears the request");
    }

    #[test]
    fn a_launch_is_answered_before_the_window_acts_on_it() {
        let (_directory, database, listener) = first_launch();
        // A window that does not get round to the request (eframe runs a minimised window's
        // frames only now and then) until the test lets it.
        let (release, gate) = mpsc::channel::<()>();
        let (sender, requests) = mpsc::channel();
        listen(listener, move || gate.recv().is_ok() && sender.send(()).is_ok());

        assert!(matches!(claim(&database), Claim::HandedOver), "answered while the window is busy");
        release.send(()).expect("the window is waiting");
        requests.recv_timeout(Duration::from_secs(10)).expect("and the window hears it afterwards");
    }

    #[test]
    fn a_client_that_says_nothing_does_not_keep_the_next_launch_waiting() {
        let (_directory, database, listener) = first_launch();
        let (sender, requests) = mpsc::channel();
        listen(listener, move || sender.send(()).is_ok());
        let name = socket_name(&database).expect("name");
        let _silent = LocalSocketStream::connect(name).expect("connects");

        assert!(matches!(claim(&database), Claim::HandedOver), "the launch behind it is still answered");
        requests.recv_timeout(Duration::from_secs(10)).expect("and heard");
    }

    #[test]
    fn a_window_that_never_answers_does_not_hang_a_launch() {
        let directory = tempfile::tempdir().expect("temp dir");
        let database = directory.path().join("phrasebook.sqlite");
        std::fs::write(&database, b"").expect("writes");
        let name = socket_name(&database).expect("name");
        // Holds the name, takes connections and never reads or answers: a stuck window.
        let stuck = ListenerOptions::new().name(name).create_sync().expect("listens");
        std::thread::spawn(move || {
            let held: Vec<_> = stuck.incoming().take(1).collect();
            std::thread::sleep(Duration::from_secs(30));
            drop(held);
        });

        assert!(matches!(claim(&database), Claim::First(_)), "the launch opens a window of its own");
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
