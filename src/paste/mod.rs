//! Paste back: put the chosen phrase into the window the agent was typing in when Tactful was
//! summoned, the way text expanders do, so summon → type → Enter is the whole flow.
//!
//! On summon (global shortcut or `tactful --show`) the app asks [`PasteBack::summoned`] to remember
//! the window that had the focus. After the phrase is copied, [`PasteBack::start`] gives that window
//! the focus back, checks that it really has it, sends the paste keystroke, and later puts the
//! agent's previous clipboard text back. One [`Desktop`] per platform does the talking: X11 (focus
//! through the window manager or `SetInputFocus`, keys through XTEST), Windows
//! (`SetForegroundWindow` + `SendInput`) and macOS (activate the app, `CGEventPost`). Wayland lets
//! no application focus another's window or type into it, so there the app copies instead.
//!
//! This module knows nothing of egui: the window calls it and shows what it reports. It must never
//! send keys to a window other than the remembered one.

mod deliver;
mod fake;
#[cfg(any(unix, windows))]
mod system_clipboard;

#[cfg(all(unix, not(target_os = "macos")))]
mod x11;

#[cfg(windows)]
mod windows;

#[cfg(target_os = "macos")]
mod macos;

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use deliver::{Timing, deliver};
pub use fake::{FakeDesktop, FakeState};

/// The keystroke that pastes in the target window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PasteKeys {
    /// Ctrl+V (Cmd+V on macOS): what nearly every application understands.
    #[default]
    CtrlV,
    /// Ctrl+Shift+V: terminals, where Ctrl+V means something else.
    CtrlShiftV,
    /// Shift+Insert: older terminals and X11 applications.
    ShiftInsert,
}

impl PasteKeys {
    /// Every choice, in the order the settings list them.
    pub const ALL: [PasteKeys; 3] = [PasteKeys::CtrlV, PasteKeys::CtrlShiftV, PasteKeys::ShiftInsert];

    /// How the settings name it.
    pub fn label(self) -> &'static str {
        match self {
            PasteKeys::CtrlV if cfg!(target_os = "macos") => "Cmd+V",
            PasteKeys::CtrlV => "Ctrl+V",
            PasteKeys::CtrlShiftV if cfg!(target_os = "macos") => "Cmd+Shift+V",
            PasteKeys::CtrlShiftV => "Ctrl+Shift+V (terminals)",
            PasteKeys::ShiftInsert => "Shift+Insert",
        }
    }
}

/// A window on the desktop as its platform numbers it: an X11 window id, a Windows handle number
/// (looked up in the desktop's own table), a macOS process id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WindowId(pub u64);

/// The window that has the keyboard focus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focused {
    /// Which window.
    pub window: WindowId,
    /// Its title (or application name), to tell the agent where the phrase went.
    pub title: String,
    /// Whether it is Tactful's own window.
    pub ours: bool,
}

/// Why a phrase could not be pasted. In every case it is still on the clipboard.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasteError {
    /// This desktop gives applications no way to do it (Wayland), said in words.
    #[error("{0}")]
    Unsupported(String),
    /// Tactful was opened directly rather than summoned from another window.
    #[error("there is no window to paste into: Tactful was not summoned from another window")]
    NoTarget,
    /// The remembered window was closed.
    #[error("the window you came from ({0}) is gone")]
    WindowGone(String),
    /// The remembered window did not get the focus back, so no key was sent.
    #[error("{0} did not take the focus back, so nothing was typed")]
    FocusRefused(String),
    /// A modifier key stayed held, which would have turned the paste into another shortcut.
    #[error("a modifier key (Shift, Ctrl, Alt) was still held, so nothing was typed")]
    ModifierHeld,
    /// The desktop refused a request.
    #[error("{0}")]
    Platform(String),
}

