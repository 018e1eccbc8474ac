//! A desktop in memory, for tests: windows, the focus, held modifiers and a clipboard, all set
//! by the test, and a log of the keys sent and where they went. It is also a
//! [`crate::clipboard::Clipboard`], so the window under test copies to the same clipboard the
//! paste reads and restores, as on a real desktop.

use std::sync::{Arc, Mutex, PoisonError};

use super::{Desktop, Focused, PasteError, PasteKeys, WindowId};

/// What the fake desktop holds; a test keeps a handle on it through [`FakeDesktop::state`].
#[derive(Debug, Clone, Default)]
pub struct FakeState {
    /// Open windows with their titles.
    pub windows: Vec<(WindowId, String)>,
    /// Tactful's own window.
    pub own: Option<WindowId>,
    /// The window with the focus.
    pub focus: Option<WindowId>,
    /// Windows that ignore a request for the focus.
    pub refuses_focus: Vec<WindowId>,
    /// How many looks at the focus pass before an activated window has it.
    pub focus_delay: u32,
    /// How many looks at the modifiers still find one held.
    pub modifiers_held_for: u32,
    /// A window that grabs the focus the moment the modifiers are let go.
    pub steal_focus_to: Option<WindowId>,
    /// Keys sent, with the window that had the focus when they arrived.
    pub sent: Vec<(WindowId, PasteKeys)>,
    /// The clipboard's text.
    pub clipboard: Option<String>,
    pending: Option<(WindowId, u32)>,
}

/// A [`Desktop`] for tests.
#[derive(Debug, Clone, Default)]
pub struct FakeDesktop {
    state: Arc<Mutex<FakeState>>,
}

impl FakeDesktop {
    /// A desktop with these windows, of which `own` is Tactful's (it need not be in the list).
    pub fn with_windows(windows: &[(u64, &str)], own: u64) -> Self {
        let state = FakeState {
            windows: windows.iter().map(|(number, title)| (WindowId(*number), (*title).to_owned())).collect(),
            own: Some(WindowId(own)),
            ..FakeState::default()
        };
        Self { state: Arc::new(Mutex::new(state)) }
    }

    /// The shared state, to arrange the desktop and read what happened.
    pub fn state(&self) -> Arc<Mutex<FakeState>> {
        Arc::clone(&self.state)
    }

    fn with<T>(&self, change: impl FnOnce(&mut FakeState) -> T) -> T {
        change(&mut self.state.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

impl Desktop for FakeDesktop {
    fn focused(&mut self) -> Result<Option<Focused>, PasteError> {
        Ok(self.with(|state| {
            if let Some((window, remaining)) = state.pending {
                if remaining == 0 {
                    state.focus = Some(window);
                    state.pending = None;
                } else {
                    state.pending = Some((window, remaining - 1));
                }
            }
            let window = state.focus?;
            let title = state.windows.iter().find(|(id, _)| *id == window).map_or_else(String::new, |(_, t)| t.clone());
            Some(Focused { window, title, ours: state.own == Some(window) })
        }))
    }

    fn exists(&mut self, window: WindowId) -> Result<bool, PasteError> {
        Ok(self.with(|state| state.windows.iter().any(|(id, _)| *id == window)))
    }

    fn activate(&mut self, window: WindowId) -> Result<(), PasteError> {
        self.with(|state| {
            if state.refuses_focus.contains(&window) {
                return;
            }
            if state.focus_delay == 0 {
                state.focus = Some(window);
            } else {
                state.pending = Some((window, state.focus_delay));
            }
        });
        Ok(())
    }

    fn modifiers_held(&mut self) -> Result<bool, PasteError> {
        Ok(self.with(|state| {
            if state.modifiers_held_for > 0 {
                state.modifiers_held_for -= 1;
                return true;
            }
            if let Some(thief) = state.steal_focus_to.take() {
                state.focus = Some(thief);
            }
            false
        }))
    }

    fn send(&mut self, keys: PasteKeys) -> Result<(), PasteError> {
        self.with(|state| {
            let window = state.focus.ok_or_else(|| PasteError::Platform("no window has the focus".into()))?;
            state.sent.push((window, keys));
            Ok(())
        })
    }

    fn clipboard_text(&mut self) -> Option<String> {
        self.with(|state| state.clipboard.clone())
    }

    fn set_clipboard_text(&mut self, text: &str) -> Result<(), PasteError> {
        self.with(|state| state.clipboard = Some(text.to_owned()));
        Ok(())
    }
}

impl crate::clipboard::Clipboard for FakeDesktop {
    fn copy(&mut self, plain: &str, _html: Option<&str>) -> Result<(), crate::clipboard::ClipboardError> {
        self.with(|state| state.clipboard = Some(plain.to_owned()));
        Ok(())
    }
}
