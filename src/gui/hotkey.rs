//! The optional global shortcut (off by default): a key combination that brings the window
//! forward from any application, where the platform allows it (X11, Windows, macOS; not Wayland).

use std::sync::mpsc::Sender;

use global_hotkey::hotkey::HotKey;
use global_hotkey::{GlobalHotKeyEvent, GlobalHotKeyManager, HotKeyState};

/// The shortcut suggested in settings.
pub const SUGGESTED: &str = "ctrl+alt+KeyT";

/// A registered shortcut; dropping it releases the key combination.
pub struct GlobalShortcut {
    manager: GlobalHotKeyManager,
    hotkey: HotKey,
    /// The text it was registered from, to notice when settings change it.
    pub spec: String,
}

impl Drop for GlobalShortcut {
    fn drop(&mut self) {
        let _ = self.manager.unregister(self.hotkey);
    }
}

/// Registers `spec` (such as `ctrl+alt+KeyT`); each press sends on `wake` and repaints `context`.
pub fn register(spec: &str, wake: Sender<()>, context: egui::Context) -> Result<GlobalShortcut, String> {
    let hotkey: HotKey = spec.parse().map_err(|error: global_hotkey::hotkey::HotKeyParseError| {
        tr!("hotkey-not-a-shortcut", spec = spec, error = error.to_string(), suggested = SUGGESTED)
    })?;
    let manager = GlobalHotKeyManager::new().map_err(|error| tr!("hotkey-unavailable", error = error.to_string()))?;
    manager.register(hotkey).map_err(|error| tr!("hotkey-taken", spec = spec, error = error.to_string()))?;
    // The handler is process-wide and set once; later registrations reuse it.
    GlobalHotKeyEvent::set_event_handler(Some(move |event: GlobalHotKeyEvent| {
        if event.state == HotKeyState::Pressed {
            let _ = wake.send(());
            context.request_repaint();
        }
    }));
    Ok(GlobalShortcut { manager, hotkey, spec: spec.to_owned() })
}
