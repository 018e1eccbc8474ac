//! The window's state and the actions that change it. Views read the state and return
//! [`Action`]s; [`AppState::apply`] carries them out after the frame is drawn, so no view writes
//! to the database directly.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::clipboard::Clipboard;
use crate::model::{Phrase, PhraseId, Situation, Status, now};
use crate::search::{Filters, Hit, SearchIndex, Searcher};
use crate::store::{Store, StoreError};
use crate::template::{Template, format_date};

use super::background::{BACKGROUND_THRESHOLD, BackgroundSearch};
use super::curate::{Curate, Curation, UNDO_SECONDS};
use super::draft::{DraftAction, DraftCheck};
use super::editor::Editor;
use super::paste_back::{EnterAction, PastePrefs};
use super::prefs::{Prefs, ThemeChoice};
use super::team::{TeamAction, TeamState};
use super::views;

/// How many results the list shows.
const RESULT_LIMIT: usize = 50;

/// Everything the agent can ask of the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Copy the result at this row (opening the fill-in form for templates).
    CopyRow(usize),
    /// Copy a phrase by id (translations in the detail pane).
    CopyPhrase(PhraseId),
    /// Copy the filled-in template of the open form.
    CopyFilled,
    /// Close the fill-in form without copying.
    CancelFill,
    /// Select a result row.
    Select(usize),
    /// Mark or unmark the selected phrase as a favourite.
    ToggleFavorite(PhraseId),
    /// Show one situation only (`None`: all).
    FilterSituation(Option<String>),
    /// Show one language only (`None`: all).
    FilterLang(Option<String>),
    /// Show one tag only (`None`: all).
    FilterTag(Option<String>),
    /// Switch between all phrases, favourites and recent.
    ShowView(View),
    /// Include drafts or not.
    ShowDrafts(bool),
    /// Compact strip mode on or off.
    SetCompact(bool),
    /// Always-on-top on or off.
    SetAlwaysOnTop(bool),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change the agent name used for `{agent_name}`.
    SetAgentName(String),
    /// Change the text size.
    SetZoom(f32),
    /// Change the language new phrases start in (`None`: the shown language).
    SetDefaultLang(Option<String>),
    /// Turn the global shortcut on (with its keys) or off.
    SetGlobalShortcut(Option<String>),
    /// Change what Enter does, the paste keystroke, restoring the clipboard.
    SetPaste(PastePrefs),
    /// The next copy finishes this way (Enter, Shift+Enter, a Paste button) rather than copying.
    Deliver(EnterAction),
    /// Open or close an overlay.
    Toggle(Overlay),
    /// Add, edit, delete, restore, import or export (see [`Curate`]).
    Curate(Curate),
    /// Close the window.
    Quit,
    /// Collections, review, subscriptions (see `gui::team`).
    Team(TeamAction),
    /// Something in the "Check a draft" view.
    Draft(DraftAction),
}

/// Which phrases the list draws from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Everything the filters keep.
    #[default]
    All,
    /// Favourites only.
    Favourites,
    /// Copied before, most recent first.
    Recent,
    /// Deleted phrases, to restore or delete for good.
    Trash,
}

/// Windows drawn over the main one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    /// Keyboard shortcuts.
    Help,
    /// The selected phrase in large type, for reading aloud.
    LargeType,
    /// Preferences.
    Settings,
}

/// The fill-in form for a template being copied.
#[derive(Debug, Clone, PartialEq)]
pub struct FillForm {
    /// The phrase being filled.
    pub phrase_id: PhraseId,
    /// Its parsed text.
    pub template: Template,
    /// Field names in order, with their current values.
    pub fields: Vec<(String, String)>,
    /// Focus the first field on the next frame.
    pub focus_first: bool,
}

impl FillForm {
    /// The values as a map for rendering.
    pub fn values(&self) -> HashMap<String, String> {
        self.fields.iter().cloned().collect()
    }
}

