//! Helpers for the adversarial suite: run the real binary with a time limit (a hang is a failure,
//! not a stuck suite), under resource limits, and inspect what it left behind.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Longer than any case needs on a loaded two-core machine; reaching it means a hang.
pub const HANG: Duration = Duration::from_secs(60);

/// The binary under test: the one cargo built, or `TACTFUL_ADVERSARIAL_BIN` (to run the suite
/// against an older build and see which cases it fails).
pub fn binary() -> PathBuf {
    std::env::var_os("TACTFUL_ADVERSARIAL_BIN")
        .map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_tactful")), PathBuf::from)
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// Exit code; `None` when killed by a signal or by the hang guard.
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
    /// Whether the hang guard killed it.
    pub hung: bool,
}

impl Run {
    /// Asserts a clean failure: exit 1, no hang, no panic, and a message containing `needle`.
    pub fn refused(&self, needle: &str) -> &Self {
        assert!(!self.hung, "hung: {self:?}");
        assert_eq!(self.code, Some(1), "expected a refusal: {self:?}");
        assert!(!self.stderr.contains("panicked"), "panicked: {self:?}");
        assert!(
            self.stderr.to_lowercase().contains(&needle.to_lowercase()),
            "expected {needle:?} in the error: {self:?}"
        );
        self
    }

    /// Asserts success.
    pub fn ok(&self) -> &Self {
        assert!(!self.hung, "hung: {self:?}");
        assert_eq!(self.code, Some(0), "expected success: {self:?}");
        self
    }
}

/// A scratch folder with a database path in it.
pub struct Scratch {
    /// The folder (removed on drop).
    pub dir: tempfile::TempDir,
}

impl Scratch {
    /// A new folder; the database is created empty (no built-in phrasebook) by the first run.
    pub fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// A path inside the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The database.
    pub fn db(&self) -> PathBuf {
        self.path("db.sqlite")
    }

    /// Writes a file and returns its path.
    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, content).expect("writes");
        path
    }

    /// A command for the binary on this database, with no display.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(binary());
        command
            .arg("--no-builtin")
            .args(args)
            .env("TACTFUL_DB", self.db())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null());
        command
    }

    /// Runs the binary with `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawns"))
    }

    /// Runs the binary under shell limits, e.g. `ulimit -f 8` (with SIGXFSZ ignored, so a write
    /// past the limit fails with EFBIG like a full disk instead of killing the process).
    pub fn run_limited(&self, limits: &str, args: &[&str]) -> Run {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!("trap '' XFSZ; {limits}; exec \"$@\""))
            .arg("sh")
            .arg(binary())
            .arg("--no-builtin")
            .args(args)
            .env("TACTFUL_DB", self.db())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        finish(command.spawn().expect("spawns"))
    }

    /// Imports a valid collection of `count` phrases (ids `{prefix}{n}`) and returns its path.
    pub fn seed(&self, name: &str, prefix: &str, count: usize) -> PathBuf {
        let file = self.write(name, collection(prefix, count));
        self.run(&["import", path_str(&file)]).ok();
        file
    }

    /// Live phrases in the database, read directly.
    pub fn phrase_count(&self) -> i64 {
        let connection = rusqlite::Connection::open(self.db()).expect("opens");
        connection
            .query_row("SELECT count(*) FROM phrases WHERE deleted_at IS NULL", [], |row| row.get(0))
            .expect("counts")
    }

    /// Phrases with a status, read directly.
    pub fn status_count(&self, status: &str) -> i64 {
        let connection = rusqlite::Connection::open(self.db()).expect("opens");
        connection
            .query_row("SELECT count(*) FROM phrases WHERE status = ?1", [status], |row| row.get(0))
            .expect("counts")
    }

    /// SQLite's own verdict on the database.
    pub fn integrity(&self) -> String {
        let connection = rusqlite::Connection::open(self.db()).expect("opens");
        connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).expect("checks")
    }

    /// The names in the folder (and in `sub`, when given).
    pub fn names(&self, sub: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.path().join(sub))
            .map(|listing| {
                listing.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// Waits for a child under the hang guard, collecting its output.
pub fn finish(mut child: Child) -> Run {
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(stream) = stdout.as_mut() {
            let _ = stream.read_to_string(&mut text);
        }
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(stream) = stderr.as_mut() {
            let _ = stream.read_to_string(&mut text);
        }
        text
    });
    let deadline = Instant::now() + HANG;
    let mut hung = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if Instant::now() > deadline {
            hung = true;
            let _ = child.kill();
            break child.wait().expect("reaps");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run { code: status.code(), stdout: out.join().unwrap_or_default(), stderr: err.join().unwrap_or_default(), hung }
}

/// A path as a command-line argument.
pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// A valid collection with `count` phrases in situation `s`.
pub fn collection(prefix: &str, count: usize) -> String {
    let phrases: Vec<String> = (0..count)
        .map(|n| {
            format!(
                r#"{{"id":"{prefix}{n}","situation":"s","lang":"en","text":"Phrase {n} of {prefix}","status":"vetted"}}"#
            )
        })
        .collect();
    format!(
        r#"{{"format":"tactful.collection","version":1,"name":"Team","situations":[{{"key":"s","title":{{"en":"S"}}}}],"phrases":[{}]}}"#,
        phrases.join(",")
    )
}

/// A CSV collection with `count` phrases in situation `s` (which must exist).
pub fn csv_collection(prefix: &str, count: usize) -> String {
    let mut text = String::from("id,situation,lang,text,status\n");
    for n in 0..count {
        text.push_str(&format!("{prefix}{n},s,en,Phrase {n} of {prefix},vetted\n"));
    }
    text
}

/// Makes a FIFO.
pub fn fifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success());
}

/// Sets a file's modification time into the past.
pub fn age(path: &Path, by: Duration) {
    let file = std::fs::File::options().write(true).open(path).expect("opens");
    file.set_modified(std::time::SystemTime::now() - by).expect("sets mtime");
}
