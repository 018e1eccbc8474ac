//! Putting text on the clipboard: a small trait, an in-memory fake for tests, and (with the `gui`
//! feature) the system clipboard through arboard. On Linux the X11/Wayland clipboard lives only as
//! long as a process serves it, so the system clipboard must be kept alive by its owner.

/// Why copying failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClipboardError {
    /// No clipboard could be reached (no display, or built without one).
    #[error("no clipboard is available: {0}")]
    Unavailable(String),
    /// The clipboard refused the content.
    #[error("could not copy: {0}")]
    Refused(String),
}

/// Something text can be copied to.
pub trait Clipboard {
    /// Puts `plain` on the clipboard, with `html` as a rich alternative when given.
    fn copy(&mut self, plain: &str, html: Option<&str>) -> Result<(), ClipboardError>;
}

/// What was last copied to a [`MemoryClipboard`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Copied {
    /// The plain text.
    pub plain: String,
    /// The HTML alternative.
    pub html: Option<String>,
}

/// A clipboard in memory, for tests and machines without a display.
#[derive(Debug, Clone, Default)]
pub struct MemoryClipboard {
    /// Everything copied, oldest first.
    pub history: Vec<Copied>,
}

impl MemoryClipboard {
    /// The most recent copy.
    pub fn last(&self) -> Option<&Copied> {
        self.history.last()
    }
}

impl Clipboard for MemoryClipboard {
    fn copy(&mut self, plain: &str, html: Option<&str>) -> Result<(), ClipboardError> {
        self.history.push(Copied { plain: plain.to_owned(), html: html.map(str::to_owned) });
        Ok(())
    }
}

/// A shared clipboard: lets a test keep a handle on the fake it gives the app.
impl<C: Clipboard> Clipboard for std::rc::Rc<std::cell::RefCell<C>> {
    fn copy(&mut self, plain: &str, html: Option<&str>) -> Result<(), ClipboardError> {
        self.borrow_mut().copy(plain, html)
    }
}

#[cfg(feature = "gui")]
pub use system::SystemClipboard;

#[cfg(feature = "gui")]
mod system {
    use super::{Clipboard, ClipboardError};

    /// The desktop clipboard. Keep it alive as long as the copied text should stay available.
    pub struct SystemClipboard {
        inner: arboard::Clipboard,
    }

    impl std::fmt::Debug for SystemClipboard {
        fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("SystemClipboard")
        }
    }

    impl SystemClipboard {
        /// Connects to the desktop clipboard.
        pub fn open() -> Result<Self, ClipboardError> {
            arboard::Clipboard::new()
                .map(|inner| Self { inner })
                .map_err(|error| ClipboardError::Unavailable(error.to_string()))
        }

        /// The clipboard's current text, if it holds text.
        pub fn text(&mut self) -> Option<String> {
            self.inner.get_text().ok()
        }

        /// Puts the text on the clipboard again and serves it until another program (or another
        /// keeper) takes the clipboard over, or until `deadline`: arboard waits on the display
        /// server's "selection replaced" notice, so nothing polls and the next copy ends this one.
        #[cfg(target_os = "linux")]
        pub fn serve_until(
            &mut self,
            plain: &str,
            html: Option<&str>,
            deadline: std::time::Instant,
        ) -> Result<(), ClipboardError> {
            use arboard::SetExtLinux;
            let set = self.inner.set().wait_until(deadline);
            let result = match html {
                Some(html) => set.html(html, Some(plain)),
                None => set.text(plain),
            };
            result.map_err(|error| ClipboardError::Refused(error.to_string()))
        }
    }

    impl Clipboard for SystemClipboard {
        fn copy(&mut self, plain: &str, html: Option<&str>) -> Result<(), ClipboardError> {
            let result = match html {
                Some(html) => self.inner.set_html(html, Some(plain)),
                None => self.inner.set_text(plain),
            };
            result.map_err(|error| ClipboardError::Refused(error.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_clipboard_records_plain_and_html() {
        let mut clipboard = MemoryClipboard::default();
        clipboard.copy("Hi", Some("<p>Hi</p>")).expect("copies");
        assert_eq!(clipboard.last(), Some(&Copied { plain: "Hi".into(), html: Some("<p>Hi</p>".into()) }));
    }
}
