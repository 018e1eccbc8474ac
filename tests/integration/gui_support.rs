//! What the window tests share: a phrasebook built from a collection text, the app over it with a
//! clipboard the test can read, a headless harness, and typing into a labelled field.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::clipboard::MemoryClipboard;
use tactful::gui::{AppState, Prefs};
use tactful::interchange::{json, validate};
use tactful::store::{ImportMode, Seed, Store};

/// The clipboard the app copies into, kept by the test to read what was copied.
pub type Clipboard = Rc<RefCell<MemoryClipboard>>;

/// The window size most tests use.
pub const SIZE: [f32; 2] = [1100.0, 760.0];

/// egui_kittest's own limit of frames per `run()`.
pub const DEFAULT_STEPS: u64 = 4;

/// An in-memory phrasebook: the built-in one, or only `book` (a collection file's text) imported.
pub fn store_with(book: Option<&str>) -> Store {
    let mut store = Store::open_in_memory(if book.is_some() { Seed::Empty } else { Seed::Builtin }).expect("opens");
    if let Some(text) = book {
        let path = Path::new("team.json");
        let collection = validate::validate(path, json::parse(path, text).expect("parses")).expect("valid");
        store.import(path, &collection, ImportMode::Apply).expect("imports");
    }
    store
}

/// Preferences with no language filter, so every language shows.
pub fn all_languages() -> Prefs {
    Prefs { lang: None, ..Prefs::default() }
}

/// The app over `store` with `prefs`, and the clipboard it copies into.
pub fn app(store: Store, prefs: Prefs) -> (AppState, Clipboard) {
    let clipboard = Rc::new(RefCell::new(MemoryClipboard::default()));
    let state = AppState::new(store, Box::new(clipboard.clone()), prefs).expect("state");
    (state, clipboard)
}

/// A headless window of `size` over `state`, allowing `max_steps` frames per `run()`, run once.
pub fn window(state: AppState, size: [f32; 2], max_steps: u64) -> Harness<'static, AppState> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(max_steps)
        .build_ui_state(|ui, state: &mut AppState| state.ui(ui), state);
    harness.run();
    harness
}

/// Focuses the one-line or multi-line text field labelled `field` and types `text` into it.
pub fn type_into(harness: &mut Harness<'_, AppState>, field: &str, text: &str) {
    let role = if harness.query_by_role_and_label(Role::TextInput, field).is_some() {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, field).focus();
    harness.run();
    harness.get_by_role_and_label(role, field).type_text(text);
    harness.run();
}

/// The plain text of the last copy, if anything was copied.
pub fn last_copy(clipboard: &Clipboard) -> Option<String> {
    clipboard.borrow().last().map(|copied| copied.plain.clone())
}

/// Steps the window until `done` holds, for work the window hands to a worker thread (an import,
/// a subscription's first fetch, a re-read of the phrasebook): frames keep coming meanwhile (a
/// spinner asks for them), so this steps without requiring the window to settle. Panics with
/// `what` after 20 seconds.
pub fn run_until(harness: &mut Harness<'_, AppState>, what: &str, done: impl Fn(&AppState) -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        // Steps up to the frame limit; a spinner keeps asking for frames, which is not a failure.
        let _ = harness.run_ok();
        if done(harness.state()) {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "gave up waiting: {what}");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}
