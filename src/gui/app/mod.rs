//! The window's state and how actions change it. Views read the state and return
//! [`Action`]s; [`AppState::apply`] carries them out after the frame is drawn, so no view writes
//! to the database. The state has three parts with one job each: the [`Library`] (the phrasebook,
//! no egui), the [`SearchPane`] (query, filters, results) and the [`Modal`] (what sits on top).
//! The handler files below are children of this module, so every arrow in `gui/` points down.

mod draft_check;
mod library;
mod modal;
mod phrases;
mod search_pane;
mod transfer;

pub use draft_check::{DraftCheck, DraftFill};
pub use library::{Library, Snapshot};
pub use modal::{FillField, FillForm, Modal, SituationForm};
pub use phrases::{Curation, UNDO_SECONDS};
pub use search_pane::{Scope, SearchPane};
pub use transfer::{
    ExportDialog, FileChooser, ImportDialog, ImportPreview, ImportWork, NativeFileChooser, PreviewLine, TypedPathOnly,
};

use crate::clipboard::Clipboard;
use crate::i18n::Explain;
use crate::model::{Phrase, PhraseId, now};
use crate::store::{Store, StoreError, Vetting};
use crate::template::Template;

use super::action::{Action, Curate, DraftAction, View};
use super::command::Command;
use super::editor::Editor;
use super::layout::{COMPACT_WIDTH, Panes};
use super::prefs::{Prefs, ThemeChoice};
use super::team::{TeamAction, TeamState};

/// A short message in the status line, with the time it appeared.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    /// What happened, in the agent's words.
    pub message: String,
    /// egui time when it appeared.
    pub shown_at: f64,
    /// It can be undone (a delete): the status line offers Undo.
    pub undoable: bool,
}

/// How long the window's first frame waits for the phrasebook (see `AppState::poll_library`).
const FIRST_FRAME_WAITS_AT_MOST: std::time::Duration = std::time::Duration::from_millis(150);

/// The state of the window.
pub struct AppState {
    /// The phrasebook: store, index, situations.
    pub library: Library,
    /// The search box, its filters and results.
    pub search: SearchPane,
    /// What sits on top of the window.
    pub modal: Modal,
    /// Who vetted the selected phrase and which key signed it, read when the selection changes
    /// (`None` inside: it could not be read).
    pub vetting: Option<(PhraseId, Option<Vetting>)>,
    /// Persisted preferences.
    pub prefs: Prefs,
    /// Trash and undo.
    pub curation: Curation,
    /// The status line's message.
    pub toast: Option<Toast>,
    /// Collections, the review queue, followed folders.
    pub team: TeamState,
    /// The "Check a draft" view.
    pub draft: DraftCheck,
    /// Pasting into the window Tactful was summoned from.
    pub paste: crate::paste::PasteBack,
    /// How the copy under way finishes; `None` copies.
    pub(in crate::gui) delivery: Option<super::paste_back::EnterAction>,
    /// Which panes are shown this frame.
    pub panes: Panes,
    pub(crate) clipboard: Box<dyn Clipboard>,
    applied_prefs: Option<Prefs>,
    /// The desktop locale's language when the window opened (English in tests, which never set
    /// the process language), used until the agent picks one in Settings.
    desktop_language: crate::i18n::Language,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("AppState")
            .field("search", &self.search)
            .field("modal", &self.modal)
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// Loads the phrasebook from `store` into a window state that copies to `clipboard`.
    pub fn new(mut store: Store, clipboard: Box<dyn Clipboard>, prefs: Prefs) -> Result<Self, StoreError> {
        let desktop_language = crate::i18n::process_language();
        // Before the first sync, whose notice is written in the interface language.
        crate::i18n::set_language(prefs.interface_language.unwrap_or(desktop_language));
        let mut team = TeamState::default();
        team.start(&mut store);
        let library = Library::open(store)?;
        // A phrasebook loading on the worker: the review queue and collections are read when it
        // is installed (`poll_library`), not before the window is on screen.
        if !library.is_rereading() {
            team.reload(library.store())?;
        }
        let mut search = SearchPane::default();
        search.wants_focus = true;
        let mut state = Self {
            library,
            search,
            modal: Modal::None,
            vetting: None,
            prefs,
            curation: Curation::default(),
            toast: None,
            team,
            draft: DraftCheck::default(),
            paste: crate::paste::PasteBack::unavailable(tr!("paste-off-in-this-window")),
            delivery: None,
            panes: Panes { side: true, detail: true, ..Panes::default() },
            clipboard,
            applied_prefs: None,
            desktop_language,
        };
        state.forget_missing_language();
        state.refresh();
        Ok(state)
    }

