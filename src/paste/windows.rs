//! Windows: the foreground window, `SetForegroundWindow` to give it back (allowed because
//! Tactful is the foreground process when the agent presses Enter), `SendInput` for the keys.
//! Built only on Windows; kept small and safe through the `winsafe` wrappers.

use winsafe::{self as w, co, prelude::*};

use super::system_clipboard::SystemClipboard;
use super::{Desktop, Focused, PasteError, PasteKeys, WindowId};

/// The Windows desktop. Window handles cannot be rebuilt from a number without `unsafe`, so the
/// handles seen are kept here and a [`WindowId`] is a position in that list.
#[derive(Default)]
pub(super) struct WindowsDesktop {
    seen: Vec<w::HWND>,
    clipboard: SystemClipboard,
}

impl WindowsDesktop {
    fn handle(&self, window: WindowId) -> Result<&w::HWND, PasteError> {
        usize::try_from(window.0)
            .ok()
            .and_then(|position| self.seen.get(position))
            .ok_or_else(|| PasteError::WindowGone(format!("window {}", window.0)))
    }
}

fn key(vk: co::VK, down: bool) -> w::HwKbMouse {
    let flags = if down { co::KEYEVENTF::NoValue } else { co::KEYEVENTF::KEYUP };
    w::HwKbMouse::Kb(w::KEYBDINPUT { wVk: vk, dwFlags: flags, ..Default::default() })
}

impl Desktop for WindowsDesktop {
    fn focused(&mut self) -> Result<Option<Focused>, PasteError> {
        let Some(foreground) = w::HWND::GetForegroundWindow() else {
            return Ok(None);
        };
        let title = foreground.GetWindowText().unwrap_or_default();
        let ours = foreground.GetWindowThreadProcessId().1 == w::GetCurrentProcessId();
        let position = match self.seen.iter().position(|seen| *seen == foreground) {
            Some(position) => position,
            None => {
                self.seen.push(foreground);
                self.seen.len() - 1
            }
        };
        Ok(Some(Focused { window: WindowId(position as u64), title, ours }))
    }

    fn exists(&mut self, window: WindowId) -> Result<bool, PasteError> {
        Ok(self.handle(window).is_ok_and(|handle| handle.IsWindow()))
    }

    fn activate(&mut self, window: WindowId) -> Result<(), PasteError> {
        let handle = self.handle(window)?;
        if handle.IsIconic() {
            handle.ShowWindow(co::SW::RESTORE);
        }
        // A refusal shows as the focus not arriving, which the caller checks before typing.
        handle.SetForegroundWindow();
        Ok(())
    }

    fn modifiers_held(&mut self) -> Result<bool, PasteError> {
        Ok([co::VK::SHIFT, co::VK::CONTROL, co::VK::MENU, co::VK::LWIN, co::VK::RWIN]
            .into_iter()
            .any(w::GetAsyncKeyState))
    }

    fn send(&mut self, keys: PasteKeys) -> Result<(), PasteError> {
        let (modifiers, main): (&[co::VK], co::VK) = match keys {
            PasteKeys::CtrlV => (&[co::VK::CONTROL], co::VK::CHAR_V),
            PasteKeys::CtrlShiftV => (&[co::VK::CONTROL, co::VK::SHIFT], co::VK::CHAR_V),
            PasteKeys::ShiftInsert => (&[co::VK::SHIFT], co::VK::INSERT),
        };
        let mut inputs: Vec<w::HwKbMouse> = modifiers.iter().map(|vk| key(*vk, true)).collect();
        inputs.push(key(main, true));
        inputs.push(key(main, false));
        inputs.extend(modifiers.iter().rev().map(|vk| key(*vk, false)));
        w::SendInput(&inputs).map(|_| ()).map_err(|error| PasteError::Platform(format!("SendInput failed: {error}")))
    }

    fn clipboard_text(&mut self) -> Option<String> {
        self.clipboard.text()
    }

    fn set_clipboard_text(&mut self, text: &str) -> Result<(), PasteError> {
        self.clipboard.set_text(text)
    }
}
