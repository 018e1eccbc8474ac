//! The database file itself: damaged, newer, read-only, or not a file. Each is refused with a
//! message that says what is wrong, and left as it was.

use std::io::{Seek, SeekFrom, Write};

use crate::support::{Scratch, fifo, path_str};

#[test]
fn an_import_into_a_damaged_database_is_refused_without_a_backup() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "d", 2_000);
    {
        // Overwrite a page in the middle of the phrases table with garbage.
        let mut file = std::fs::OpenOptions::new().write(true).open(scratch.db()).expect("opens");
        file.seek(SeekFrom::Start(40 * 4096)).expect("seeks");
        file.write_all(&[0xA5; 4096]).expect("damages");
    }
    let backups_before = scratch.names("backups").len();
    let more = scratch.write("more.json", crate::support::collection("more", 5).replace("\"Team\"", "\"More\""));
    let run = scratch.run(&["import", path_str(&more)]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("damaged") || run.stderr.contains("malformed"), "{run:?}");
    assert_eq!(scratch.names("backups").len(), backups_before, "the damage is not copied into a backup");
}

#[test]
fn a_newer_database_is_left_exactly_as_it_was() {
    let scratch = Scratch::new();
    {
        let connection = rusqlite::Connection::open(scratch.db()).expect("creates");
        connection.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;").expect("writes");
    }
    let before = std::fs::read(scratch.db()).expect("reads");
    scratch.run(&["situations"]).refused("newer Tactful");
    assert_eq!(std::fs::read(scratch.db()).expect("reads"), before, "not a byte changed");
    assert!(!scratch.path("db.sqlite-wal").exists(), "not switched to WAL");
}

#[test]
fn a_read_only_database_says_so() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "r", 2);
    // Root ignores file permissions, so the refusal is checked as an unprivileged user when the
    // suite runs as root (setpriv); otherwise as the current user.
    std::fs::set_permissions(scratch.dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    for name in ["db.sqlite", "db.sqlite-wal", "db.sqlite-shm"] {
        let path = scratch.path(name);
        if path.exists() {
            std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o444)).expect("chmod");
        }
    }
    let mut command = if rustix_is_root() {
        let mut command = std::process::Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(crate::support::binary());
        command
    } else {
        std::process::Command::new(crate::support::binary())
    };
    command
        .args(["--no-builtin", "add", "--situation", "s", "--lang", "en", "New phrase"])
        .env("TACTFUL_DB", scratch.db())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let run = crate::support::finish(command.spawn().expect("spawns"));
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("read-only"), "{run:?}");
}

fn rustix_is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn a_database_path_that_is_a_folder_is_refused() {
    let scratch = Scratch::new();
    std::fs::create_dir(scratch.db()).expect("creates");
    let run = scratch.run(&["situations"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert!(run.stderr.contains("cannot open the phrasebook"), "{run:?}");
}

#[test]
fn a_database_path_that_is_a_fifo_does_not_hang() {
    let scratch = Scratch::new();
    fifo(&scratch.db());
    let run = scratch.run(&["situations"]);
    assert!(!run.hung && run.code == Some(1), "{run:?}");
}

#[test]
fn a_database_that_is_not_sqlite_is_refused_untouched() {
    let scratch = Scratch::new();
    std::fs::write(scratch.db(), "these are my notes, not a database\n".repeat(200)).expect("writes");
    let before = std::fs::read(scratch.db()).expect("reads");
    let run = scratch.run(&["situations"]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(std::fs::read(scratch.db()).expect("reads"), before);
}

#[test]
fn a_failed_backup_does_not_push_out_a_good_one() {
    let scratch = Scratch::new();
    scratch.seed("base.json", "b", 500);
    let next = scratch.write("next.json", crate::support::collection("n", 5).replace("\"Team\"", "\"Next\""));
    for _ in 0..5 {
        scratch.run(&["import", path_str(&next)]).ok();
    }
    let good = scratch.names("backups");
    // The backup of a 500-phrase database does not fit in 64 KiB: it fails part-way.
    let run = scratch.run_limited("ulimit -f 128", &["import", path_str(&next)]);
    assert_eq!(run.code, Some(1), "{run:?}");
    assert_eq!(scratch.names("backups"), good, "the kept backups are untouched and no partial copy is left");
}