    /// A locale language the phrasebook does not have would show nothing: show everything. Only
    /// once the phrasebook is loaded (a large one loads on a worker after the window is up).
    fn forget_missing_language(&mut self) {
        if !self.library.is_rereading()
            && self.prefs.lang.as_ref().is_some_and(|lang| !self.library.languages.contains(lang))
        {
            self.prefs.lang = None;
        }
    }

    /// Re-reads the phrasebook (after an import or an edit elsewhere).
    pub fn reload(&mut self) -> Result<(), StoreError> {
        // Vetting and signatures may have changed with the phrases: read again when next shown.
        self.vetting = None;
        self.library.reload()?;
        self.team.reload(self.library.store())?;
        self.search.invalidate();
        self.refresh();
        Ok(())
    }

    /// Asks for the search box to take focus with its text selected (after a copy, Ctrl+F, a
    /// second launch).
    pub fn focus_search(&mut self) {
        self.search.wants_focus = true;
    }

    /// What outside the search pane narrows the search.
    pub fn scope(&self) -> Scope {
        Scope {
            lang: self.prefs.lang.clone(),
            show_drafts: self.prefs.show_drafts,
            collection: self.team.collection.clone(),
        }
    }

    /// Runs the search if the query or filters changed since the last one.
    pub fn refresh(&mut self) {
        let scope = self.scope();
        self.search.refresh(&self.library.index, &scope);
    }

    /// Like [`AppState::refresh`], with a large phrasebook searched off the UI thread.
    pub fn refresh_for_frame(&mut self, context: &egui::Context) {
        let scope = self.scope();
        self.search.refresh_for_frame(&self.library.index, &scope, context);
        self.refresh_vetting();
    }

    /// Reads the selected phrase's vetting when the selection moved to another phrase: two
    /// lookups by key, once per selection rather than once per frame.
    fn refresh_vetting(&mut self) {
        let selected = self.selected_phrase().map(|phrase| phrase.id.clone());
        if self.vetting.as_ref().map(|(id, _)| id) == selected.as_ref() {
            return;
        }
        self.vetting = selected.map(|id| {
            let vetting = self.library.store().vetting(&id).ok();
            (id, vetting)
        });
    }

    /// The phrase of a result row.
    pub fn phrase_at(&self, row: usize) -> Option<&Phrase> {
        self.search.phrase_at(&self.library.index, row)
    }

    /// The selected phrase.
    pub fn selected_phrase(&self) -> Option<&Phrase> {
        self.phrase_at(self.search.selected)
    }

    /// The title of a situation in `lang`.
    pub fn situation_title(&self, key: &str, lang: &str) -> String {
        self.library.situation_title(key, lang)
    }

    /// The language situation titles are shown in: the phrase filter's, else (all languages
    /// shown) the interface language's.
    pub fn ui_lang(&self) -> &str {
        self.prefs.lang.as_deref().unwrap_or(self.interface_language().code())
    }

    /// The language of the window's own words: the one chosen in Settings, else the desktop's.
    pub fn interface_language(&self) -> crate::i18n::Language {
        self.prefs.interface_language.unwrap_or(self.desktop_language)
    }

