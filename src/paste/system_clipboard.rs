//! The desktop clipboard as every platform's paste-back reads and restores it: arboard, opened on
//! first use and again after a failure (a clipboard manager restarting, a display reconnecting).

use super::PasteError;

/// The system clipboard, opened lazily.
#[derive(Default)]
pub(super) struct SystemClipboard(Option<arboard::Clipboard>);

impl SystemClipboard {
    fn open(&mut self) -> Option<&mut arboard::Clipboard> {
        if self.0.is_none() {
            self.0 = arboard::Clipboard::new().ok();
        }
        self.0.as_mut()
    }

    /// The clipboard's text, if it holds text.
    pub(super) fn text(&mut self) -> Option<String> {
        self.open()?.get_text().ok()
    }

    /// Puts `text` on the clipboard (the agent's earlier text, after a paste).
    pub(super) fn set_text(&mut self, text: &str) -> Result<(), PasteError> {
        let clipboard = self.open().ok_or_else(|| PasteError::Platform("the clipboard is not available".into()))?;
        clipboard
            .set_text(text)
            .map_err(|error| PasteError::Platform(format!("could not restore the clipboard: {error}")))
    }
}
