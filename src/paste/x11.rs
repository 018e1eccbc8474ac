//! X11: who has the focus, giving it back, and typing the paste keystroke through the XTEST
//! extension. With a window manager (one that advertises `_NET_ACTIVE_WINDOW`) the focus is read
//! from and asked of the window manager, which also raises and un-minimises the window; with none,
//! the X server's own input focus is read and set directly.

use x11rb::connection::{Connection, RequestConnection};
use x11rb::errors::ReplyError;
use x11rb::protocol::xproto::{
    AtomEnum, ClientMessageEvent, ConfigureWindowAux, ConnectionExt as _, EventMask, InputFocus, KeyButMask, StackMode,
    Window,
};
use x11rb::protocol::xtest::{self, ConnectionExt as _};
use x11rb::rust_connection::RustConnection;
use x11rb::wrapper::ConnectionExt as _;

use super::system_clipboard::SystemClipboard;
use super::{Desktop, Focused, PasteError, PasteKeys, WindowId};

x11rb::atom_manager! {
    Atoms: AtomsCookie {
        _NET_ACTIVE_WINDOW,
        _NET_SUPPORTED,
        _NET_SUPPORTING_WM_CHECK,
        _NET_WM_PID,
        _NET_WM_NAME,
        UTF8_STRING,
    }
}

/// Keysyms of the keys the paste keystrokes use (X11/keysymdef.h).
const XK_V: u32 = 0x0076;
const XK_INSERT: u32 = 0xff63;
const XK_SHIFT_L: u32 = 0xffe1;
const XK_CONTROL_L: u32 = 0xffe3;

/// `_NET_ACTIVE_WINDOW` source indication "pager": window managers honour it without the
/// focus-stealing checks they apply to applications, which is right here since the agent asked.
const SOURCE_PAGER: u32 = 2;

/// How far up the window tree to look for a title or a process id: the focus is often on a child
/// of the application's top-level window.
const TREE_DEPTH: usize = 16;

/// The X11 desktop Tactful runs on.
pub(super) struct X11Desktop {
    connection: RustConnection,
    root: Window,
    atoms: Atoms,
    pid: u32,
    clipboard: SystemClipboard,
}

impl X11Desktop {
    /// Connects to the display in `DISPLAY`; the error says in words why paste-back cannot work.
    pub(super) fn connect() -> Result<Self, String> {
        let unusable = |why: String| format!("{why}; Enter copies the phrase instead.");
        let (connection, screen) = RustConnection::connect(None)
            .map_err(|error| unusable(format!("Pasting into another window needs an X display ({error})")))?;
        let root = connection
            .setup()
            .roots
            .get(screen)
            .map(|screen| screen.root)
            .ok_or_else(|| unusable("The X display has no screen".into()))?;
        if connection.extension_information(xtest::X11_EXTENSION_NAME).ok().flatten().is_none() {
            return Err(unusable(
                "This X server lacks the XTEST extension that typing into another window needs".into(),
            ));
        }
        let atoms = Atoms::new(&connection)
            .map_err(|error| error.to_string())
            .and_then(|cookie| cookie.reply().map_err(|error| error.to_string()))
            .map_err(|error| unusable(format!("The X display did not answer ({error})")))?;
        Ok(Self { connection, root, atoms, pid: std::process::id(), clipboard: SystemClipboard::default() })
    }

    fn window_property(&self, window: Window, property: u32, kind: impl Into<u32>) -> Option<Vec<u8>> {
        let reply = self.connection.get_property(false, window, property, kind, 0, 4096).ok()?.reply().ok()?;
        (reply.format != 0).then_some(reply.value)
    }

    fn window_value(&self, window: Window, property: u32, kind: AtomEnum) -> Option<u32> {
        let reply = self.connection.get_property(false, window, property, kind, 0, 1).ok()?.reply().ok()?;
        reply.value32()?.next()
    }

