//! Curating from the window: the actions that add, edit, duplicate, delete, restore, group and
//! import phrases, and how [`AppState`] carries them out. Every change is one store call (one
//! transaction); afterwards the search index is rebuilt so search sees the change at once.

use crate::model::{Lang, Phrase, PhraseId, SituationKey, Status};
use crate::store::{PhraseEdit, StoreError};

use super::app::{AppState, View};
use super::editor::{EditTarget, Editor};
use super::transfer::{ExportDialog, FileChooser, ImportDialog, TypedPathOnly};

/// How long the "Deleted … Undo" toast stays, in seconds.
pub const UNDO_SECONDS: f64 = 8.0;

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
    /// Bring back the phrase the last delete removed.
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
    /// Close whichever curation dialog is open (import, export, situation).
    CloseDialog,
}

/// The situation dialog: add one, or set its title in a language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SituationForm {
    /// The key; for a new situation, typed (derived from the title when left empty).
    pub key: String,
    /// Whether the situation exists already.
    pub existing: bool,
    /// The language of the title.
    pub lang: String,
    /// The title in that language.
    pub title: String,
    /// One line on what it is about.
    pub description: String,
    /// Why the last save was refused.
    pub error: Option<String>,
}

/// The curation part of the window state.
pub struct Curation {
    /// Phrases in the trash, most recently deleted first (read when the trash is shown).
    pub trash: Vec<Phrase>,
    /// The phrase the last delete removed, while its Undo is offered.
    pub undo: Option<PhraseId>,
    /// The open import dialog.
    pub import: Option<ImportDialog>,
    /// The open export dialog.
    pub export: Option<ExportDialog>,
    /// The open situation dialog.
    pub situation: Option<SituationForm>,
    /// How files are chosen: the native dialog in the window, typed paths in tests.
    pub files: Box<dyn FileChooser>,
}

impl Default for Curation {
    fn default() -> Self {
        Self {
            trash: Vec::new(),
            undo: None,
            import: None,
            export: None,
            situation: None,
            files: Box::new(TypedPathOnly),
        }
    }
}

impl Curation {
    /// Whether a curation dialog is open over the window.
    pub fn dialog_open(&self) -> bool {
        self.import.is_some() || self.export.is_some() || self.situation.is_some()
    }
}

/// A situation key from a title: lowercase letters and digits, words joined by '-'.
fn key_from_title(title: &str) -> String {
    let mut key = String::new();
    for character in crate::search::fold::fold(title).chars() {
        if character.is_ascii_alphanumeric() {
            key.push(character.to_ascii_lowercase());
        } else if !key.is_empty() && !key.ends_with('-') {
            key.push('-');
        }
    }
    key.trim_end_matches('-').chars().take(64).collect()
}

impl AppState {
    /// The language new phrases start in: the settings' default, else the filter's, else English.
    fn new_phrase_lang(&self) -> String {
        self.prefs.default_lang.clone().or_else(|| self.prefs.lang.clone()).unwrap_or_else(|| "en".to_owned())
    }

    /// Re-reads the phrasebook after a change; a failure is shown, never a panic.
    pub(super) fn after_change(&mut self, message: &str, context: &egui::Context) {
        let trash = self.store.trash();
        match (self.reload(), trash) {
            (Ok(()), Ok(trash)) => {
                self.curation.trash = trash;
                self.say(message, context);
            }
            (Err(error), _) | (_, Err(error)) => {
                self.say(format!("{message}, but the list could not be refreshed: {error}"), context)
            }
        }
    }

    fn select_phrase(&mut self, phrase_id: &PhraseId) {
        if let Some(row) = self.hits.iter().position(|hit| &hit.id == phrase_id) {
            self.selected = row;
        }
    }

    fn indexed(&self, phrase_id: &PhraseId) -> Option<&Phrase> {
        self.index.position(phrase_id).and_then(|position| self.index.phrase(position))
    }

