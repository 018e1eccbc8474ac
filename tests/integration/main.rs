//! All integration tests, compiled into one binary (one link instead of many). Each module drives
//! the library or the real `tactful` binary the way a person or a script would.

mod cli;
mod crash;
mod draft_check;
mod http_server;
mod i18n;
mod import_tools;
mod index_updates;
mod interchange;
mod phrasebook;
mod relevance;
mod remote;
mod search;
mod signing;
mod store;
mod stored_index;
mod teams;

#[cfg(feature = "gui")]
mod end_to_end;
#[cfg(feature = "gui")]
mod gui;
#[cfg(feature = "gui")]
mod gui_draft;
#[cfg(feature = "gui")]
mod gui_editor;
#[cfg(feature = "gui")]
mod gui_forms;
#[cfg(feature = "gui")]
mod gui_layout;
#[cfg(feature = "gui")]
mod gui_paste;
#[cfg(feature = "gui")]
mod gui_subscribe;
#[cfg(feature = "gui")]
mod gui_support;
#[cfg(feature = "gui")]
mod gui_team;
#[cfg(feature = "gui")]
mod i18n_gui;
#[cfg(feature = "gui")]
mod paste_back;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Polls `probe` until it finds something, failing the test after `seconds` (the end-to-end tests
/// wait for windows, focus and the clipboard of real programs this way).
#[cfg(feature = "gui")]
pub fn wait_until<T>(what: &str, seconds: u64, mut probe: impl FnMut() -> Option<T>) -> T {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(std::time::Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

/// The `tactful` binary cargo built for these tests.
pub fn tactful_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tactful"))
}

/// Runs `tactful` on the database at `db` with `args`.
pub fn tactful(db: &Path, args: &[&str]) -> Output {
    Command::new(tactful_binary())
        .args(args)
        .env("TACTFUL_DB", db)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("tactful runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A small valid collection file with `count` phrases in situation `s`.
pub fn collection(name: &str, id_prefix: &str, count: usize) -> String {
    let phrases: Vec<String> = (0..count)
        .map(|index| {
            format!(
                r#"{{"id":"{id_prefix}{index}","situation":"s","lang":"en","text":"Phrase {index} of {id_prefix}","status":"vetted","group":"{id_prefix}g{index}"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"format":"tactful.collection","version":1,"name":"{name}","situations":[{{"key":"s","title":{{"en":"Test situation"}}}}],"phrases":[{}]}}"#,
        phrases.join(",")
    )
}