    /// Whether a running window manager activates windows on request (EWMH): its check window
    /// names itself, so a property left behind by a window manager that has quit does not count.
    fn window_manager_activates(&self) -> bool {
        let check = self.atoms._NET_SUPPORTING_WM_CHECK;
        let Some(manager) = self.window_value(self.root, check, AtomEnum::WINDOW) else {
            return false;
        };
        if self.window_value(manager, check, AtomEnum::WINDOW) != Some(manager) {
            return false;
        }
        let Ok(Ok(reply)) = self
            .connection
            .get_property(false, self.root, self.atoms._NET_SUPPORTED, AtomEnum::ATOM, 0, 4096)
            .map(|cookie| cookie.reply())
        else {
            return false;
        };
        reply.value32().is_some_and(|mut atoms| atoms.any(|atom| atom == self.atoms._NET_ACTIVE_WINDOW))
    }

    /// The title and process id of `window` or its nearest ancestor that has them.
    fn describe(&self, window: Window) -> (String, Option<u32>) {
        let (mut title, mut pid) = (None, None);
        let mut current = window;
        for _ in 0..TREE_DEPTH {
            if title.is_none() {
                title = self
                    .window_property(current, self.atoms._NET_WM_NAME, self.atoms.UTF8_STRING)
                    .or_else(|| self.window_property(current, AtomEnum::WM_NAME.into(), AtomEnum::STRING))
                    .map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
            }
            if pid.is_none() {
                pid = self.window_value(current, self.atoms._NET_WM_PID, AtomEnum::CARDINAL);
            }
            if title.is_some() && pid.is_some() {
                break;
            }
            let Some(parent) = self
                .connection
                .query_tree(current)
                .ok()
                .and_then(|cookie| cookie.reply().ok())
                .map(|tree| tree.parent)
                .filter(|parent| *parent != self.root && *parent != x11rb::NONE)
            else {
                break;
            };
            current = parent;
        }
        (title.unwrap_or_else(|| format!("window 0x{window:x}")), pid)
    }

    /// The top-level window (a child of the root) that holds `window`. Toolkits move the focus
    /// between their own child windows, so the focus is compared and given back at this level.
    fn top_level(&self, window: Window) -> Window {
        let mut current = window;
        for _ in 0..TREE_DEPTH {
            let parent =
                self.connection.query_tree(current).ok().and_then(|cookie| cookie.reply().ok()).map(|tree| tree.parent);
            match parent {
                Some(parent) if parent != self.root && parent != x11rb::NONE => current = parent,
                _ => break,
            }
        }
        current
    }
}

fn lost(error: impl std::fmt::Display) -> PasteError {
    PasteError::Platform(format!("the X display stopped answering ({error})"))
}

fn window_number(window: WindowId) -> Result<Window, PasteError> {
    Window::try_from(window.0).map_err(|_| PasteError::WindowGone(format!("window {}", window.0)))
}

impl Desktop for X11Desktop {
    fn focused(&mut self) -> Result<Option<Focused>, PasteError> {
        let window = if self.window_manager_activates() {
            self.window_value(self.root, self.atoms._NET_ACTIVE_WINDOW, AtomEnum::WINDOW)
        } else {
            let focus = self.connection.get_input_focus().map_err(lost)?.reply().map_err(lost)?.focus;
            Some(self.top_level(focus))
        };
        let Some(window) =
            window.filter(|window| ![x11rb::NONE, u32::from(InputFocus::POINTER_ROOT), self.root].contains(window))
        else {
            return Ok(None);
        };
        let (title, pid) = self.describe(window);
        Ok(Some(Focused { window: WindowId(window.into()), title, ours: pid == Some(self.pid) }))
    }

    fn exists(&mut self, window: WindowId) -> Result<bool, PasteError> {
        let window = window_number(window)?;
        match self.connection.get_window_attributes(window).map_err(lost)?.reply() {
            Ok(_) => Ok(true),
            Err(ReplyError::X11Error(_)) => Ok(false),
            Err(error) => Err(lost(error)),
        }
    }