    /// Carries out one curation action.
    pub fn curate(&mut self, action: Curate, context: &egui::Context) {
        match action {
            Curate::NewPhrase => {
                let lang = self.new_phrase_lang();
                self.edit =
                    Some(Editor::new_phrase(&lang, self.situation.as_deref(), crate::model::PERSONAL_COLLECTION));
            }
            Curate::EditSelected => {
                if let Some(phrase) = self.selected_phrase() {
                    self.edit = Some(Editor::edit(phrase, &self.translations(phrase)));
                }
            }
            Curate::DuplicateSelected => {
                if let Some(phrase) = self.selected_phrase() {
                    self.edit = Some(Editor::duplicate(phrase));
                }
            }
            Curate::Save => self.save_editor(context),
            Curate::Cancel => {
                if let Some(editor) = self.edit.as_mut() {
                    if editor.confirm_discard || !editor.has_unsaved_changes() {
                        self.edit = None;
                        self.focus_search();
                    } else {
                        editor.confirm_discard = true;
                    }
                }
            }
            Curate::Discard => {
                self.edit = None;
                self.focus_search();
            }
            Curate::KeepEditing => {
                if let Some(editor) = self.edit.as_mut() {
                    editor.confirm_discard = false;
                }
            }
            Curate::LinkTranslation(other) => self.link_translation(&other, context),
            Curate::Delete(phrase_id) => match self.store.delete_phrase(&phrase_id) {
                Ok(()) => {
                    let text = self.indexed(&phrase_id).map(|phrase| phrase.content.text.clone()).unwrap_or_default();
                    let short: String = text.chars().take(40).collect();
                    let ellipsis = if text.chars().count() > 40 { "…" } else { "" };
                    self.after_change(&format!("Deleted \u{201c}{short}{ellipsis}\u{201d}"), context);
                    self.curation.undo = Some(phrase_id);
                }
                Err(error) => self.say(error.to_string(), context),
            },
            Curate::Undo => {
                if let Some(phrase_id) = self.curation.undo.take() {
                    self.restore(&phrase_id, context);
                }
            }
            Curate::Restore(phrase_id) => self.restore(&phrase_id, context),
            Curate::Purge(phrase_id) => match self.store.purge_phrase(&phrase_id) {
                Ok(()) => self.after_change("Deleted for good", context),
                Err(error) => self.say(error.to_string(), context),
            },
            Curate::SetStatus(phrase_id, status) => {
                let edit = PhraseEdit { status: Some(status), ..PhraseEdit::default() };
                match self.store.edit_phrase(&phrase_id, edit) {
                    Ok(_) => {
                        self.after_change(&format!("Marked {status}"), context);
                        self.select_phrase(&phrase_id);
                    }
                    Err(error) => self.say(error.to_string(), context),
                }
            }
            Curate::OpenImport => {
                let mut dialog = ImportDialog::default();
                if let Some(path) = self.curation.files.open_collection() {
                    dialog.path = path.display().to_string();
                    self.curation.import = Some(dialog);
                    self.preview_import();
                } else {
                    self.curation.import = Some(dialog);
                }
            }
            Curate::BrowseImport => {
                if let Some(path) = self.curation.files.open_collection() {
                    if let Some(dialog) = self.curation.import.as_mut() {
                        dialog.path = path.display().to_string();
                    }
                    self.preview_import();
                }
            }
            Curate::PreviewImport => self.preview_import(),
            Curate::ApplyImport => self.apply_import(context),
            Curate::OpenExport => {
                self.curation.export = Some(ExportDialog::default());
            }
            Curate::BrowseExport => {
                let suggested = match self.curation.export.as_ref().and_then(|dialog| dialog.collection.as_ref()) {
                    Some(name) => format!("{}.json", key_from_title(name)),
                    None => "tactful-export.json".to_owned(),
                };
                if let Some(path) = self.curation.files.save_collection(&suggested)
                    && let Some(dialog) = self.curation.export.as_mut()
                {
                    dialog.path = path.display().to_string();
                }
            }
            Curate::Export => self.export(context),
            Curate::OpenSituation(key) => {
                let lang = self.new_phrase_lang();
                let existing = key.as_ref().and_then(|key| self.situations.iter().find(|s| s.key.as_str() == key));
                let text = existing.and_then(|situation| situation.text_in(&lang));
                self.curation.situation = Some(SituationForm {
                    key: key.clone().unwrap_or_default(),
                    existing: existing.is_some(),
                    title: text.map(|text| text.title.clone()).unwrap_or_default(),
                    description: text.and_then(|text| text.description.clone()).unwrap_or_default(),
                    lang,
                    error: None,
                });
            }
            Curate::SaveSituation => self.save_situation(context),
            Curate::CloseDialog => {
                self.curation.import = None;
                self.curation.export = None;
                self.curation.situation = None;
            }
        }
    }

    fn restore(&mut self, phrase_id: &PhraseId, context: &egui::Context) {
        match self.store.restore_phrase(phrase_id) {
            Ok(_) => {
                self.after_change("Restored", context);
                self.select_phrase(phrase_id);
            }
            Err(error) => self.say(error.to_string(), context),
        }
    }