/// What paste-back needs from a desktop: one implementation per platform, and [`FakeDesktop`].
pub trait Desktop: Send {
    /// The window with the keyboard focus, if any.
    fn focused(&mut self) -> Result<Option<Focused>, PasteError>;
    /// Whether `window` still exists.
    fn exists(&mut self, window: WindowId) -> Result<bool, PasteError>;
    /// Asks for `window` to get the focus (and come to the front).
    fn activate(&mut self, window: WindowId) -> Result<(), PasteError>;
    /// Whether Shift, Ctrl, Alt or the logo key is held down right now.
    fn modifiers_held(&mut self) -> Result<bool, PasteError>;
    /// Sends `keys` to whichever window has the focus.
    fn send(&mut self, keys: PasteKeys) -> Result<(), PasteError>;
    /// The clipboard's text, if it holds text.
    fn clipboard_text(&mut self) -> Option<String>;
    /// Puts `text` on the clipboard.
    fn set_clipboard_text(&mut self, text: &str) -> Result<(), PasteError>;
}

/// Where a paste went, or why it did not.
pub type Report = Result<String, PasteError>;

/// The window to paste into: remembered on summon, used by one paste.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    target: Option<Focused>,
}

impl Remembered {
    /// Records what had the focus when Tactful was summoned. Summoned while Tactful itself had the
    /// focus (the shortcut pressed twice), it keeps the window the agent came from before; with
    /// the focus nowhere (the bare desktop) there is nothing to paste into.
    pub fn on_summon(&mut self, focused: Option<Focused>) {
        match focused {
            Some(focused) if focused.ours => {}
            other => self.target = other,
        }
    }

    /// The remembered window, if any.
    pub fn target(&self) -> Option<&Focused> {
        self.target.as_ref()
    }

    /// Hands the window to a paste; the next paste needs a new summon, so a phrase never goes to a
    /// window the agent left long ago.
    pub fn take(&mut self) -> Option<Focused> {
        self.target.take()
    }

    /// Forgets the window (Tactful was hidden, so the agent went back by other means).
    pub fn forget(&mut self) {
        self.target = None;
    }
}

/// A shared desktop: the UI thread remembers and reads the clipboard, a worker pastes.
type SharedDesktop = Arc<Mutex<Box<dyn Desktop>>>;

/// Paste-back as the window uses it: the platform's desktop, the remembered window, and the
/// paste in progress.
pub struct PasteBack {
    desktop: Option<SharedDesktop>,
    why_not: Option<String>,
    explained: bool,
    remembered: Remembered,
    /// Tactful's own window, where the platform names it (X11).
    own: Option<WindowId>,
    pending: Option<Receiver<Report>>,
    timing: Timing,
    /// Run on a worker thread (real desktops wait for focus and for the target to read the
    /// clipboard) or on the caller's (a fake desktop answers at once, which keeps tests exact).
    threaded: bool,
}

impl std::fmt::Debug for PasteBack {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("PasteBack")
            .field("why_not", &self.why_not)
            .field("remembered", &self.remembered)
            .finish_non_exhaustive()
    }
}

impl PasteBack {
    /// Paste-back on this machine's desktop, or an explanation of why it cannot work here.
    pub fn system() -> Self {
        match system_desktop() {
            Ok(desktop) => Self::running(desktop, Timing::default(), true),
            Err(reason) => Self::unavailable(reason),
        }
    }

    /// Paste-back that cannot work here, for `reason` (said once in Settings); Enter copies.
    pub fn unavailable(reason: impl Into<String>) -> Self {
        Self {
            desktop: None,
            why_not: Some(reason.into()),
            explained: false,
            remembered: Remembered::default(),
            own: None,
            pending: None,
            timing: Timing::default(),
            threaded: false,
        }
    }

    /// Paste-back through `desktop`, done at once on the calling thread with no waiting: for tests.
    pub fn immediate(desktop: impl Desktop + 'static) -> Self {
        Self::running(Box::new(desktop), Timing::immediate(), false)
    }

