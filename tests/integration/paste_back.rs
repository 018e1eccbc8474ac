//! Paste back, end to end: a real X server (Xvfb) with a window manager (openbox), a small Tk
//! window standing in for the agent's chat box (`paste_target.py`), and the real binary. The chat
//! box has the focus; `tactful --show` summons Tactful; a query is typed; Enter; the chat box must
//! then hold exactly the phrase, Tactful must be out of the way, and the agent's earlier clipboard
//! text must be back. The second case goes through a template's fill-in form.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

const BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Paste test",
  "situations":[{"key":"s","title":{"en":"Paste test"}}],
  "phrases":[
    {"id":"paste.plain.en","situation":"s","lang":"en","text":"Thanks for waiting: your zebra parcel is on its way.","status":"vetted","group":"paste.plain"},
    {"id":"paste.template.en","situation":"s","lang":"en","title":"Zebra depot dispatch","text":"Order {order_number} left our zebra depot today.","status":"vetted","tags":["template"],"group":"paste.template"}
  ]}"#;

/// A display with a window manager, and a temporary home for everything the run writes.
struct Desk {
    display: String,
    home: tempfile::TempDir,
    _window_manager: Killed,
    _server: Killed,
}

fn available(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// A Python that has Tk: Debian's, which `python3-tk` extends, before whatever else is on PATH.
fn python_with_tk() -> Option<&'static str> {
    ["/usr/bin/python3", "python3"].into_iter().find(|python| {
        Command::new(python)
            .args(["-c", "import tkinter"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    })
}

fn wait_until<T>(what: &str, seconds: u64, mut probe: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    loop {
        if let Some(found) = probe() {
            return found;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

impl Desk {
    /// Starts Xvfb and openbox, or says why the test cannot run here.
    fn start() -> Option<Desk> {
        let tools = ["Xvfb", "openbox", "xdotool", "xclip"];
        let missing =
            tools.iter().find(|tool| !available(tool)).copied().or(python_with_tk().is_none().then_some("python3-tk"));
        if let Some(missing) = missing {
            // scripts/test installs them; only a bare `cargo test` on a machine without them gets here.
            assert!(std::env::var_os("CI").is_none(), "{missing} is missing on CI; scripts/test installs it");
            eprintln!("skipping the paste-back test: {missing} is not installed (run scripts/test)");
            return None;
        }
        // Apart from the copy-only end-to-end test's displays (90–189), which run at the same time.
        let display = format!(":{}", 200 + std::process::id() % 100);
        let home = tempfile::tempdir().expect("temp dir");
        let server = Killed(
            Command::new("Xvfb")
                .args([&display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stderr(Stdio::null())
                .spawn()
                .expect("Xvfb starts"),
        );
        wait_until("Xvfb", 10, || x(&display, "xdotool", &["getdisplaygeometry"]));
        let window_manager = Killed(
            Command::new("openbox")
                .env("DISPLAY", &display)
                .env("HOME", home.path())
                .env("XDG_CONFIG_HOME", home.path())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("openbox starts"),
        );
        // openbox announces itself through the EWMH check window once it manages the screen.
        wait_until("openbox", 10, || {
            x(&display, "xprop", &["-root", "_NET_SUPPORTING_WM_CHECK"]).filter(|out| out.contains("window id"))
        });
        Some(Desk { display, home, _window_manager: window_manager, _server: server })
    }

    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command
            .env("DISPLAY", &self.display)
            .env_remove("WAYLAND_DISPLAY")
            .env("HOME", self.home.path())
            .env("XDG_RUNTIME_DIR", self.home.path())
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("LANG", "en_US.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    fn window_named(&self, name: &str, visible_only: bool) -> Option<String> {
        let mut args = vec!["search"];
        if visible_only {
            args.push("--onlyvisible");
        }
        args.extend(["--name", name]);
        x(&self.display, "xdotool", &args).and_then(|ids| ids.lines().next().map(str::to_owned))
    }

    fn active_window(&self) -> Option<String> {
        x(&self.display, "xdotool", &["getactivewindow"]).map(|id| id.trim().to_owned())
    }

    /// Opens a chat box, waits until it has the focus, and returns it with the file it reports to.
    fn chat_box(&self, name: &str) -> (Killed, String, PathBuf) {
        let report = self.home.path().join(format!("{name}.txt"));
        let python = python_with_tk().expect("checked in start");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/paste_target.py");
        let child = Killed(self.command(python).arg(script).arg(&report).spawn().expect("the chat box starts"));
        let window = wait_until("the chat box", 20, || self.window_named("^Paste target$", true));
        let _ = x(&self.display, "xdotool", &["windowactivate", "--sync", &window]);
        wait_until("the chat box to have the focus", 10, || (self.active_window()? == window).then_some(()));
        (child, window, report)
    }

    /// What the chat box's field holds, asked of it through its request file.
    fn field(&self, report: &Path) -> Option<String> {
        let request = PathBuf::from(format!("{}.request", report.display()));
        let _ = std::fs::remove_file(report);
        std::fs::write(&request, b"").ok()?;
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if !request.exists()
                && let Ok(text) = std::fs::read_to_string(report)
            {
                return Some(text);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }

    fn set_clipboard(&self, text: &str) {
        use std::io::Write;
        // xclip stays behind serving the text until another program takes the clipboard.
        let mut xclip = Command::new("xclip")
            .args(["-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip starts");
        xclip.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("writes");
        let _ = xclip.wait();
        wait_until("the clipboard to be set", 5, || (self.clipboard()? == text).then_some(()));
    }

    fn clipboard(&self) -> Option<String> {
        x(&self.display, "xclip", &["-o", "-selection", "clipboard"])
    }

    fn tactful(&self, db: &Path) -> Command {
        let mut command = self.command(crate::tactful_binary());
        command.env("TACTFUL_DB", db);
        command
    }

    /// `tactful --show` from the chat box, then the query and Enter in Tactful.
    fn summon_and_choose(&self, db: &Path, tactful: &str, query: &str) {
        let status = self.tactful(db).arg("--show").status().expect("tactful --show runs");
        assert!(status.success(), "tactful --show failed");
        wait_until("Tactful to come forward with the focus", 15, || (self.active_window()? == tactful).then_some(()));
        std::thread::sleep(Duration::from_millis(600));
        // Until summoning selects the search box's old text (the window's restructuring brings
        // that), the agent selects it, so the second query replaces the first.
        x(&self.display, "xdotool", &["key", "ctrl+a"]).expect("selects the old query");
        x(&self.display, "xdotool", &["type", "--delay", "40", query]).expect("types the query");
        // A debug build on a busy machine draws the results of the last letter a little later.
        std::thread::sleep(Duration::from_millis(1500));
        x(&self.display, "xdotool", &["key", "Return"]).expect("presses Enter");
    }

    /// Checks the three promises: the chat box holds exactly `phrase`, Tactful is out of the
    /// way, and the clipboard holds `earlier` again.
    fn assert_pasted(&self, report: &Path, phrase: &str, earlier: &str) {
        let mut field = None;
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            field = self.field(report);
            if field.as_deref() == Some(phrase) {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        assert_eq!(field.as_deref(), Some(phrase), "the chat box should hold exactly the phrase");
        wait_until("Tactful to get out of the way", 10, || {
            self.window_named("^Tactful$", true).is_none().then_some(())
        });
        let mut clipboard = None;
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            clipboard = self.clipboard();
            if clipboard.as_deref() == Some(earlier) {
                return;
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        panic!("the clipboard holds {clipboard:?}, expected the earlier {earlier:?} back");
    }
}

fn x(display: &str, program: &str, args: &[&str]) -> Option<String> {
    let output = Command::new(program).args(args).env("DISPLAY", display).stderr(Stdio::null()).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn summon_search_enter_pastes_into_the_window_the_agent_came_from() {
    let Some(desk) = Desk::start() else {
        return;
    };
    let db = desk.home.path().join("paste.sqlite");
    let book = desk.home.path().join("book.json");
    std::fs::write(&book, BOOK).expect("writes the collection");
    let imported = crate::tactful(&db, &["import", book.to_str().expect("utf-8 path"), "--no-builtin"]);
    assert!(imported.status.success(), "{}", crate::stderr(&imported));

    let _app = Killed(desk.tactful(&db).spawn().expect("tactful starts"));
    let tactful = wait_until("the Tactful window", 60, || desk.window_named("^Tactful$", true));
    // Let the first frames draw before the agent turns to another window.
    std::thread::sleep(Duration::from_millis(1500));

    // A plain phrase: Enter pastes it at once.
    let (chat, _, report) = desk.chat_box("chat-one");
    desk.set_clipboard("the agent's earlier clipboard");
    desk.summon_and_choose(&db, &tactful, "zebra parcel");
    desk.assert_pasted(
        &report,
        "Thanks for waiting: your zebra parcel is on its way.",
        "the agent's earlier clipboard",
    );
    drop(chat);

    // A template: Enter opens the fill-in form, the blank is typed, Enter pastes the result.
    let (_chat, _, report) = desk.chat_box("chat-two");
    desk.set_clipboard("an order number from the CRM");
    desk.summon_and_choose(&db, &tactful, "zebra depot");
    std::thread::sleep(Duration::from_millis(1000));
    x(&desk.display, "xdotool", &["type", "--delay", "40", "A-1042"]).expect("types the order number");
    std::thread::sleep(Duration::from_millis(800));
    x(&desk.display, "xdotool", &["key", "Return"]).expect("presses Enter in the form");
    desk.assert_pasted(&report, "Order A-1042 left our zebra depot today.", "an order number from the CRM");
}