/// The state of the window.
pub struct AppState {
    pub(super) store: Store,
    pub(super) clipboard: Box<dyn Clipboard>,
    searcher: Searcher,
    /// The searchable snapshot of the phrasebook (shared with the background search).
    pub index: Arc<SearchIndex>,
    /// Situations with their titles.
    pub situations: Vec<Situation>,
    /// Live phrases per situation key.
    pub situation_counts: BTreeMap<String, usize>,
    /// Languages present, sorted.
    pub languages: Vec<String>,
    /// Tags present, sorted.
    pub tags: Vec<String>,
    /// Persisted preferences.
    pub prefs: Prefs,
    /// What is typed in the search box.
    pub query: String,
    /// Situation filter from the side panel.
    pub situation: Option<String>,
    /// Tag filter from the side panel.
    pub tag: Option<String>,
    /// All, favourites or recent.
    pub view: View,
    /// Current results.
    pub hits: Vec<Hit>,
    /// Selected row.
    pub selected: usize,
    /// The open fill-in form.
    pub fill: Option<FillForm>,
    /// The open editor.
    pub edit: Option<Editor>,
    /// Trash, undo, import, export and situation dialogs.
    pub curation: Curation,
    /// Values typed into fill-in forms this session, by field name.
    pub remembered: HashMap<String, String>,
    /// Open overlays.
    pub help_open: bool,
    /// Large-type view open.
    pub large_type_open: bool,
    /// Settings open.
    pub settings_open: bool,
    /// Short confirmation or error shown at the bottom, with the time it appeared.
    pub toast: Option<(String, f64)>,
    /// Focus the search box on the next frame.
    pub wants_search_focus: bool,
    /// Collections, the review queue, followed folders.
    pub team: TeamState,
    /// The "Check a draft" view.
    pub draft: DraftCheck,
    /// Pasting into the window Tactful was summoned from.
    pub paste: crate::paste::PasteBack,
    /// How the copy under way finishes; `None` copies.
    pub(super) delivery: Option<EnterAction>,
    searched_for: Option<(String, Filters)>,
    applied_prefs: Option<Prefs>,
    background: Option<BackgroundSearch>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("AppState")
            .field("query", &self.query)
            .field("hits", &self.hits.len())
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// Loads the phrasebook from `store` into a window state that copies to `clipboard`.
    pub fn new(store: Store, clipboard: Box<dyn Clipboard>, prefs: Prefs) -> Result<Self, StoreError> {
        let mut state = Self {
            store,
            clipboard,
            searcher: Searcher::new(),
            index: Arc::new(SearchIndex::default()),
            situations: Vec::new(),
            situation_counts: BTreeMap::new(),
            languages: Vec::new(),
            tags: Vec::new(),
            prefs,
            query: String::new(),
            situation: None,
            tag: None,
            view: View::All,
            hits: Vec::new(),
            selected: 0,
            fill: None,
            edit: None,
            curation: Curation::default(),
            remembered: HashMap::new(),
            help_open: false,
            large_type_open: false,
            settings_open: false,
            toast: None,
            wants_search_focus: true,
            team: TeamState::default(),
            draft: DraftCheck::default(),
            paste: crate::paste::PasteBack::unavailable("Pasting into another window is off in this window."),
            delivery: None,
            searched_for: None,
            applied_prefs: None,
            background: None,
        };
        state.team.start(&mut state.store);
        state.reload()?;
        // A locale language the phrasebook does not have would show nothing: show everything.
        if state.prefs.lang.as_ref().is_some_and(|lang| !state.languages.contains(lang)) {
            state.prefs.lang = None;
            state.searched_for = None;
            state.refresh();
        }
        Ok(state)
    }

