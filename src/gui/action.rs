//! What a view can ask of the window. Views draw from the state and return these; the app applies
//! them after the frame is drawn. A leaf: it names phrases, views and commands, and imports no
//! state, so every file in `gui/` may use it without an arrow pointing back up.

use crate::model::{PhraseId, Status};

use super::command::Command;
use super::prefs::{Profile, ThemeChoice};
use super::team::TeamAction;

/// Everything the agent can ask of the window.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A command from the keyboard, a menu or a button (see [`Command`]).
    Run(Command),
    /// Copy the result at this row (opening the fill-in form for phrases with blanks).
    CopyRow(usize),
    /// Copy a phrase by id (translations in the detail pane).
    CopyPhrase(PhraseId),
    /// Copy the filled-in template of the open form. With `anyway` false an empty blank holds the
    /// copy back and marks the field; `true` is the agent's explicit "copy anyway".
    CopyFilled {
        /// Copy even though a blank is empty.
        anyway: bool,
    },
    /// Set the date of a date blank in the open form (from the date picker).
    SetFillDate {
        /// The blank's name.
        name: String,
        /// The chosen day.
        date: chrono::NaiveDate,
    },
    /// Close whatever sits on top of the window (form, dialog, overlay).
    CloseModal,
    /// Select a result row.
    Select(usize),
    /// Mark or unmark a phrase as a favourite.
    ToggleFavorite(PhraseId),
    /// Show one situation only (`None`: all).
    FilterSituation(Option<String>),
    /// Show one language only (`None`: all).
    FilterLang(Option<String>),
    /// Show one tag only (`None`: all).
    FilterTag(Option<String>),
    /// Switch between all phrases, favourites, recent and the trash.
    ShowView(View),
    /// Include drafts or not.
    ShowDrafts(bool),
    /// Compact strip mode on or off.
    SetCompact(bool),
    /// Always-on-top on or off.
    SetAlwaysOnTop(bool),
    /// Change the theme.
    SetTheme(ThemeChoice),
    /// Change one line of the agent's profile (fills `{agent_name}`, `{company}`…).
    SetProfile(Profile, String),
    /// Change the text size.
    SetZoom(f32),
    /// Change the language new phrases start in (`None`: the shown language).
    SetDefaultLang(Option<String>),
    /// Change the language of the window's own words.
    SetInterfaceLanguage(crate::i18n::Language),
    /// Turn the global shortcut on (with its keys) or off.
    SetGlobalShortcut(Option<String>),
    /// Change what Enter does, the paste keystroke, restoring the clipboard.
    SetPaste(super::paste_back::PastePrefs),
    /// The next copy finishes this way (Enter, Shift+Enter, a Paste button) rather than copying.
    Deliver(super::paste_back::EnterAction),
    /// Add, edit, delete, restore, import or export (see [`Curate`]).
    Curate(Curate),
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

/// What a person curating the phrasebook can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Curate {
    /// Open the editor on a new, empty phrase.
    NewPhrase,
    /// Open the editor on the selected phrase.
    EditSelected,
    /// Open the editor on a copy of the selected phrase.
    DuplicateSelected,
    /// Save the open editor.
    Save,
    /// Esc in the editor: close it, asking first when something is unsaved.
    Cancel,
    /// Close the editor and drop what was typed.
    Discard,
    /// Answer "keep editing" to the discard question.
    KeepEditing,
    /// Make an existing phrase a translation of the one in the editor.
    LinkTranslation(PhraseId),
    /// Move a phrase to the trash.
    Delete(PhraseId),
    /// Bring back the phrases the last deletes removed, most recent first.
    Undo,
    /// Bring a phrase back from the trash.
    Restore(PhraseId),
    /// Delete a phrase in the trash for good.
    Purge(PhraseId),
    /// Change a phrase's review status.
    SetStatus(PhraseId, Status),
    /// Open the import dialog (and the native file dialog).
    OpenImport,
    /// Choose the import file with the native dialog.
    BrowseImport,
    /// Read the file in the import dialog and show what importing it would do.
    PreviewImport,
    /// Import the previewed file.
    ApplyImport,
    /// Open the export dialog.
    OpenExport,
    /// Choose the export file with the native dialog.
    BrowseExport,
    /// Write the export.
    Export,
    /// Open the situation dialog; `Some(key)` renames that one, `None` adds one.
    OpenSituation(Option<String>),
    /// Save the situation dialog.
    SaveSituation,
}

/// What the agent can do in the "Check a draft" view.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftAction {
    /// Open the view, or close it and return to search.
    Toggle,
    /// Replace the draft with what the desktop clipboard holds, and check it.
    PasteAndCheck,
    /// Check in this language (`None`: detect it).
    SetLang(Option<String>),
    /// Show the alternatives of this finding.
    SelectFinding(usize),
    /// Move to the next (`true`) or previous finding.
    StepFinding(bool),
    /// Replace the passage of a finding with one of its alternatives (templates open a form first).
    Replace {
        /// Which finding.
        finding: usize,
        /// Which of its alternatives.
        alternative: usize,
    },
    /// Put the filled-in template into the draft.
    InsertFilled,
    /// Close the template form without changing the draft.
    CancelFill,
    /// Copy the whole draft as it reads now.
    CopyRevised,
}