    fn activate(&mut self, window: WindowId) -> Result<(), PasteError> {
        let window = window_number(window)?;
        if self.window_manager_activates() {
            let request = ClientMessageEvent::new(
                32,
                window,
                self.atoms._NET_ACTIVE_WINDOW,
                [SOURCE_PAGER, x11rb::CURRENT_TIME, x11rb::NONE, 0, 0],
            );
            let mask = EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY;
            self.connection.send_event(false, self.root, mask, request).map_err(lost)?;
        } else {
            // Without a window manager nobody raises it; a child window cannot be restacked, which
            // is harmless, so that error is not checked. An unviewable window refuses the focus:
            // the caller sees the focus not arrive and types nothing.
            let above = ConfigureWindowAux::new().stack_mode(StackMode::ABOVE);
            self.connection.configure_window(window, &above).map_err(lost)?.ignore_error();
            self.connection
                .set_input_focus(InputFocus::PARENT, window, x11rb::CURRENT_TIME)
                .map_err(lost)?
                .ignore_error();
        }
        self.connection.flush().map_err(lost)
    }

    fn modifiers_held(&mut self) -> Result<bool, PasteError> {
        let pointer = self.connection.query_pointer(self.root).map_err(lost)?.reply().map_err(lost)?;
        let modifiers = KeyButMask::SHIFT | KeyButMask::CONTROL | KeyButMask::MOD1 | KeyButMask::MOD4;
        Ok(u16::from(pointer.mask) & u16::from(modifiers) != 0)
    }

    fn send(&mut self, keys: PasteKeys) -> Result<(), PasteError> {
        let (first, last) = (self.connection.setup().min_keycode, self.connection.setup().max_keycode);
        let mapping = self
            .connection
            .get_keyboard_mapping(first, last.saturating_sub(first).saturating_add(1))
            .map_err(lost)?
            .reply()
            .map_err(lost)?;
        let per_keycode = usize::from(mapping.keysyms_per_keycode.max(1));
        // The unshifted column first: `v` is also found as the second symbol of other keys in
        // some layouts, and the plain key is the one toolkits match Ctrl+V against.
        let keycode = |keysym: u32| {
            let rows = || mapping.keysyms.chunks(per_keycode);
            rows()
                .position(|symbols| symbols.first() == Some(&keysym))
                .or_else(|| rows().position(|symbols| symbols.contains(&keysym)))
                .and_then(|row| u8::try_from(row).ok())
                .map(|row| first.saturating_add(row))
                .ok_or_else(|| PasteError::Platform(format!("the keyboard layout has no key for keysym 0x{keysym:x}")))
        };
        let (modifiers, key) = match keys {
            PasteKeys::CtrlV => (vec![XK_CONTROL_L], XK_V),
            PasteKeys::CtrlShiftV => (vec![XK_CONTROL_L, XK_SHIFT_L], XK_V),
            PasteKeys::ShiftInsert => (vec![XK_SHIFT_L], XK_INSERT),
        };
        let modifiers = modifiers.into_iter().map(keycode).collect::<Result<Vec<u8>, _>>()?;
        let key = keycode(key)?;
        let press = |code: u8, down: bool| {
            let kind = if down {
                x11rb::protocol::xproto::KEY_PRESS_EVENT
            } else {
                x11rb::protocol::xproto::KEY_RELEASE_EVENT
            };
            self.connection.xtest_fake_input(kind, code, x11rb::CURRENT_TIME, x11rb::NONE, 0, 0, 0).map(|_| ())
        };
        for code in &modifiers {
            press(*code, true).map_err(lost)?;
        }
        press(key, true).map_err(lost)?;
        press(key, false).map_err(lost)?;
        for code in modifiers.iter().rev() {
            press(*code, false).map_err(lost)?;
        }
        // A round trip: the server has queued the keys for the target before this returns.
        self.connection.sync().map_err(lost)
    }

    fn clipboard_text(&mut self) -> Option<String> {
        self.clipboard.text()
    }

    fn set_clipboard_text(&mut self, text: &str) -> Result<(), PasteError> {
        self.clipboard.set_text(text)
    }
}