    /// Re-reads the phrasebook (after an import or an edit elsewhere).
    pub fn reload(&mut self) -> Result<(), StoreError> {
        self.situations = self.store.situations()?;
        self.situation_counts = self.store.situation_counts()?;
        let index = SearchIndex::load(&self.store, now())?;
        let phrases = index.phrases();
        let mut languages: Vec<String> = phrases.iter().map(|phrase| phrase.content.lang.to_string()).collect();
        languages.sort();
        languages.dedup();
        let mut tags: Vec<String> = phrases.iter().flat_map(|phrase| phrase.content.tags.iter().cloned()).collect();
        tags.sort();
        tags.dedup();
        self.languages = languages;
        self.tags = tags;
        self.index = Arc::new(index);
        self.team.reload(&self.store)?;
        self.searched_for = None;
        self.refresh();
        Ok(())
    }

    /// Asks for the search box to take focus (after a copy, or a second launch).
    pub fn focus_search(&mut self) {
        self.wants_search_focus = true;
    }

    /// The filters the side panel and preferences describe.
    pub fn filters(&self) -> Filters {
        Filters {
            lang: self.prefs.lang.clone(),
            situation: self.situation.clone(),
            statuses: Some(if self.prefs.show_drafts {
                vec![Status::Vetted, Status::Draft]
            } else {
                vec![Status::Vetted]
            }),
            tag: self.tag.clone(),
            collection: self.team.collection.clone(),
            favorites_only: self.view == View::Favourites,
            recent_only: self.view == View::Recent,
        }
    }

    /// Runs the search if the query or filters changed since the last one.
    pub fn refresh(&mut self) {
        let filters = self.filters();
        if self.searched_for.as_ref().is_some_and(|(query, searched)| query == &self.query && searched == &filters) {
            return;
        }
        self.hits = self.searcher.search(&self.index, &self.query, &filters, RESULT_LIMIT);
        self.selected = 0;
        self.searched_for = Some((self.query.clone(), filters));
    }

    /// Like [`AppState::refresh`], but a large phrasebook is searched on a worker thread so no
    /// frame waits for it; the previous results stay until the new ones arrive.
    pub fn refresh_for_frame(&mut self, context: &egui::Context) {
        if self.index.len() < BACKGROUND_THRESHOLD {
            self.refresh();
            return;
        }
        let filters = self.filters();
        let background = self.background.get_or_insert_with(|| BackgroundSearch::start(context.clone()));
        if let Some(hits) = background.latest() {
            self.hits = hits;
            self.selected = 0;
        }
        if self.searched_for.as_ref().is_some_and(|(query, searched)| query == &self.query && searched == &filters) {
            return;
        }
        background.request(Arc::clone(&self.index), &self.query, &filters, RESULT_LIMIT);
        self.searched_for = Some((self.query.clone(), filters));
    }

    /// The phrase of a result row.
    pub fn phrase_at(&self, row: usize) -> Option<&Phrase> {
        self.hits.get(row).and_then(|hit| self.index.phrase(hit.position))
    }

    /// The selected phrase.
    pub fn selected_phrase(&self) -> Option<&Phrase> {
        self.phrase_at(self.selected)
    }

    /// The title of a situation in the preferred language.
    pub fn situation_title(&self, key: &str, lang: &str) -> String {
        self.situations
            .iter()
            .find(|situation| situation.key.as_str() == key)
            .map_or(key.to_owned(), |situation| situation.title_in(lang).to_owned())
    }

    /// The language titles are shown in: the filter's, else English.
    pub fn ui_lang(&self) -> &str {
        self.prefs.lang.as_deref().unwrap_or("en")
    }

