//! The "Check a draft" view's state and the actions that change it: the draft being written, its
//! latest check (re-run ~150 ms after the last keystroke, not on every one), the finding being
//! looked at, and the fill-in form of a template chosen as a replacement. Drawing lives in
//! `views/draft_check.rs`; this file never draws.

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Weak};
use std::time::Duration;

use crate::check::{Checker, Report};
use crate::search::SearchIndex;
use crate::template::Template;

use super::super::action::DraftAction;
use super::AppState;
use super::modal::FillForm;

/// How long the draft must rest after a keystroke before it is checked again.
pub const DEBOUNCE: Duration = Duration::from_millis(150);
/// How often the window looks whether a checker built in the background is ready.
const POLL: Duration = Duration::from_millis(50);
/// Phrasebooks up to this many phrases get their checker built inline (the built-in 628 take
/// about 17 ms, once); larger ones would hold up frames, so a worker builds theirs.
const INLINE_LIMIT: usize = 2_000;

/// A template alternative being filled in before it goes into the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftFill {
    /// The passage it replaces, in characters of the draft.
    pub range: std::ops::Range<usize>,
    /// The same form as copying a template from the results.
    pub form: FillForm,
}

/// Everything the "Check a draft" view shows.
pub struct DraftCheck {
    /// Whether the view replaces the search.
    pub open: bool,
    /// The draft as typed.
    pub text: String,
    /// The language chosen by the agent; `None` detects it.
    pub lang: Option<String>,
    /// The latest check, of the text and language it was made for (kept beside it, private).
    pub report: Option<Report>,
    /// The finding whose alternatives are shown.
    pub selected: Option<usize>,
    /// The open template form.
    pub fill: Option<DraftFill>,
    /// Focus the editor on the next frame.
    pub focus_editor: bool,
    /// Where the editor's caret was last frame, in characters (`None`: no caret, or a selection).
    pub caret: Option<usize>,
    /// Ask the desktop for its clipboard once the editor has focus ("Paste and check").
    pub paste_pending: bool,
    /// What the report is about: the text and the language override it was checked with.
    checked: Option<(String, Option<String>)>,
    /// When the text last changed (egui time, seconds).
    edited_at: f64,
    /// The checker, with the index it was built from (rebuilt when the phrasebook changes).
    checker: Option<(Weak<SearchIndex>, Checker)>,
    /// A checker being built on a worker thread, for the index it is built from.
    building: Option<(Weak<SearchIndex>, Receiver<Checker>)>,
    /// [`INLINE_LIMIT`], lowered by tests.
    inline_limit: usize,
}

impl Default for DraftCheck {
    fn default() -> Self {
        Self {
            open: false,
            text: String::new(),
            lang: None,
            report: None,
            selected: None,
            fill: None,
            focus_editor: false,
            caret: None,
            paste_pending: false,
            checked: None,
            edited_at: 0.0,
            checker: None,
            building: None,
            inline_limit: INLINE_LIMIT,
        }
    }
}

impl std::fmt::Debug for DraftCheck {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("DraftCheck")
            .field("open", &self.open)
            .field("text", &self.text)
            .field("report", &self.report)
            .finish_non_exhaustive()
    }
}

impl DraftCheck {
    /// Notes that the text changed at `now`, which restarts the wait before the next check.
    pub fn touched(&mut self, now: f64) {
        self.edited_at = now;
    }

    /// Whether the report describes the text and language as they are now.
    pub fn is_fresh(&self) -> bool {
        self.checked.as_ref().is_some_and(|(text, lang)| text == &self.text && lang == &self.lang)
    }

    /// Re-checks the draft once it has rested for a short pause; returns how long to wait when it
    /// has not yet.
    pub fn refresh(&mut self, index: &Arc<SearchIndex>, now: f64) -> Option<Duration> {
        if self.is_fresh() {
            return None;
        }
        let rested = Duration::from_secs_f64((now - self.edited_at).max(0.0));
        // A language change or the first check need not wait for typing to stop.
        let typing = self.checked.as_ref().is_some_and(|(_, lang)| lang == &self.lang);
        if typing && rested < DEBOUNCE {
            return Some(DEBOUNCE - rested);
        }
        self.check_now(index);
        // A large phrasebook's checker may still be on its way.
        (!self.is_fresh()).then_some(POLL)
    }