    fn running(desktop: Box<dyn Desktop>, timing: Timing, threaded: bool) -> Self {
        Self {
            desktop: Some(Arc::new(Mutex::new(desktop))),
            why_not: None,
            explained: false,
            remembered: Remembered::default(),
            own: None,
            pending: None,
            timing,
            threaded,
        }
    }

    /// Why pasting cannot work on this desktop (`None` where it can).
    pub fn why_not(&self) -> Option<&str> {
        self.why_not.as_deref()
    }

    /// Why pasting cannot work here, the first time it is asked for; `None` after that (the agent
    /// has read it) and where pasting works.
    pub fn explain_once(&mut self) -> Option<String> {
        if std::mem::replace(&mut self.explained, true) { None } else { self.why_not.clone() }
    }

    /// Tactful was summoned: remember the window that has the focus.
    pub fn summoned(&mut self) {
        let Some(desktop) = &self.desktop else {
            return;
        };
        // A desktop that cannot say who has the focus leaves nothing to paste into.
        let focused = lock(desktop).focused().ok().flatten();
        self.remembered.on_summon(focused);
    }

    /// Tells paste-back which window is Tactful's own, so [`PasteBack::bring_forward`] can give
    /// it the focus.
    pub fn set_own_window(&mut self, window: WindowId) {
        self.own = Some(window);
    }

    /// Gives Tactful's own window the focus, the way a paste gives it back to the target. The
    /// toolkit asks too, but on X11 it asks the window manager as an application (which focus-
    /// stealing rules may refuse) and, with no window manager at all, nobody answers; this asks as
    /// a pager, or sets the X server's focus directly. A refusal is not an error: the agent can
    /// still click the window.
    pub fn bring_forward(&mut self) {
        if let (Some(desktop), Some(own)) = (&self.desktop, self.own) {
            let _ = lock(desktop).activate(own);
        }
    }

    /// The window a paste would go to.
    pub fn target(&self) -> Option<&Focused> {
        self.remembered.target()
    }

    /// Forgets the remembered window (Tactful was hidden, so the agent went back by other means).
    pub fn forget(&mut self) {
        self.remembered.forget();
    }

    /// The clipboard's text now, to put back after the paste.
    pub fn clipboard_text(&mut self) -> Option<String> {
        self.desktop.as_ref().and_then(|desktop| lock(desktop).clipboard_text())
    }

    /// Whether a paste is under way.
    pub fn busy(&self) -> bool {
        self.pending.is_some()
    }

    /// Pastes `phrase` (already on the clipboard) into the remembered window with `keys`, then puts
    /// `previous` back on the clipboard if it still holds the phrase. `wake` is called when the
    /// outcome is ready for [`PasteBack::poll`].
    pub fn start(
        &mut self,
        keys: PasteKeys,
        phrase: &str,
        previous: Option<String>,
        wake: impl Fn() + Send + 'static,
    ) -> Result<(), PasteError> {
        let Some(desktop) = &self.desktop else {
            return Err(PasteError::Unsupported(self.why_not.clone().unwrap_or_default()));
        };
        let Some(target) = self.remembered.take() else {
            return Err(PasteError::NoTarget);
        };
        let (sender, receiver) = channel();
        let desktop = Arc::clone(desktop);
        let timing = self.timing;
        let phrase = phrase.to_owned();
        let job = move || {
            let outcome = deliver(lock(&desktop).as_mut(), &target, keys, timing, &mut std::thread::sleep);
            let pasted = outcome.is_ok();
            let _ = sender.send(outcome.map(|()| target.title.clone()));
            wake();
            if let (true, Some(previous)) = (pasted, previous) {
                restore_clipboard(&desktop, &phrase, &previous, timing.restore_after);
            }
        };
        if self.threaded {
            std::thread::Builder::new()
                .name("tactful-paste".into())
                .spawn(job)
                .map_err(|error| PasteError::Platform(format!("cannot start pasting: {error}")))?;
        } else {
            job();
        }
        self.pending = Some(receiver);
        Ok(())
    }