    /// Live translations of a phrase (same group, other languages).
    pub fn translations(&self, phrase: &Phrase) -> Vec<&Phrase> {
        let Some(group) = &phrase.content.group else {
            return Vec::new();
        };
        let mut siblings: Vec<&Phrase> = self
            .index
            .phrases()
            .iter()
            .filter(|other| {
                other.content.group.as_ref() == Some(group)
                    && other.id != phrase.id
                    && other.content.status != Status::Retired
            })
            .collect();
        siblings.sort_by(|left, right| left.content.lang.cmp(&right.content.lang));
        siblings
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

    /// Draws the window and applies what the agent did.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let context = ui.ctx().clone();
        self.apply_prefs(&context);
        let mut actions = views::keyboard::actions(self, &context);
        actions.extend(views::draw(self, ui));
        for action in actions {
            self.apply(action, &context);
        }
        self.poll_team(&context);
        self.poll_paste(&context);
        self.refresh_for_frame(&context);
        if let Some((_, shown_at)) = &self.toast {
            let age = context.input(|input| input.time) - shown_at;
            let lasts = if self.curation.undo.is_some() { UNDO_SECONDS } else { 2.0 };
            if age > lasts {
                self.toast = None;
                self.curation.undo = None;
            } else {
                context.request_repaint_after(std::time::Duration::from_millis(250));
            }
        }
    }

    /// Syncs followed folders that changed on disk and shows what the sync did.
    fn poll_team(&mut self, context: &egui::Context) {
        if !self.team.has_waker() {
            let context = context.clone();
            self.team.set_waker(std::sync::Arc::new(move || context.request_repaint()));
        }
        if self.team.poll(&mut self.store)
            && let Err(error) = self.reload()
        {
            self.team.notice = Some(format!("The list could not be refreshed: {error}"));
        }
        if let Some(notice) = self.team.notice.take() {
            self.say(notice, context);
        }
        if self.team.is_settling() {
            // A change arrived; look again once the writer has had time to finish.
            context.request_repaint_after(crate::watch::SETTLE);
        }
    }

    /// Shows a short message at the bottom of the window.
    pub fn say(&mut self, message: impl Into<String>, context: &egui::Context) {
        self.curation.undo = None;
        self.toast = Some((message.into(), context.input(|input| input.time)));
    }

    /// Carries out one action.
    pub fn apply(&mut self, action: Action, context: &egui::Context) {
        match action {
            Action::CopyRow(row) => {
                if let Some(id) = self.phrase_at(row).map(|phrase| phrase.id.clone()) {
                    self.selected = row;
                    self.copy_or_fill(&id, context);
                }
            }
            Action::CopyPhrase(id) => self.copy_or_fill(&id, context),
            Action::CopyFilled => {
                if let Some(form) = self.fill.take() {
                    for (name, value) in &form.fields {
                        self.remembered.insert(name.clone(), value.clone());
                    }
                    let values = form.values();
                    let plain = form.template.render_plain(&values);
                    let html = form.template.render_html(&values);
                    self.finish_copy(&form.phrase_id, &plain, Some(&html), context);
                }
            }
            Action::CancelFill => {
                self.fill = None;
                self.delivery = None;
                self.focus_search();
            }
            Action::Select(row) => self.selected = row.min(self.hits.len().saturating_sub(1)),
            Action::ToggleFavorite(id) => {
                let favorite = self
                    .index
                    .position(&id)
                    .and_then(|position| self.index.phrase(position))
                    .is_some_and(|phrase| !phrase.usage.favorite);
                match self.store.set_favorite(&id, favorite) {
                    Ok(()) => {
                        Arc::make_mut(&mut self.index).set_favorite(&id, favorite, now());
                        self.searched_for = None;
                        self.say(if favorite { "Added to favourites" } else { "Removed from favourites" }, context);
                    }
                    Err(error) => self.say(error.to_string(), context),
                }
            }
            Action::FilterSituation(key) => self.situation = key,
            Action::FilterLang(lang) => self.prefs.lang = lang,
            Action::FilterTag(tag) => self.tag = tag,
            Action::ShowView(View::Trash) => self.show_trash(context),
            Action::ShowView(view) => self.view = view,
            Action::ShowDrafts(show) => self.prefs.show_drafts = show,
            Action::SetCompact(compact) => self.prefs.compact = compact,
            Action::SetAlwaysOnTop(on_top) => self.prefs.always_on_top = on_top,
            Action::SetTheme(theme) => self.prefs.theme = theme,
            Action::SetAgentName(name) => self.prefs.agent_name = name,
            Action::SetZoom(zoom) => self.prefs.zoom = zoom,
            Action::SetDefaultLang(lang) => self.prefs.default_lang = lang,
            Action::SetGlobalShortcut(shortcut) => self.prefs.global_shortcut = shortcut,
            Action::SetPaste(paste) => self.prefs.paste = paste,
            Action::Deliver(choice) => self.delivery = Some(choice),
            Action::Toggle(Overlay::Help) => self.help_open = !self.help_open,
            Action::Toggle(Overlay::LargeType) => {
                self.large_type_open = !self.large_type_open && self.selected_phrase().is_some()
            }
            Action::Toggle(Overlay::Settings) => self.settings_open = !self.settings_open,
            Action::Curate(curate) => self.curate(curate, context),
            Action::Quit => context.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Team(action) => match self.team.apply(action, &mut self.store, &self.prefs.agent_name) {
                Ok(true) => {
                    if let Err(error) = self.reload() {
                        self.say(format!("The list could not be refreshed: {error}"), context);
                    }
                }
                Ok(false) => {
                    self.searched_for = None;
                    if !self.team.review_open && !self.team.subscribe_open {
                        self.focus_search();
                    }
                }
                Err(error) => self.say(error, context),
            },
            Action::Draft(action) => self.apply_draft(action, context),
        }
    }