    /// Whether the checker matches `index`, building it if not: inline for a phrasebook of
    /// ordinary size, on a worker thread (answering `false` until it is done) for a large one.
    fn checker_ready(&mut self, index: &Arc<SearchIndex>) -> bool {
        let current = Arc::downgrade(index);
        if self.checker.as_ref().is_some_and(|(built_for, _)| Weak::ptr_eq(built_for, &current)) {
            return true;
        }
        if index.len() <= self.inline_limit {
            self.checker = Some((current, Checker::new(index)));
            return true;
        }
        if let Some((built_for, receiver)) = &self.building
            && Weak::ptr_eq(built_for, &current)
        {
            match receiver.try_recv() {
                Ok(checker) => {
                    self.building = None;
                    self.checker = Some((current, checker));
                    return true;
                }
                Err(TryRecvError::Empty) => return false,
                // The worker died (it cannot panic on a valid index, but if it did): start again.
                Err(TryRecvError::Disconnected) => {}
            }
        }
        let (sender, receiver) = channel();
        let snapshot = Arc::clone(index);
        std::thread::spawn(move || {
            // The window may have closed meanwhile; then nobody wants the checker.
            let _ = sender.send(Checker::new(&snapshot));
        });
        self.building = Some((current, receiver));
        false
    }

    /// Checks the draft at once (or as soon as a large phrasebook's checker is built).
    pub fn check_now(&mut self, index: &Arc<SearchIndex>) {
        if !self.checker_ready(index) {
            return;
        }
        let Some((_, checker)) = &self.checker else { return };
        let report = checker.check(index, &self.text, self.lang.as_deref());
        if self.report.as_ref().is_none_or(|old| old.findings != report.findings) {
            self.selected = None;
        }
        // Keep the agent's place: select the only finding when there is just one.
        if report.findings.len() == 1 {
            self.selected = Some(0);
        }
        self.report = Some(report);
        self.checked = Some((self.text.clone(), self.lang.clone()));
    }

    /// Selects the next (or previous) finding, wrapping around.
    pub fn step(&mut self, forward: bool) {
        let count = self.report.as_ref().map_or(0, |report| report.findings.len());
        if count == 0 {
            return;
        }
        self.fill = None;
        self.selected = Some(match (self.selected, forward) {
            (None, true) => 0,
            (None, false) => count - 1,
            (Some(current), true) => (current + 1) % count,
            (Some(current), false) => (current + count - 1) % count,
        });
    }

    /// Replaces the characters in `range` with `replacement`, fitted to the sentence it lands in
    /// (see [`crate::check::revise`]).
    fn replace(&mut self, range: std::ops::Range<usize>, replacement: &str) {
        self.text = crate::check::revise::revise(&self.text, range, replacement);
        self.fill = None;
        self.selected = None;
    }
}

impl AppState {
    /// Carries out one action of the "Check a draft" view.
    pub(super) fn apply_draft(&mut self, action: DraftAction, context: &egui::Context) {
        match action {
            DraftAction::Toggle => {
                self.draft.open = !self.draft.open;
                self.draft.fill = None;
                if self.draft.open {
                    self.draft.focus_editor = true;
                    self.search.view = super::super::action::View::All;
                } else {
                    self.focus_search();
                }
            }
            DraftAction::PasteAndCheck => {
                self.draft.open = true;
                self.draft.fill = None;
                self.draft.text.clear();
                self.draft.focus_editor = true;
                self.draft.paste_pending = true;
            }
            DraftAction::SetLang(lang) => self.draft.lang = lang,
            DraftAction::SelectFinding(finding) => {
                self.draft.selected = Some(finding);
                self.draft.fill = None;
            }
            DraftAction::StepFinding(forward) => self.draft.step(forward),
            DraftAction::Replace { finding, alternative } => {
                self.replace_with_alternative(finding, alternative, context)
            }
            DraftAction::InsertFilled => {
                if let Some(DraftFill { range, form }) = self.draft.fill.take() {
                    let text = form.template.render_plain(&form.values());
                    self.draft.replace(range, &text);
                    self.draft.check_now(&self.library.index);
                    self.draft.focus_editor = true;
                }
            }
            DraftAction::CancelFill => self.draft.fill = None,
            DraftAction::CopyRevised => {
                let revised = self.draft.text.clone();
                let html = crate::template::plain_to_html(&revised);
                match self.clipboard.copy(&revised, Some(&html)) {
                    Ok(()) => self.say(tr!("toast-copied-revised"), context),
                    Err(error) => self.say(error.to_string(), context),
                }
            }
        }
    }

