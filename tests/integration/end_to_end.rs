//! The real binary in a real X server: start it on a temporary database under Xvfb, type a query
//! with xdotool, press Enter, and read the clipboard back with xclip.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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

#[test]
fn type_enter_and_the_phrase_is_on_the_clipboard() {
    let tools = ["Xvfb", "xdotool", "xclip"];
    if let Some(missing) = tools.iter().find(|tool| !available(tool)) {
        // scripts/test installs them; only a bare `cargo test` on a machine without them gets here.
        assert!(std::env::var_os("CI").is_none(), "{missing} is missing on CI; scripts/test installs it");
        eprintln!("skipping the end-to-end test: {missing} is not installed (run scripts/test)");
        return;
    }
    let directory = tempfile::tempdir().expect("temp dir");
    let display = format!(":{}", 90 + std::process::id() % 100);
    let _xvfb = Killed(
        Command::new("Xvfb")
            .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while run(&display, "xdotool", &["getdisplaygeometry"]).is_none() {
        assert!(Instant::now() < deadline, "Xvfb did not come up");
        std::thread::sleep(Duration::from_millis(100));
    }
    let db = directory.path().join("e2e.sqlite");
    let expected = expected_top_phrase(&db, "not my depa");
    let _app = Killed(
        Command::new(crate::tactful_binary())
            .env("TACTFUL_DB", &db)
            .env("DISPLAY", &display)
            .env("XDG_RUNTIME_DIR", directory.path())
            .env("XDG_DATA_HOME", directory.path())
            .env("LANG", "en_US.UTF-8")
            .env_remove("WAYLAND_DISPLAY")
            .stdout(Stdio::null())
            .spawn()
            .expect("tactful starts"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let window = loop {
        if let Some(found) = run(&display, "xdotool", &["search", "--name", "^Tactful$"])
            .and_then(|ids| ids.lines().next().map(str::to_owned))
        {
            break found;
        }
        assert!(Instant::now() < deadline, "the Tactful window did not appear");
        std::thread::sleep(Duration::from_millis(200));
    };
    std::thread::sleep(Duration::from_millis(800));
    // Without a window manager the first focus request can come before the window is mapped.
    let deadline = Instant::now() + Duration::from_secs(10);
    while run(&display, "xdotool", &["windowfocus", &window]).is_none() {
        assert!(Instant::now() < deadline, "cannot focus the Tactful window");
        std::thread::sleep(Duration::from_millis(200));
    }
    // A debug build on a machine busy with the other tests can miss keys typed before it is
    // ready, or draw the results of the last letter late: each attempt focuses the window,
    // replaces whatever the box holds with the query, waits, and presses Enter.
    let mut clipboard = None;
    for _attempt in 0..3 {
        let _ = run(&display, "xdotool", &["windowfocus", &window]);
        std::thread::sleep(Duration::from_millis(300));
        run(&display, "xdotool", &["key", "ctrl+a"]).expect("selects the search text");
        run(&display, "xdotool", &["type", "--delay", "40", "not my depa"]).expect("types");
        std::thread::sleep(Duration::from_millis(1500));
        run(&display, "xdotool", &["key", "Return"]).expect("presses Enter");
        let deadline = Instant::now() + Duration::from_secs(6);
        while Instant::now() < deadline {
            clipboard = run(&display, "xclip", &["-o", "-selection", "clipboard"]);
            if clipboard.as_deref() == Some(expected.as_str()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    panic!("clipboard holds {clipboard:?}, expected {expected:?}");
}

/// What the CLI ranks first for the same query: the window must copy exactly that.
fn expected_top_phrase(db: &Path, query: &str) -> String {
    let output = crate::tactful(db, &["search", query, "--lang", "en", "--json", "--limit", "1"]);
    let rows: serde_json::Value = serde_json::from_str(&crate::stdout(&output)).expect("JSON");
    rows[0]["text"].as_str().expect("a result").to_owned()
}