    /// The outcome of the paste under way, once it is known: the target's title, or why not.
    pub fn poll(&mut self) -> Option<Report> {
        let receiver = self.pending.as_ref()?;
        match receiver.try_recv() {
            Ok(report) => {
                self.pending = None;
                Some(report)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.pending = None;
                Some(Err(PasteError::Platform("pasting stopped without a result".into())))
            }
        }
    }
}

/// Puts the agent's earlier clipboard text back once the target has had time to read the phrase.
/// The target reads the clipboard when it handles the keystroke, which X11 and macOS let it do
/// whenever it likes; there is no signal for "it has read it", so the wait is a generous pause.
/// If the agent copied something else meanwhile, that is left alone.
fn restore_clipboard(desktop: &SharedDesktop, phrase: &str, previous: &str, after: Duration) {
    std::thread::sleep(after);
    let mut desktop = lock(desktop);
    if desktop.clipboard_text().is_none_or(|now| now == phrase) {
        let _ = desktop.set_clipboard_text(previous);
    }
}

/// A poisoned lock only means an earlier paste panicked; the desktop itself is still usable.
fn lock(desktop: &SharedDesktop) -> std::sync::MutexGuard<'_, Box<dyn Desktop>> {
    desktop.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What Settings says on Wayland, once, instead of offering a paste that cannot happen.
pub const WAYLAND: &str = "This desktop runs Wayland, which lets no application give another \
     window the focus or type into it. Enter copies the phrase instead: paste it with Ctrl+V.";

#[cfg(all(unix, not(target_os = "macos")))]
fn system_desktop() -> Result<Box<dyn Desktop>, String> {
    // eframe draws through Wayland whenever a Wayland compositor is there, and the focused window
    // is then a Wayland one that X11 cannot see or type into.
    if std::env::var_os("WAYLAND_DISPLAY").is_some_and(|value| !value.is_empty()) {
        return Err(WAYLAND.to_owned());
    }
    x11::X11Desktop::connect().map(|desktop| Box::new(desktop) as Box<dyn Desktop>)
}

#[cfg(windows)]
fn system_desktop() -> Result<Box<dyn Desktop>, String> {
    Ok(Box::new(windows::WindowsDesktop::default()))
}

#[cfg(target_os = "macos")]
fn system_desktop() -> Result<Box<dyn Desktop>, String> {
    macos::MacDesktop::new().map(|desktop| Box::new(desktop) as Box<dyn Desktop>)
}