    /// The open editor, if it is on top (or waiting under the situation dialog).
    pub fn editor(&self) -> Option<&Editor> {
        match &self.modal {
            Modal::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// The open editor, to change.
    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        match &mut self.modal {
            Modal::Editor(editor) => Some(editor),
            _ => None,
        }
    }

    /// The open fill-in form.
    pub fn fill_form(&self) -> Option<&FillForm> {
        match &self.modal {
            Modal::Fill(form) => Some(form),
            _ => None,
        }
    }

    /// Whether a phrase waits for review (a translation whose original changed).
    pub fn needs_review(&self, phrase_id: &PhraseId) -> bool {
        self.team.queue.needs_review.iter().any(|waiting| &waiting.id == phrase_id)
    }

    /// Sets the egui options that follow the preferences (theme, zoom, window level).
    pub fn apply_prefs(&mut self, context: &egui::Context) {
        if self.applied_prefs.as_ref() == Some(&self.prefs) {
            return;
        }
        context.set_theme(match self.prefs.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        context.set_zoom_factor(self.prefs.zoom.clamp(0.6, 2.5));
        let level = if self.prefs.always_on_top { egui::WindowLevel::AlwaysOnTop } else { egui::WindowLevel::Normal };
        context.send_viewport_cmd(egui::ViewportCommand::WindowLevel(level));
        self.applied_prefs = Some(self.prefs.clone());
    }

    /// Syncs followed folders that changed on disk and shows what the sync did; swaps in the
    /// phrasebook once a re-read on the worker is done.
    pub fn poll_team(&mut self, context: &egui::Context) {
        if !self.team.has_waker() {
            let waker: crate::watch::Waker = {
                let context = context.clone();
                std::sync::Arc::new(move || context.request_repaint())
            };
            self.team.set_waker(std::sync::Arc::clone(&waker));
            self.library.set_waker(waker);
        }
        self.poll_library(context);
        if self.team.poll(self.library.store_mut())
            && let Err(error) = self.reload()
        {
            self.team.notice = Some(tr!("toast-refresh-failed", error = error.explain()));
        }
        if std::mem::take(&mut self.team.subscribed) && matches!(self.modal, Modal::Subscribe) {
            self.close_modal();
        }
        if let Some(notice) = self.team.notice.take() {
            self.say(notice, context);
        }
        if self.team.is_settling() {
            // A change arrived; look again once the writer has had time to finish.
            context.request_repaint_after(crate::watch::SETTLE);
        }
        if let Some(wait) = self.team.next_poll_in() {
            // Followed web addresses are polled on a timer, not on events: wake for it.
            context.request_repaint_after(wait);
        }
    }

    /// Installs a phrasebook re-read on the worker, if one is ready, and searches it.
    pub fn poll_library(&mut self, context: &egui::Context) {
        // The first frame waits a moment for the phrasebook the worker is reading (a stored
        // index loads in tens of milliseconds): the window's first paint, a slow one in software
        // rendering, then shows results rather than an empty list, and the results do not wait
        // for that paint to end.
        let wait = match context.cumulative_frame_nr() {
            0 => FIRST_FRAME_WAITS_AT_MOST,
            _ => std::time::Duration::ZERO,
        };
        match self.library.poll_within(wait) {
            Ok(true) => {
                self.forget_missing_language();
                // The worker sends the review queue after the phrasebook (every draft: the first
                // results should not wait for it); read here only when it will not come.
                if !self.library.queue_pending()
                    && let Err(error) = self.team.reload(self.library.store())
                {
                    self.say(tr!("toast-refresh-failed", error = error.explain()), context);
                }
                self.search.invalidate();
                self.refresh_for_frame(context);
            }
            Ok(false) => {}
            Err(error) => self.say(tr!("toast-refresh-failed", error = error.explain()), context),
        }
        if let Some(queue) = self.library.take_queue()
            && let Err(error) = queue.and_then(|queue| self.team.reload_with(self.library.store(), queue))
        {
            self.say(tr!("toast-refresh-failed", error = error.explain()), context);
        }
    }

    /// Lets the status-line message go once it has been read.
    pub fn expire_toast(&mut self, context: &egui::Context) {
        let Some(toast) = &self.toast else { return };
        let age = context.input(|input| input.time) - toast.shown_at;
        let lasts = if toast.undoable { UNDO_SECONDS } else { 4.0 };
        if age > lasts {
            self.toast = None;
        } else {
            context.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    /// Shows a short message in the status line.
    pub fn say(&mut self, message: impl Into<String>, context: &egui::Context) {
        let shown_at = context.input(|input| input.time);
        self.toast = Some(Toast { message: message.into(), shown_at, undoable: false });
    }

    /// Carries out one action.
    pub fn apply(&mut self, action: Action, context: &egui::Context) {
        match action {
            Action::Run(command) => self.run(command, context),
            Action::CopyRow(row) => {
                if let Some(id) = self.phrase_at(row).map(|phrase| phrase.id.clone()) {
                    self.search.selected = row;
                    self.copy_or_fill(&id, context);
                }
            }
            Action::CopyPhrase(id) => self.copy_or_fill(&id, context),
            Action::CopyFilled { anyway } => self.copy_filled(anyway, context),
            Action::SetFillDate { name, date } => {
                if let Modal::Fill(form) = &mut self.modal {
                    form.set_date(&name, date);
                }
            }
            Action::CloseModal => self.close_modal(),
            Action::Select(row) => self.search.select(row),
            Action::ToggleFavorite(id) => self.toggle_favourite(&id, context),
            Action::FilterSituation(key) => self.search.situation = key,
            Action::FilterLang(lang) => self.prefs.lang = lang,
            Action::FilterTag(tag) => self.search.tag = tag,
            Action::ShowView(View::Trash) => self.show_trash(context),
            Action::ShowView(view) => self.search.view = view,
            Action::ShowDrafts(show) => self.prefs.show_drafts = show,
            Action::SetCompact(compact) => self.set_compact(compact, context),
            Action::SetAlwaysOnTop(on_top) => self.prefs.always_on_top = on_top,
            Action::SetTheme(theme) => self.prefs.theme = theme,
            Action::SetProfile(line, value) => self.prefs.set_profile(line, value),
            Action::SetZoom(zoom) => self.prefs.zoom = zoom,
            Action::SetDefaultLang(lang) => self.prefs.default_lang = lang,
            Action::SetInterfaceLanguage(language) => {
                self.prefs.interface_language = Some(language);
                crate::i18n::set_language(language);
            }
            Action::SetGlobalShortcut(shortcut) => self.prefs.global_shortcut = shortcut,
            Action::SetPaste(paste) => self.prefs.paste = paste,
            Action::Deliver(choice) => self.delivery = Some(choice),
            Action::Curate(curate) => self.curate(curate, context),
            Action::Team(action) => self.apply_team(action, context),
            Action::Draft(action) => self.apply_draft(action, context),
        }
    }

    /// Closes whatever is on top; the situation dialog returns to the editor it was opened from.
    fn close_modal(&mut self) {
        self.delivery = None;
        self.modal = match std::mem::take(&mut self.modal) {
            Modal::Situation(_) => match self.curation.editor_beneath.take() {
                Some(editor) => Modal::Editor(editor),
                None => Modal::None,
            },
            _ => Modal::None,
        };
        if self.modal.is_none() {
            self.focus_search();
        }
    }

    /// Opens `modal`, or closes it when the same kind is open already.
    fn toggle_modal(&mut self, modal: Modal) {
        if std::mem::discriminant(&self.modal) == std::mem::discriminant(&modal) {
            self.close_modal();
        } else {
            self.modal = modal;
        }
    }

    /// Carries out a command from the keyboard, a menu or a button.
    pub fn run(&mut self, command: Command, context: &egui::Context) {
        let selected = self.selected_phrase().map(|phrase| phrase.id.clone());
        match command {
            Command::CopySelected => self.apply(Action::CopyRow(self.search.selected), context),
            Command::CopyOther => {
                self.delivery = Some(self.prefs.paste.enter.other());
                self.apply(Action::CopyRow(self.search.selected), context);
            }
            Command::CopyRow(row) => self.apply(Action::CopyRow(row), context),
            Command::SelectNext => self.search.select(self.search.selected + 1),
            Command::SelectPrevious => self.search.select(self.search.selected.saturating_sub(1)),
            Command::Escape => {
                if self.search.query.is_empty() {
                    context.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
                } else {
                    self.search.query.clear();
                }
                self.focus_search();
            }
            Command::FocusSearch => self.focus_search(),
            Command::ToggleFavourite => {
                if let Some(id) = selected {
                    self.toggle_favourite(&id, context);
                }
            }
            Command::OtherLanguages => {
                if self.search.elsewhere > 0 {
                    self.search.every_language = true;
                }
            }
            Command::NewPhrase => self.curate(Curate::NewPhrase, context),
            Command::EditPhrase => self.curate(Curate::EditSelected, context),
            Command::DuplicatePhrase => self.curate(Curate::DuplicateSelected, context),
            Command::DeletePhrase => {
                if let Some(id) = selected {
                    self.curate(Curate::Delete(id), context);
                }
            }
            Command::Undo => self.curate(Curate::Undo, context),
            Command::LargeType => {
                if selected.is_some() {
                    self.toggle_modal(Modal::LargeType);
                }
            }
            Command::Compact => self.set_compact(!self.prefs.compact, context),
            Command::SidePanel => {
                let shown = self.panes.side;
                self.prefs.side_panel = !shown;
                self.panes.side_forced = !shown;
            }
            Command::DetailPane => {
                let shown = self.panes.detail;
                self.prefs.detail_pane = !shown;
                self.panes.detail_forced = !shown;
            }
            Command::AlwaysOnTop => self.prefs.always_on_top = !self.prefs.always_on_top,
            Command::Settings => self.toggle_modal(Modal::Settings),
            Command::Help => self.toggle_modal(Modal::Help),
            Command::About => self.toggle_modal(Modal::About),
            Command::CheckDraft => self.apply_draft(DraftAction::Toggle, context),
            Command::NextFinding => self.apply_draft(DraftAction::StepFinding(true), context),
            Command::PreviousFinding => self.apply_draft(DraftAction::StepFinding(false), context),
            Command::PickAlternative(alternative) => {
                if let Some(finding) = self.draft.selected {
                    self.apply_draft(DraftAction::Replace { finding, alternative }, context);
                }
            }
            Command::PasteAndCheck => self.apply_draft(DraftAction::PasteAndCheck, context),
            Command::CopyRevised => self.apply_draft(DraftAction::CopyRevised, context),
            Command::CopyAnyway => self.copy_filled(true, context),
            Command::SavePhrase => self.curate(Curate::Save, context),
            Command::AllPhrases => {
                self.draft.open = false;
                self.search.view = View::All;
            }
            Command::Trash => self.show_trash(context),
            Command::Review => self.toggle_modal(Modal::Review),
            Command::Import => self.curate(Curate::OpenImport, context),
            Command::Export => self.curate(Curate::OpenExport, context),
            Command::Subscribe => self.apply_team(TeamAction::ToggleSubscribe, context),
            Command::Quit => context.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Compact mode shrinks the window to a strip beside the call, and gives the old size back.
    fn set_compact(&mut self, compact: bool, context: &egui::Context) {
        if compact == self.prefs.compact {
            return;
        }
        self.prefs.compact = compact;
        let inner = context.input(|input| input.viewport().inner_rect);
        if compact {
            if let Some(inner) = inner
                && inner.width() > COMPACT_WIDTH
            {
                self.panes.size_before_compact = Some(inner.size());
                let size = egui::vec2(COMPACT_WIDTH, inner.height());
                context.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            }
        } else if let Some(size) = self.panes.size_before_compact.take() {
            context.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
        }
    }

    fn toggle_favourite(&mut self, id: &PhraseId, context: &egui::Context) {
        let favorite = self.library.phrase(id).is_some_and(|phrase| !phrase.usage.favorite);
        match self.library.store_mut().set_favorite(id, favorite) {
            Ok(()) => {
                std::sync::Arc::make_mut(&mut self.library.index).set_favorite(id, favorite, now());
                self.say(if favorite { tr!("toast-favourite-added") } else { tr!("toast-favourite-removed") }, context);
            }
            Err(error) => self.say(error.explain(), context),
        }
    }

    fn apply_team(&mut self, action: TeamAction, context: &egui::Context) {
        match action {
            TeamAction::ToggleReview => self.toggle_modal(Modal::Review),
            TeamAction::ToggleSubscribe => {
                self.team.subscribe_focus = true;
                self.team.subscribe_error = None;
                self.toggle_modal(Modal::Subscribe);
            }
            action => {
                let agent = self.prefs.agent_name.clone();
                match self.team.apply(action, self.library.store_mut(), &agent, context) {
                    Ok(changed) => {
                        if changed && let Err(error) = self.reload() {
                            self.say(tr!("toast-refresh-failed", error = error.explain()), context);
                        }
                        self.search.invalidate();
                    }
                    Err(error) => self.say(error, context),
                }
            }
        }
    }

    /// Copies a plain phrase at once; a phrase with blanks opens the fill-in form first.
    fn copy_or_fill(&mut self, id: &PhraseId, context: &egui::Context) {
        let Some(phrase) = self.library.phrase(id).cloned() else {
            return;
        };
        let template = Template::parse(&phrase.content.text).ok().filter(Template::has_placeholders);
        let Some(template) = template else {
            self.finish_copy(id, &phrase.content.text, None, context);
            return;
        };
        let today = chrono::Local::now().date_naive();
        let mut form = FillForm::new(id.clone(), template, phrase.content.lang.as_str(), &self.prefs, today);
        form.needs_review = self.needs_review(id);
        // The form's own Enter or button decides how its copy finishes.
        self.delivery = None;
        self.modal = Modal::Fill(form);
    }

    /// Copies the open form; with an empty blank the copy waits (the field is marked) unless the
    /// agent copies anyway.
    fn copy_filled(&mut self, anyway: bool, context: &egui::Context) {
        let Modal::Fill(form) = &mut self.modal else { return };
        if !anyway && !form.empty_blanks().is_empty() {
            form.mark_empty();
            let count = form.empty_blanks().len();
            let keys = Command::CopyAnyway.shortcut_text(context);
            let message = tr!("toast-blanks-empty", count = count, keys = keys);
            self.say(message, context);
            return;
        }
        let Modal::Fill(form) = std::mem::take(&mut self.modal) else { return };
        let (plain, html) = form.render();
        self.finish_copy(&form.phrase_id, &plain, Some(&html), context);
    }

    fn finish_copy(&mut self, id: &PhraseId, plain: &str, html: Option<&str>, context: &egui::Context) {
        let previous = self.clipboard_before_copy();
        match self.clipboard.copy(plain, html) {
            Ok(()) => {
                let at = now();
                let counted = self.library.store_mut().record_copy(id, at);
                let message = match counted {
                    Err(error) => tr!("toast-copied-not-counted", error = error.explain()),
                    Ok(()) if self.needs_review(id) => tr!("toast-copied-needs-review"),
                    Ok(()) => tr!("toast-copied"),
                };
                let message = self.after_copy(plain, previous, message, context);
                self.say(message, context);
                // The index learns of the copy for the next search; the list on screen keeps its
                // order so the row numbers the agent is using stay true.
                std::sync::Arc::make_mut(&mut self.library.index).record_copy(id, at);
            }
            Err(error) => {
                self.delivery = None;
                self.say(error.to_string(), context);
            }
        }
        self.focus_search();
    }
}
