//! Paste back, end to end: a real X server (Xvfb), a small Tk window standing in for the agent's
//! chat box (`paste_target.py`), and the real binary. The chat box has the focus; `tactful --show`
//! summons Tactful, which must come forward with the focus by itself; a query is typed; Enter; the
//! chat box must then hold exactly the phrase, Tactful must be out of the way, and the agent's
//! earlier clipboard text must be back.
//!
//! Two desktops: one with a window manager (openbox), where the second summon finds Tactful
//! minimised by the first paste and a template goes through its fill-in form; and a bare X server,
//! where nobody but Tactful moves the focus. Each case runs under an overall time limit that kills
//! everything it started, so a hang fails the test instead of stalling CI.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::{RecvTimeoutError, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::wait_until;

/// Longest a whole case may take on a busy 2-core machine; a passing run takes 20–40 s.
const CASE_LIMIT: Duration = Duration::from_secs(240);

/// Longest any one command (xdotool, xclip, `tactful --show`) may take before it counts as hung.
const COMMAND_LIMIT: Duration = Duration::from_secs(20);

/// The process ids a case started, so the time limit can stop them from outside the case.
#[derive(Clone, Default)]
struct Started(Arc<Mutex<Vec<u32>>>);

impl Started {
    fn spawn(&self, command: &mut Command, what: &str) -> Killed {
        let child = command.spawn().unwrap_or_else(|error| panic!("{what} does not start: {error}"));
        self.0.lock().unwrap_or_else(PoisonError::into_inner).push(child.id());
        Killed { child, started: self.clone() }
    }

    fn kill_all(&self) {
        for pid in self.0.lock().unwrap_or_else(PoisonError::into_inner).drain(..) {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).stderr(Stdio::null()).status();
        }
    }
}

/// A child process that is killed when the case lets go of it.
struct Killed {
    child: Child,
    started: Started,
}

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let pid = self.child.id();
        self.started.0.lock().unwrap_or_else(PoisonError::into_inner).retain(|started| *started != pid);
    }
}

/// Runs `case` on a thread of its own; if it has not finished within [`CASE_LIMIT`], kills every
/// process it started and fails with a message (a panic inside the case fails the test as usual).
fn within_limit(name: &str, case: impl FnOnce(&Started) + Send + 'static) {
    let started = Started::default();
    let (done, finished) = channel();
    let for_case = started.clone();
    let worker = std::thread::spawn(move || {
        case(&for_case);
        let _ = done.send(());
    });
    match finished.recv_timeout(CASE_LIMIT) {
        Ok(()) => {}
        Err(RecvTimeoutError::Disconnected) => {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(RecvTimeoutError::Timeout) => {
            started.kill_all();
            panic!("{name}: not finished after {} s; every process it started was killed", CASE_LIMIT.as_secs());
        }
    }
}

/// Waits for `child` to exit within `limit`; kills it and returns `None` if it does not.
fn finish(mut child: Child, limit: Duration) -> Option<Output> {
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(_)) => return child.wait_with_output().ok(),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
        }
    }
}

/// Runs an X client on `display` (bounded by [`COMMAND_LIMIT`]); its output if it succeeded.
fn x(display: &str, program: &str, args: &[&str]) -> Option<String> {
    let child = Command::new(program)
        .args(args)
        .env("DISPLAY", display)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let output = finish(child, COMMAND_LIMIT)?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

const BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Paste test",
  "situations":[{"key":"s","title":{"en":"Paste test"}}],
  "phrases":[
    {"id":"paste.plain.en","situation":"s","lang":"en","text":"Thanks for waiting: your zebra parcel is on its way.","status":"vetted","group":"paste.plain"},
    {"id":"paste.template.en","situation":"s","lang":"en","title":"Zebra depot dispatch","text":"Order {order_number} left our zebra depot today.","status":"vetted","tags":["template"],"group":"paste.template"}
  ]}"#;

const PLAIN: &str = "Thanks for waiting: your zebra parcel is on its way.";