#[cfg(not(any(unix, windows)))]
fn system_desktop() -> Result<Box<dyn Desktop>, String> {
    Err("Pasting into another window is not available on this system; Enter copies instead.".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(number: u64, title: &str, ours: bool) -> Focused {
        Focused { window: WindowId(number), title: title.to_owned(), ours }
    }

    #[test]
    fn summon_remembers_the_window_that_had_the_focus() {
        let mut remembered = Remembered::default();
        remembered.on_summon(Some(window(7, "Chat", false)));
        assert_eq!(remembered.target(), Some(&window(7, "Chat", false)));
    }

    #[test]
    fn summoning_again_from_tactful_itself_keeps_the_window_the_agent_came_from() {
        let mut remembered = Remembered::default();
        remembered.on_summon(Some(window(7, "Chat", false)));
        remembered.on_summon(Some(window(99, "Tactful", true)));
        assert_eq!(remembered.target().map(|target| target.window), Some(WindowId(7)));
    }

    #[test]
    fn summoning_from_another_window_replaces_the_earlier_one() {
        let mut remembered = Remembered::default();
        remembered.on_summon(Some(window(7, "Chat", false)));
        remembered.on_summon(Some(window(8, "Mail", false)));
        assert_eq!(remembered.target().map(|target| target.window), Some(WindowId(8)));
    }

    #[test]
    fn summoning_from_the_bare_desktop_leaves_nothing_to_paste_into() {
        let mut remembered = Remembered::default();
        remembered.on_summon(Some(window(7, "Chat", false)));
        remembered.on_summon(None);
        assert_eq!(remembered.target(), None);
    }

    #[test]
    fn a_window_serves_one_paste_only() {
        let mut remembered = Remembered::default();
        remembered.on_summon(Some(window(7, "Chat", false)));
        assert!(remembered.take().is_some());
        assert_eq!(remembered.take(), None);
    }

    #[test]
    fn hiding_tactful_forgets_the_window() {
        let mut remembered = Remembered::default();
        remembered.on_summon(Some(window(7, "Chat", false)));
        remembered.forget();
        assert_eq!(remembered.target(), None);
    }

    #[test]
    fn paste_back_pastes_into_the_summoning_window_and_puts_the_old_clipboard_back() {
        let desktop = FakeDesktop::with_windows(&[(1, "Chat"), (2, "Tactful")], 2);
        let state = desktop.state();
        state.lock().expect("fake").focus = Some(WindowId(1));
        state.lock().expect("fake").clipboard = Some("earlier".into());
        let mut paste = PasteBack::immediate(desktop);
        paste.summoned();
        state.lock().expect("fake").focus = Some(WindowId(2));
        let previous = paste.clipboard_text();
        state.lock().expect("fake").clipboard = Some("the phrase".into());
        paste.start(PasteKeys::CtrlShiftV, "the phrase", previous, || {}).expect("starts");
        assert_eq!(paste.poll(), Some(Ok("Chat".to_owned())));
        let fake = state.lock().expect("fake");
        assert_eq!(fake.sent, vec![(WindowId(1), PasteKeys::CtrlShiftV)]);
        assert_eq!(fake.clipboard.as_deref(), Some("earlier"));
    }

    #[test]
    fn the_clipboard_is_left_alone_when_the_agent_copied_something_else_meanwhile() {
        let desktop = FakeDesktop::with_windows(&[(1, "Chat")], 99);
        let state = desktop.state();
        state.lock().expect("fake").focus = Some(WindowId(1));
        let mut paste = PasteBack::immediate(desktop);
        paste.summoned();
        state.lock().expect("fake").clipboard = Some("copied by the agent since".into());
        paste.start(PasteKeys::CtrlV, "the phrase", Some("earlier".into()), || {}).expect("starts");
        assert!(matches!(paste.poll(), Some(Ok(_))));
        assert_eq!(state.lock().expect("fake").clipboard.as_deref(), Some("copied by the agent since"));
    }

    #[test]
    fn bringing_tactful_forward_gives_its_own_window_the_focus() {
        let desktop = FakeDesktop::with_windows(&[(1, "Chat"), (2, "Tactful")], 2);
        let state = desktop.state();
        state.lock().expect("fake").focus = Some(WindowId(1));
        let mut paste = PasteBack::immediate(desktop);
        paste.bring_forward();
        assert_eq!(state.lock().expect("fake").focus, Some(WindowId(1)), "not told which window is ours");
        paste.set_own_window(WindowId(2));
        paste.bring_forward();
        assert_eq!(state.lock().expect("fake").focus, Some(WindowId(2)));
    }

    #[test]
    fn without_a_summon_there_is_nothing_to_paste_into() {
        let mut paste = PasteBack::immediate(FakeDesktop::with_windows(&[(1, "Chat")], 99));
        assert_eq!(paste.start(PasteKeys::CtrlV, "x", None, || {}), Err(PasteError::NoTarget));
    }

    #[test]
    fn an_unavailable_desktop_says_why_and_never_pastes() {
        let mut paste = PasteBack::unavailable(WAYLAND);
        paste.summoned();
        assert_eq!(paste.why_not(), Some(WAYLAND));
        assert_eq!(paste.explain_once().as_deref(), Some(WAYLAND));
        assert_eq!(paste.explain_once(), None);
        assert_eq!(paste.target(), None);
        assert!(matches!(paste.start(PasteKeys::CtrlV, "x", None, || {}), Err(PasteError::Unsupported(_))));
    }
}