    /// A template's fields with what is known already: the agent's name, today's date in `lang`,
    /// and values typed earlier this session.
    pub(super) fn prefilled_fields(&self, template: &Template, lang: &str) -> Vec<(String, String)> {
        let today = format_date(chrono::Local::now().date_naive(), lang);
        template
            .placeholders()
            .into_iter()
            .map(|name| {
                let value = match name {
                    "agent_name" if !self.prefs.agent_name.is_empty() => self.prefs.agent_name.clone(),
                    _ => self
                        .remembered
                        .get(name)
                        .cloned()
                        .unwrap_or_else(|| if name == "date" { today.clone() } else { String::new() }),
                };
                (name.to_owned(), value)
            })
            .collect()
    }

    /// Copies a plain phrase at once; a template opens the fill-in form first.
    fn copy_or_fill(&mut self, id: &PhraseId, context: &egui::Context) {
        let Some(phrase) = self.index.position(id).and_then(|position| self.index.phrase(position)).cloned() else {
            return;
        };
        let template = match Template::parse(&phrase.content.text) {
            Ok(template) => template,
            Err(_) => {
                self.finish_copy(id, &phrase.content.text, None, context);
                return;
            }
        };
        if !template.has_placeholders() {
            self.finish_copy(id, &phrase.content.text, None, context);
            return;
        }
        let fields = self.prefilled_fields(&template, phrase.content.lang.as_str());
        // The form's own Enter or button decides how its copy finishes.
        self.delivery = None;
        self.fill = Some(FillForm { phrase_id: id.clone(), template, fields, focus_first: true });
    }

    fn finish_copy(&mut self, id: &PhraseId, plain: &str, html: Option<&str>, context: &egui::Context) {
        let previous = self.clipboard_before_copy();
        match self.clipboard.copy(plain, html) {
            Ok(()) => {
                let at = now();
                let copied = match self.store.record_copy(id, at) {
                    Err(error) => format!("Copied, but the copy was not counted: {error}"),
                    Ok(()) => "Copied".to_owned(),
                };
                let message = self.after_copy(plain, previous, copied, context);
                self.say(message, context);
                Arc::make_mut(&mut self.index).record_copy(id, at);
                self.searched_for = None;
            }
            Err(error) => {
                self.delivery = None;
                self.say(error.to_string(), context);
            }
        }
        self.focus_search();
    }
}
