//! The real binary in a real X server: start it on a temporary database under Xvfb, drive it with
//! xdotool, and move text through the X CLIPBOARD with xclip both ways. A busy 2-core machine can
//! drop keys typed before the window is ready or draw late, so every step waits for an outcome
//! and retries; nothing is asserted against a clock except "gave up after a while".

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::wait_until;

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn available(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

fn run(display: &str, program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).env("DISPLAY", display).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// One desktop at a time: three X servers with an app each starve a busy 2-core machine until
/// the apps' clipboard connections time out.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// An X server with Tactful running in it on a fresh database.
struct Desktop {
    display: String,
    window: String,
    db: std::path::PathBuf,
    // Dropped in this order: the app before the server it draws on.
    _app: Killed,
    _xvfb: Killed,
    _directory: tempfile::TempDir,
    _turn: std::sync::MutexGuard<'static, ()>,
}

impl Desktop {
    /// Starts Xvfb and Tactful, or `None` (with a note) when the tools are not installed.
    fn start(offset: u32) -> Option<Self> {
        let tools = ["Xvfb", "xdotool", "xclip"];
        if let Some(missing) = tools.iter().find(|tool| !available(tool)) {
            // scripts/test installs them; only a bare `cargo test` on a machine without them gets here.
            assert!(std::env::var_os("CI").is_none(), "{missing} is missing on CI; scripts/test installs it");
            eprintln!("skipping the end-to-end test: {missing} is not installed (run scripts/test)");
            return None;
        }
        // A test that failed while holding the turn leaves the lock poisoned; the next may go on.
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let directory = tempfile::tempdir().expect("temp dir");
        let display = format!(":{}", 90 + offset * 100 + std::process::id() % 100);
        let xvfb = Killed(
            Command::new("Xvfb")
                .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb starts"),
        );
        wait_until("Xvfb to come up", 20, || run(&display, "xdotool", &["getdisplaygeometry"]));
        let db = directory.path().join("e2e.sqlite");
        // The CLI creates the database first, so the window and the expectations read the same one.
        let _ = crate::tactful(&db, &["search", "x", "--limit", "1"]);
        let app = Killed(
            Command::new(crate::tactful_binary())
                .env("TACTFUL_DB", &db)
                .env("DISPLAY", &display)
                .env("XDG_RUNTIME_DIR", directory.path())
                .env("XDG_DATA_HOME", directory.path())
                .env("XDG_CONFIG_HOME", directory.path())
                .env("LANG", "en_US.UTF-8")
                .env_remove("WAYLAND_DISPLAY")
                .stdout(Stdio::null())
                .spawn()
                .expect("tactful starts"),
        );
        let window = wait_until("the Tactful window", 60, || {
            run(&display, "xdotool", &["search", "--name", "^Tactful$"])
                .and_then(|ids| ids.lines().next().map(str::to_owned))
        });
        // Without a window manager the first focus request can come before the window is mapped.
        wait_until("focus on the window", 20, || run(&display, "xdotool", &["windowfocus", &window]));
        std::thread::sleep(Duration::from_millis(800));
        Some(Self { display, window, db, _app: app, _xvfb: xvfb, _directory: directory, _turn: turn })
    }

    fn focus(&self) {
        let _ = run(&self.display, "xdotool", &["windowfocus", &self.window]);
        std::thread::sleep(Duration::from_millis(300));
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            run(&self.display, "xdotool", &["key", "--delay", "60", key]).expect("presses a key");
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    fn type_text(&self, text: &str) {
        run(&self.display, "xdotool", &["type", "--delay", "40", text]).expect("types");
    }

    /// Puts `text` on the X CLIPBOARD as another application would (xclip keeps serving it).
    fn offer(&self, text: &str) {
        let mut xclip = Command::new("xclip")
            .args(["-i", "-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip starts");
        xclip.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("writes");
        // xclip forks a server that owns the selection and exits its foreground process.
        let _ = xclip.wait();
        wait_until("the clipboard to hold the text", 10, || self.clipboard().filter(|held| held == text));
    }

    fn clipboard(&self) -> Option<String> {
        run(&self.display, "xclip", &["-o", "-selection", "clipboard"])
    }

    /// Waits until the clipboard holds something `accepts`; returns what it last held.
    fn clipboard_becomes(&self, seconds: u64, accepts: impl Fn(&str) -> bool) -> Result<String, Option<String>> {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let mut held = None;
        while Instant::now() < deadline {
            held = self.clipboard();
            if let Some(text) = held.as_deref().filter(|text| accepts(text)) {
                return Ok(text.to_owned());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Err(held)
    }
}

#[test]
fn type_enter_and_the_phrase_is_on_the_clipboard() {
    let Some(desktop) = Desktop::start(0) else { return };
    let expected = expected_top_phrase(&desktop.db, "not my depa");
    let mut last = None;
    for _attempt in 0..3 {
        desktop.focus();
        desktop.keys(&["ctrl+f"]);
        desktop.type_text("not my depa");
        std::thread::sleep(Duration::from_millis(1500));
        desktop.keys(&["Return"]);
        match desktop.clipboard_becomes(6, |held| held == expected) {
            Ok(_) => return,
            Err(held) => last = held,
        }
    }
    panic!("clipboard holds {last:?}, expected {expected:?}");
}

#[test]
fn text_from_another_app_pastes_into_search_and_a_copy_from_a_field_reaches_it() {
    let Some(desktop) = Desktop::start(1) else { return };
    let expected = expected_top_phrase(&desktop.db, "not my depa");
    let mut last = None;
    for _attempt in 0..3 {
        desktop.offer("not my depa");
        desktop.focus();
        // Ctrl+F selects what the box holds; Ctrl+V replaces it with the other app's text.
        desktop.keys(&["ctrl+f", "ctrl+v"]);
        std::thread::sleep(Duration::from_millis(1500));
        desktop.keys(&["Return"]);
        match desktop.clipboard_becomes(6, |held| held == expected) {
            Ok(_) => break,
            Err(held) => last = held,
        }
    }
    assert_eq!(desktop.clipboard().as_deref(), Some(expected.as_str()), "last seen {last:?}");
    // The other way: text selected in a field and copied with Ctrl+C reaches other apps.
    for _attempt in 0..3 {
        desktop.focus();
        desktop.keys(&["ctrl+f"]);
        desktop.type_text("calm down");
        desktop.keys(&["ctrl+a", "ctrl+c"]);
        if desktop.clipboard_becomes(6, |held| held == "calm down").is_ok() {
            return;
        }
    }
    panic!("Ctrl+C in the search box never reached the X clipboard: {:?}", desktop.clipboard());
}

#[test]
fn a_pasted_draft_is_revised_and_copied_by_keyboard_alone() {
    let Some(desktop) = Desktop::start(2) else { return };
    let draft = "Hi Sam, that is really not my department, please call billing.";
    let (alternative, key) = first_plain_alternative(&desktop.db, draft);
    let mut last = None;
    for _attempt in 0..3 {
        desktop.offer(draft);
        desktop.focus();
        // Open Check a draft with the clipboard pasted in, step to the first finding, use the
        // first alternative without blanks, copy the revised draft.
        desktop.keys(&["ctrl+shift+v"]);
        std::thread::sleep(Duration::from_millis(2000));
        desktop.keys(&["F6", &key]);
        std::thread::sleep(Duration::from_millis(800));
        desktop.keys(&["ctrl+Return"]);
        let revised = |held: &str| held != draft && !held.contains("not my department") && held.starts_with("Hi Sam, ");
        match desktop.clipboard_becomes(6, revised) {
            Ok(held) => {
                // Its first letter follows the sentence and a full stop may give way to a comma.
                let words: Vec<&str> = alternative.split_whitespace().skip(1).collect();
                let middle = words.join(" ");
                let middle = middle.trim_end_matches(['.', '!']);
                assert!(held.contains(middle), "{held:?} holds the alternative {alternative:?}");
                return;
            }
            Err(held) => last = held,
        }
    }
    panic!("the revised draft never reached the clipboard; it holds {last:?}");
}

/// What the CLI ranks first for the same query: the window must copy exactly that.
fn expected_top_phrase(db: &Path, query: &str) -> String {
    let output = crate::tactful(db, &["search", query, "--lang", "en", "--json", "--limit", "1"]);
    let rows: serde_json::Value = serde_json::from_str(&crate::stdout(&output)).expect("JSON");
    rows[0]["text"].as_str().expect("a result").to_owned()
}

/// The first finding's first alternative without blanks, and the Alt+digit that picks it.
fn first_plain_alternative(db: &Path, draft: &str) -> (String, String) {
    let file = db.with_file_name("draft.txt");
    std::fs::write(&file, draft).expect("writes the draft");
    let path = file.to_string_lossy().into_owned();
    let output = crate::tactful(db, &["check", &path, "--lang", "en", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&crate::stdout(&output)).expect("JSON");
    let alternatives = report["findings"][0]["alternatives"].as_array().expect("a finding with alternatives");
    let (number, text) = alternatives
        .iter()
        .filter_map(|alternative| alternative["text"].as_str())
        .enumerate()
        .find(|(_, text)| !text.contains('{'))
        .expect("an alternative without blanks");
    (text.to_owned(), format!("alt+{}", number + 1))
}
