//! The desktop window: a thin egui face over the core. Arrows point one way:
//! `window` (one frame) → `views` (draw one panel each, return [`Action`]s) → `app` (the state and
//! how actions change it) → the leaves `action`, `command`, `editor`, `layout`, `prefs`, `team`.
//! `single_instance` lets a second launch bring the running window forward.

mod action;
mod app;
mod background;
mod command;
mod editor;
pub(crate) mod hotkey;
mod layout;
mod paste_back;
mod prefs;
mod single_instance;
mod store_job;
mod team;
mod theme;
mod views;
mod window;

pub use action::{Action, Curate, DraftAction, View};
pub use app::{
    AppState, Curation, DraftCheck, DraftFill, ExportDialog, FileChooser, FillField, FillForm, ImportDialog,
    ImportPreview, Library, Modal, NativeFileChooser, SearchPane, SituationForm, Snapshot, Toast, TypedPathOnly,
};
pub use command::Command;
pub use editor::{EditTarget, Editor, TranslationDraft};
pub use layout::Panes;
pub use paste_back::{EnterAction, PastePrefs};
pub use prefs::{Prefs, Profile, ThemeChoice};
pub use team::{TeamAction, TeamState};

use anyhow::{Context, Result};

use crate::cli::{DatabaseArgs, database_path, open_store};
use crate::clipboard::{Clipboard, MemoryClipboard, SystemClipboard};

/// The eframe application: the testable [`AppState`] plus what only a real window has.
struct TactfulApp {
    state: AppState,
    /// "Come forward" requests: a second launch, or the global shortcut.
    wakeups: std::sync::mpsc::Receiver<()>,
    wake: std::sync::mpsc::Sender<()>,
    shortcut: Option<hotkey::GlobalShortcut>,
}

impl TactfulApp {
    /// Registers, changes or releases the global shortcut to match the settings.
    fn follow_shortcut_setting(&mut self, ctx: &egui::Context) {
        let wanted = self.state.prefs.global_shortcut.clone();
        if wanted.as_deref() == self.shortcut.as_ref().map(|shortcut| shortcut.spec.as_str()) {
            return;
        }
        self.shortcut = None;
        if let Some(spec) = wanted {
            match hotkey::register(&spec, self.wake.clone(), ctx.clone()) {
                Ok(shortcut) => self.shortcut = Some(shortcut),
                Err(error) => {
                    self.state.prefs.global_shortcut = None;
                    self.state.say(error, ctx);
                }
            }
        }
    }
}

impl eframe::App for TactfulApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.follow_shortcut_setting(ctx);
        if self.wakeups.try_recv().is_ok() {
            while self.wakeups.try_recv().is_ok() {}
            self.state.come_forward(ctx);
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.state.prefs);
    }
}

/// The window's icon, the 256 px rendering of `assets/icon/tactful.svg`.
fn app_icon() -> std::sync::Arc<egui::IconData> {
    let png = include_bytes!("../../assets/icon/hicolor/256x256/apps/tactful.png");
    // The file is ours and checked by a test; a broken one still opens the window, with the default icon.
    std::sync::Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}

/// The X11 id of the window eframe opened, so a summon can focus it where no window manager
/// does (elsewhere the toolkit's own request suffices, and the id would mean nothing to paste-back).
#[allow(clippy::useless_conversion, reason = "Xlib's window is a C unsigned long: u64 here, u32 on 32-bit targets")]
fn x11_window(creation: &eframe::CreationContext<'_>) -> Option<crate::paste::WindowId> {
    use raw_window_handle::{HasWindowHandle, RawWindowHandle};
    match creation.window_handle().ok()?.as_raw() {
        RawWindowHandle::Xlib(handle) => Some(crate::paste::WindowId(u64::from(handle.window))),
        RawWindowHandle::Xcb(handle) => Some(crate::paste::WindowId(u64::from(handle.window.get()))),
        _ => None,
    }
}

/// Opens the window on the database the arguments point at, or hands over to a running one.
pub fn run(database: &DatabaseArgs, show: bool) -> Result<()> {
    let path = database_path(database)?;
    let listener = match single_instance::claim(&path) {
        single_instance::Claim::HandedOver => {
            println!("{}", tr!("window-handed-over"));
            return Ok(());
        }
        single_instance::Claim::First(listener) => listener,
    };
    let store = open_store(database)?;
    let clipboard: Box<dyn Clipboard> = match SystemClipboard::open() {
        Ok(clipboard) => Box::new(clipboard),
        Err(error) => {
            eprintln!("tactful: {}", tr!("window-no-clipboard", error = error.to_string()));
            Box::new(MemoryClipboard::default())
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Tactful")
            // The desktop entry is tactful.desktop: the same id lets the taskbar group the window with it.
            .with_app_id("tactful")
            .with_icon(app_icon())
            .with_inner_size([980.0, 640.0])
            .with_min_inner_size([320.0, 240.0]),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "Tactful",
        options,
        Box::new(move |creation| {
            let prefs: Prefs =
                creation.storage.and_then(|storage| eframe::get_value(storage, eframe::APP_KEY)).unwrap_or_default();
            let mut state = AppState::new(store, clipboard, prefs)
                .map_err(|error| Box::new(error) as Box<dyn std::error::Error + Send + Sync>)?;
            state.curation.files = Box::new(app::NativeFileChooser);
            state.paste = crate::paste::PasteBack::system();
            if let Some(own) = x11_window(creation) {
                state.paste.set_own_window(own);
            }
            if show {
                // `tactful --show` started it from the agent's app: that is where Enter pastes.
                state.summoned();
            }
            state.apply_prefs(&creation.egui_ctx);
            let (wake, wakeups) = std::sync::mpsc::channel();
            if let Some(listener) = listener {
                let (wake, context) = (wake.clone(), creation.egui_ctx.clone());
                single_instance::listen(listener, move || {
                    let delivered = wake.send(()).is_ok();
                    context.request_repaint();
                    delivered
                });
            }
            Ok(Box::new(TactfulApp { state, wakeups, wake, shortcut: None }))
        }),
    )
    .map_err(|error| anyhow::anyhow!("{error}"))
    .context(tr!("window-cannot-open"))
}