    /// Saves the editor's phrase and translations in one transaction; a refusal stays in the form.
    fn save_editor(&mut self, context: &egui::Context) {
        let Some(editor) = self.edit.as_mut() else { return };
        let changes = match editor.changes() {
            Ok(changes) => changes,
            Err(error) => {
                editor.error = Some(error);
                return;
            }
        };
        match self.store.save_changes(changes) {
            Ok(ids) => {
                self.edit = None;
                self.after_change("Saved", context);
                if let Some(phrase_id) = ids.first() {
                    self.select_phrase(phrase_id);
                }
                self.focus_search();
            }
            Err(error) => editor.error = Some(error.to_string()),
        }
    }

    fn link_translation(&mut self, other: &PhraseId, context: &egui::Context) {
        let Some(editor) = self.edit.as_mut() else { return };
        let EditTarget::Existing(phrase_id) = editor.target.clone() else {
            editor.error = Some("Save the phrase first, then link its translations".into());
            return;
        };
        match self.store.link_translation(&phrase_id, other) {
            Ok(group) => {
                self.after_change("Linked as a translation", context);
                let Some(linked) = self.indexed(other).cloned() else { return };
                if let Some(editor) = self.edit.as_mut() {
                    // The link is saved already: it leaves nothing unsaved behind.
                    let was_saved = !editor.has_unsaved_changes();
                    editor.group = Some(group);
                    editor.link_query.clear();
                    editor.translations.push(super::editor::TranslationDraft {
                        phrase_id: Some(linked.id.clone()),
                        lang: linked.content.lang.to_string(),
                        text: linked.content.text.clone(),
                        stored_text: Some(linked.content.text),
                        unlink: false,
                    });
                    if was_saved {
                        editor.mark_saved();
                    }
                }
            }
            Err(error) => {
                if let Some(editor) = self.edit.as_mut() {
                    editor.error = Some(error.to_string());
                }
            }
        }
    }

    /// The collections phrases are in, by name.
    pub fn collection_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.index.phrases().iter().map(|phrase| phrase.collection.clone()).collect();
        names.sort();
        names.dedup();
        names
    }

    /// Phrases that could be linked as translations of the editor's phrase: other languages, not
    /// in its group yet, matching every word typed.
    pub fn link_candidates(&self, limit: usize) -> Vec<&Phrase> {
        let Some(editor) = &self.edit else { return Vec::new() };
        let words: Vec<String> =
            crate::search::fold::fold(&editor.link_query).split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let linked: Vec<&PhraseId> = editor.translations.iter().filter_map(|draft| draft.phrase_id.as_ref()).collect();
        self.index
            .phrases()
            .iter()
            .filter(|phrase| {
                Some(&phrase.id) != editor.phrase_id()
                    && phrase.content.lang.as_str() != editor.lang
                    && !linked.contains(&&phrase.id)
            })
            .filter(|phrase| {
                let folded = crate::search::fold::fold(&phrase.content.text);
                words.iter().all(|word| folded.contains(word.as_str()))
            })
            .take(limit)
            .collect()
    }

    fn save_situation(&mut self, context: &egui::Context) {
        let Some(form) = self.curation.situation.as_mut() else { return };
        if !form.existing && form.key.trim().is_empty() {
            form.key = key_from_title(&form.title);
        }
        let saved = (|| -> Result<SituationKey, StoreError> {
            let key = SituationKey::new(form.key.trim())?;
            let lang = Lang::new(form.lang.trim())?;
            let description = Some(form.description.as_str()).filter(|text| !text.trim().is_empty());
            if form.existing {
                self.store.set_situation_text(&key, &lang, &form.title, description)?;
            } else {
                self.store.add_situation(&key, &lang, &form.title, description)?;
            }
            Ok(key)
        })();
        match saved {
            Ok(key) => {
                self.curation.situation = None;
                if let Some(editor) = self.edit.as_mut() {
                    editor.situation = key.to_string();
                    editor.situation_query.clear();
                }
                self.after_change("Situation saved", context);
            }
            Err(error) => {
                if let Some(form) = self.curation.situation.as_mut() {
                    form.error = Some(error.to_string());
                }
            }
        }
    }

    /// Shows the trash (reading it now) or goes back to the phrases.
    pub fn show_trash(&mut self, context: &egui::Context) {
        match self.store.trash() {
            Ok(trash) => {
                self.curation.trash = trash;
                self.view = View::Trash;
            }
            Err(error) => self.say(error.to_string(), context),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::key_from_title;

    #[test]
    fn situation_keys_are_derived_from_titles() {
        assert_eq!(key_from_title("Refunds & Returns!"), "refunds-returns");
        assert_eq!(key_from_title("Événement annulé"), "evenement-annule");
    }
}