    /// Puts an alternative in place of a finding's passage; a template opens its form first,
    /// with only the agent's profile and today's date filled in.
    fn replace_with_alternative(&mut self, finding: usize, alternative: usize, context: &egui::Context) {
        if !self.draft.is_fresh() {
            self.draft.check_now(&self.library.index);
            self.say(tr!("toast-draft-changed"), context);
            return;
        }
        let Some(found) = self.draft.report.as_ref().and_then(|report| report.findings.get(finding)) else { return };
        let Some(chosen) = found.alternatives.get(alternative) else { return };
        let range = found.start..found.end;
        let (phrase_id, text) = (chosen.id.clone(), chosen.text.clone());
        let template = Template::parse(&text).ok().filter(Template::has_placeholders);
        let Some(template) = template else {
            self.draft.replace(range, &text);
            self.draft.check_now(&self.library.index);
            return;
        };
        let lang = self.draft.report.as_ref().map_or("en", |report| report.lang.as_str()).to_owned();
        let today = chrono::Local::now().date_naive();
        let form = FillForm::new(phrase_id, template, &lang, &self.prefs, today);
        self.draft.fill = Some(DraftFill { range, form });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Seed, Store};

    fn builtin_index() -> Arc<SearchIndex> {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let phrases = store.phrases().expect("reads");
        Arc::new(SearchIndex::build(phrases, &store.situations().expect("reads"), crate::model::now()))
    }

    #[test]
    fn typing_is_checked_only_once_the_draft_rests() {
        let index = builtin_index();
        let mut draft = DraftCheck { text: "Hello".into(), ..DraftCheck::default() };
        assert_eq!(draft.refresh(&index, 0.0), None, "the first check does not wait");
        draft.text.push_str(", that's not my department.");
        draft.touched(1.0);
        let wait = draft.refresh(&index, 1.05).expect("still typing");
        assert!(wait <= DEBOUNCE && !draft.is_fresh());
        assert!(draft.report.as_ref().is_some_and(|report| report.findings.is_empty()));
        assert_eq!(draft.refresh(&index, 1.2), None);
        assert!(draft.is_fresh());
        assert_eq!(draft.report.as_ref().map(|report| report.findings.len()), Some(1));
    }

    #[test]
    fn a_large_phrasebooks_checker_is_built_in_the_background_and_then_used() {
        let index = builtin_index();
        let mut draft =
            DraftCheck { text: "That's not my department.".into(), inline_limit: 0, ..DraftCheck::default() };
        assert_eq!(draft.refresh(&index, 0.0), Some(POLL), "not ready in the first frame");
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while draft.refresh(&index, 1.0).is_some() {
            assert!(std::time::Instant::now() < deadline, "the worker never answered");
            std::thread::sleep(POLL);
        }
        assert!(draft.is_fresh());
        assert_eq!(draft.report.as_ref().map(|report| report.findings.len()), Some(1));
    }

    #[test]
    fn replacing_a_passage_before_a_full_stop_keeps_one_stop() {
        let mut draft = DraftCheck { text: "Well — no. Bye".into(), ..DraftCheck::default() };
        draft.replace(7..9, "Let me see what I can do.");
        assert_eq!(draft.text, "Well — let me see what I can do. Bye");
    }

    #[test]
    fn replacing_uses_character_offsets_not_bytes() {
        let mut draft = DraftCheck { text: "Ärgerlich: du irrst dich, klar".into(), ..DraftCheck::default() };
        draft.replace(11..24, "schauen wir nach");
        assert_eq!(draft.text, "Ärgerlich: schauen wir nach, klar");
    }

    #[test]
    fn replacing_a_passage_before_a_comma_drops_the_phrases_full_stop() {
        let mut draft = DraftCheck { text: "Hi, not my job, call them.".into(), ..DraftCheck::default() };
        draft.replace(4..14, "I'll sort it.");
        assert_eq!(draft.text, "Hi, I'll sort it, call them.");
    }
}
