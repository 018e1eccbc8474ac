//! macOS: the frontmost application, activated again through `NSRunningApplication`, and the
//! keystroke posted with `CGEventPost`. Posting keys needs the Accessibility permission: the first
//! paste asks macOS to show its prompt, and until the agent allows Tactful under System Settings →
//! Privacy & Security → Accessibility, Enter copies and the window says why. Built only on macOS.

use objc2_app_kit::{NSApplicationActivationOptions, NSRunningApplication, NSWorkspace};
use objc2_core_graphics::{
    CGEvent, CGEventFlags, CGEventSource, CGEventSourceStateID, CGEventTapLocation, CGPreflightPostEventAccess,
    CGRequestPostEventAccess,
};

use super::system_clipboard::SystemClipboard;
use super::{Desktop, Focused, PasteError, PasteKeys, WindowId};

/// Virtual key codes (Carbon's `kVK_ANSI_V`, `kVK_Help`: the Insert position on Mac keyboards).
const KEY_V: u16 = 0x09;
const KEY_HELP: u16 = 0x72;

/// What the window says while the permission is missing.
const ACCESSIBILITY: &str = "macOS must allow Tactful to type the paste keystroke: in System Settings, \
     Privacy & Security, Accessibility, turn Tactful on. Until then the phrase is only copied.";

/// The macOS desktop; a [`WindowId`] is the process id of an application.
pub(super) struct MacDesktop {
    clipboard: SystemClipboard,
}

impl MacDesktop {
    pub(super) fn new() -> Result<Self, String> {
        Ok(Self { clipboard: SystemClipboard::default() })
    }

    fn application(window: WindowId) -> Option<objc2::rc::Retained<NSRunningApplication>> {
        let pid = i32::try_from(window.0).ok()?;
        NSRunningApplication::runningApplicationWithProcessIdentifier(pid).filter(|app| !app.isTerminated())
    }
}

impl Desktop for MacDesktop {
    fn focused(&mut self) -> Result<Option<Focused>, PasteError> {
        let Some(app) = NSWorkspace::sharedWorkspace().frontmostApplication() else {
            return Ok(None);
        };
        let pid = app.processIdentifier();
        let title = app.localizedName().map(|name| name.to_string()).unwrap_or_default();
        let ours = u32::try_from(pid).is_ok_and(|pid| pid == std::process::id());
        Ok(u64::try_from(pid).ok().map(|pid| Focused { window: WindowId(pid), title, ours }))
    }

    fn exists(&mut self, window: WindowId) -> Result<bool, PasteError> {
        Ok(Self::application(window).is_some())
    }

    fn activate(&mut self, window: WindowId) -> Result<(), PasteError> {
        let Some(app) = Self::application(window) else {
            return Err(PasteError::WindowGone(format!("application {}", window.0)));
        };
        app.activateWithOptions(NSApplicationActivationOptions::ActivateAllWindows);
        Ok(())
    }

    fn modifiers_held(&mut self) -> Result<bool, PasteError> {
        let held = CGEventSource::flags_state(CGEventSourceStateID::CombinedSessionState);
        let modifiers = CGEventFlags::MaskShift
            | CGEventFlags::MaskControl
            | CGEventFlags::MaskAlternate
            | CGEventFlags::MaskCommand;
        Ok(held.intersects(modifiers))
    }

    fn send(&mut self, keys: PasteKeys) -> Result<(), PasteError> {
        if !CGPreflightPostEventAccess() {
            // Shows macOS's own prompt once; the permission takes effect on the next paste.
            CGRequestPostEventAccess();
            return Err(PasteError::Platform(ACCESSIBILITY.to_owned()));
        }
        let (key, flags) = match keys {
            PasteKeys::CtrlV => (KEY_V, CGEventFlags::MaskCommand),
            PasteKeys::CtrlShiftV => (KEY_V, CGEventFlags::MaskCommand | CGEventFlags::MaskShift),
            PasteKeys::ShiftInsert => (KEY_HELP, CGEventFlags::MaskShift),
        };
        for down in [true, false] {
            let event = CGEvent::new_keyboard_event(None, key, down)
                .ok_or_else(|| PasteError::Platform("macOS did not create the key event".into()))?;
            CGEvent::set_flags(Some(&event), flags);
            CGEvent::post(CGEventTapLocation::HIDEventTap, Some(&event));
        }
        Ok(())
    }

    fn clipboard_text(&mut self) -> Option<String> {
        self.clipboard.text()
    }

    fn set_clipboard_text(&mut self, text: &str) -> Result<(), PasteError> {
        self.clipboard.set_text(text)
    }
}