/// The two cases take turns: two X servers with Tactful, a chat box and a debug build each would
/// starve a busy 2-core machine (the copy-only end-to-end tests keep their own turn).
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// An X server (with openbox when `managed`), and a temporary home for everything the run writes.
struct Desk {
    display: String,
    /// Whether a window manager runs (openbox), or only the bare X server.
    managed: bool,
    home: tempfile::TempDir,
    started: Started,
    // Dropped in this order: the window manager before the server it manages.
    _window_manager: Option<Killed>,
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

/// Whether the paste-back tools are installed; on a machine without them (a bare `cargo test`)
/// the test says so and passes, on CI it fails.
fn tools_present() -> bool {
    let tools = ["Xvfb", "openbox", "xdotool", "xclip", "xprop"];
    let missing =
        tools.iter().find(|tool| !available(tool)).copied().or(python_with_tk().is_none().then_some("python3-tk"));
    let Some(missing) = missing else {
        return true;
    };
    assert!(std::env::var_os("CI").is_none(), "{missing} is missing on CI; scripts/test installs it");
    eprintln!("skipping the paste-back test: {missing} is not installed (run scripts/test)");
    false
}

impl Desk {
    /// Starts Xvfb on a free display, and openbox when `managed`.
    fn start(managed: bool, started: &Started) -> Desk {
        let home = tempfile::tempdir().expect("temp dir");
        // `-displayfd 1`: the server picks a free display and writes its number to standard
        // output, so runs on a shared machine never meet on one display.
        let mut server = started.spawn(
            Command::new("Xvfb")
                .args(["-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
            "Xvfb",
        );
        let mut number = String::new();
        let output = server.child.stdout.take().expect("Xvfb's standard output");
        BufReader::new(output).read_line(&mut number).expect("Xvfb names its display");
        let display = format!(":{}", number.trim());
        wait_until("Xvfb", 10, || x(&display, "xdotool", &["getdisplaygeometry"]));
        let window_manager = managed.then(|| {
            let window_manager = started.spawn(
                Command::new("openbox")
                    .env("DISPLAY", &display)
                    .env("HOME", home.path())
                    .env("XDG_CONFIG_HOME", home.path())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null()),
                "openbox",
            );
            // openbox announces itself through the EWMH check window once it manages the screen.
            wait_until("openbox", 10, || {
                x(&display, "xprop", &["-root", "_NET_SUPPORTING_WM_CHECK"]).filter(|out| out.contains("window id"))
            });
            window_manager
        });
        Desk { display, managed, home, started: started.clone(), _window_manager: window_manager, _server: server }
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

    /// The focused top-level window: the window manager's active one, or the X server's focus
    /// (Tk and eframe put the server's focus on their top-level windows).
    fn active_window(&self) -> Option<String> {
        let ask = if self.managed { "getactivewindow" } else { "getwindowfocus" };
        x(&self.display, "xdotool", &[ask]).map(|id| id.trim().to_owned())
    }

    /// The database with the test's two phrases, and Tactful started on it, its window up.
    fn tactful_running(&self) -> (PathBuf, Killed, String) {
        let db = self.home.path().join("paste.sqlite");
        let book = self.home.path().join("book.json");
        std::fs::write(&book, BOOK).expect("writes the collection");
        let imported = crate::tactful(&db, &["import", book.to_str().expect("utf-8 path"), "--no-builtin"]);
        assert!(imported.status.success(), "{}", crate::stderr(&imported));
        let app = self.started.spawn(&mut self.tactful(&db), "tactful");
        let window = wait_until("the Tactful window", 60, || self.window_named("^Tactful$", true));
        // Let the first frames draw before the agent turns to another window.
        std::thread::sleep(Duration::from_millis(1500));
        (db, app, window)
    }

    /// Opens a chat box, gives it the focus as the agent would (a click: through the window
    /// manager, or directly), and returns it with the file it reports to.
    fn chat_box(&self, name: &str) -> (Killed, PathBuf) {
        let report = self.home.path().join(format!("{name}.txt"));
        let python = python_with_tk().expect("checked before the desk started");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/paste_target.py");
        let child = self.started.spawn(self.command(python).arg(script).arg(&report), "the chat box");
        let window = wait_until("the chat box", 20, || self.window_named("^Paste target$", true));
        let how = if self.managed { "windowactivate" } else { "windowfocus" };
        let _ = x(&self.display, "xdotool", &[how, "--sync", &window]);
        wait_until("the chat box to have the focus", 10, || (self.active_window()? == window).then_some(()));
        (child, report)
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
        // xclip forks a child that serves the text until another program takes the clipboard;
        // the parent exits once the text is handed over.
        let mut xclip = Command::new("xclip")
            .args(["-selection", "clipboard"])
            .env("DISPLAY", &self.display)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xclip starts");
        xclip.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("writes");
        assert!(finish(xclip, COMMAND_LIMIT).is_some(), "xclip did not take the text within 20 s");
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
        let show = self.tactful(db).arg("--show").spawn().expect("tactful --show starts");
        let Some(output) = finish(show, COMMAND_LIMIT) else {
            panic!("tactful --show did not return within 20 s: the running window did not take the request");
        };
        assert!(output.status.success(), "tactful --show failed");
        wait_until("Tactful to come forward with the focus", 15, || (self.active_window()? == tactful).then_some(()));
        std::thread::sleep(Duration::from_millis(600));
        // No Ctrl+A: the summon selects the last query, so typing replaces it.
        x(&self.display, "xdotool", &["type", "--delay", "40", query]).expect("types the query");
        // A debug build on a busy machine draws the results of the last letter a little later.
        std::thread::sleep(Duration::from_millis(1500));
        x(&self.display, "xdotool", &["key", "Return"]).expect("presses Enter");
    }

    /// Checks the three promises: the chat box holds exactly `phrase`, Tactful is out of the
    /// way, and the clipboard holds `earlier` again.
    fn assert_pasted(&self, report: &Path, tactful: &str, phrase: &str, earlier: &str) {
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
        if self.managed {
            wait_until("Tactful to be minimised", 10, || self.window_named("^Tactful$", true).is_none().then_some(()));
        } else {
            // Nobody minimises on a bare X server: out of the way means the focus is elsewhere.
            wait_until("the focus to leave Tactful", 10, || (self.active_window()? != tactful).then_some(()));
        }
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

#[test]
fn summon_search_enter_pastes_into_the_window_the_agent_came_from() {
    if !tools_present() {
        return;
    }
    within_limit("paste back under openbox", |started| {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
        let desk = Desk::start(true, started);
        let (db, _app, tactful) = desk.tactful_running();

        // A plain phrase: Enter pastes it at once, and Tactful is minimised.
        let (chat, report) = desk.chat_box("chat-one");
        desk.set_clipboard("the agent's earlier clipboard");
        desk.summon_and_choose(&db, &tactful, "zebra parcel");
        desk.assert_pasted(&report, &tactful, PLAIN, "the agent's earlier clipboard");
        drop(chat);

        // Summoned again while minimised. A template: Enter opens the fill-in form, the blank is
        // typed, Enter pastes the result.
        let (_chat, report) = desk.chat_box("chat-two");
        desk.set_clipboard("an order number from the CRM");
        desk.summon_and_choose(&db, &tactful, "zebra depot");
        std::thread::sleep(Duration::from_millis(1000));
        x(&desk.display, "xdotool", &["type", "--delay", "40", "A-1042"]).expect("types the order number");
        std::thread::sleep(Duration::from_millis(800));
        x(&desk.display, "xdotool", &["key", "Return"]).expect("presses Enter in the form");
        desk.assert_pasted(
            &report,
            &tactful,
            "Order A-1042 left our zebra depot today.",
            "an order number from the CRM",
        );
    });
}

#[test]
fn without_a_window_manager_tactful_takes_the_focus_and_gives_it_back_itself() {
    if !tools_present() {
        return;
    }
    within_limit("paste back on a bare X server", |started| {
        let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
        let desk = Desk::start(false, started);
        let (db, _app, tactful) = desk.tactful_running();
        let (_chat, report) = desk.chat_box("chat");
        desk.set_clipboard("the agent's earlier clipboard");
        desk.summon_and_choose(&db, &tactful, "zebra parcel");
        desk.assert_pasted(&report, &tactful, PLAIN, "the agent's earlier clipboard");
    });
}
