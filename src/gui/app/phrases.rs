//! Curating from the window: the actions that add, edit, duplicate, delete, restore, group and
//! import phrases, and how [`AppState`] carries them out. Every change is one store call (one
//! transaction); afterwards the search index is rebuilt so search sees the change at once.

use crate::i18n::Explain;
use crate::model::{Lang, Phrase, PhraseId, SituationKey};
use crate::store::{PhraseEdit, StoreError};

use super::super::action::{Curate, View};
use super::super::editor::{EditTarget, Editor, TranslationDraft};
use super::AppState;
use super::modal::{Modal, SituationForm};
use super::transfer::{ExportDialog, FileChooser, ImportDialog, TypedPathOnly};

/// How long the "Deleted … Undo" message stays, in seconds (Ctrl+Z works after it has gone).
pub const UNDO_SECONDS: f64 = 20.0;

/// The trash and the undo list.
pub struct Curation {
    /// Phrases in the trash, most recently deleted first (read when the trash is shown).
    pub trash: Vec<Phrase>,
    /// Phrases deleted this session, most recent last: Ctrl+Z brings them back one at a time.
    pub undo: Vec<PhraseId>,
    /// The editor waiting under the situation dialog opened from it.
    pub editor_beneath: Option<Box<Editor>>,
    /// How files are chosen: the native dialog in the window, typed paths in tests.
    pub files: Box<dyn FileChooser>,
}

impl Default for Curation {
    fn default() -> Self {
        Self { trash: Vec::new(), undo: Vec::new(), editor_beneath: None, files: Box::new(TypedPathOnly) }
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
        let trash = self.library.store().trash();
        match (self.reload(), trash) {
            (Ok(()), Ok(trash)) => {
                self.curation.trash = trash;
                self.say(message, context);
            }
            (Err(error), _) | (_, Err(error)) => {
                self.say(tr!("toast-done-but-refresh-failed", message = message, error = error.explain()), context)
            }
        }
    }

    fn select_phrase(&mut self, phrase_id: &PhraseId) {
        if let Some(row) = self.search.hits.iter().position(|hit| &hit.id == phrase_id) {
            self.search.selected = row;
        }
    }

    /// Carries out one curation action.
    pub fn curate(&mut self, action: Curate, context: &egui::Context) {
        match action {
            Curate::NewPhrase => {
                let lang = self.new_phrase_lang();
                let situation = self.search.situation.as_deref();
                let editor = Editor::new_phrase(&lang, situation, crate::model::PERSONAL_COLLECTION);
                self.modal = Modal::Editor(Box::new(editor));
            }
            Curate::EditSelected => {
                if let Some(phrase) = self.selected_phrase() {
                    let editor = Editor::edit(phrase, &self.library.translations(phrase));
                    self.modal = Modal::Editor(Box::new(editor));
                }
            }
            Curate::DuplicateSelected => {
                if let Some(phrase) = self.selected_phrase() {
                    self.modal = Modal::Editor(Box::new(Editor::duplicate(phrase)));
                }
            }
            Curate::Save => self.save_editor(context),
            Curate::Cancel => {
                if let Some(editor) = self.editor_mut() {
                    if editor.confirm_discard || !editor.has_unsaved_changes() {
                        self.close_modal();
                    } else {
                        editor.confirm_discard = true;
                    }
                }
            }
            Curate::Discard => self.close_modal(),
            Curate::KeepEditing => {
                if let Some(editor) = self.editor_mut() {
                    editor.confirm_discard = false;
                }
            }
            Curate::LinkTranslation(other) => self.link_translation(&other, context),
            Curate::Delete(phrase_id) => {
                let text =
                    self.library.phrase(&phrase_id).map(|phrase| phrase.content.text.clone()).unwrap_or_default();
                match self.library.store_mut().delete_phrase(&phrase_id) {
                    Ok(()) => {
                        self.after_change(&tr!("toast-deleted", text = shortened(&text)), context);
                        if let Some(toast) = self.toast.as_mut() {
                            toast.undoable = true;
                        }
                        self.curation.undo.push(phrase_id);
                    }
                    Err(error) => self.say(error.explain(), context),
                }
            }
            Curate::Undo => match self.curation.undo.pop() {
                Some(phrase_id) => self.restore(&phrase_id, context),
                None => self.say(tr!("toast-nothing-to-undo"), context),
            },
            Curate::Restore(phrase_id) => self.restore(&phrase_id, context),
            Curate::Purge(phrase_id) => match self.library.store_mut().purge_phrase(&phrase_id) {
                Ok(()) => self.after_change(&tr!("toast-deleted-for-good"), context),
                Err(error) => self.say(error.explain(), context),
            },
            Curate::SetStatus(phrase_id, status) => {
                let edit = PhraseEdit { status: Some(status), ..PhraseEdit::default() };
                match self.library.store_mut().edit_phrase(&phrase_id, edit) {
                    Ok(_) => {
                        let status = crate::gui::theme::status_name(status);
                        self.after_change(&tr!("toast-marked", status = status), context);
                        self.select_phrase(&phrase_id);
                    }
                    Err(error) => self.say(error.explain(), context),
                }
            }
            Curate::OpenImport => {
                let mut dialog = ImportDialog::default();
                let chosen = self.curation.files.open_collection();
                if let Some(path) = &chosen {
                    dialog.path = path.display().to_string();
                }
                self.modal = Modal::Import(Box::new(dialog));
                if chosen.is_some() {
                    self.preview_import(context);
                }
            }
            Curate::BrowseImport => {
                if let Some(path) = self.curation.files.open_collection() {
                    if let Modal::Import(dialog) = &mut self.modal {
                        dialog.path = path.display().to_string();
                    }
                    self.preview_import(context);
                }
            }
            Curate::PreviewImport => self.preview_import(context),
            Curate::ApplyImport => self.apply_import(context),
            Curate::OpenExport => self.modal = Modal::Export(ExportDialog::default()),
            Curate::BrowseExport => {
                let Modal::Export(dialog) = &self.modal else { return };
                let suggested = match &dialog.collection {
                    Some(name) => format!("{}.json", key_from_title(name)),
                    None => "tactful-export.json".to_owned(),
                };
                if let Some(path) = self.curation.files.save_collection(&suggested)
                    && let Modal::Export(dialog) = &mut self.modal
                {
                    dialog.path = path.display().to_string();
                }
            }
            Curate::Export => self.export(context),
            Curate::OpenSituation(key) => {
                let lang = self.new_phrase_lang();
                let existing =
                    key.as_ref().and_then(|key| self.library.situations.iter().find(|s| s.key.as_str() == key));
                let text = existing.and_then(|situation| situation.text_in(&lang));
                let form = SituationForm {
                    key: key.clone().unwrap_or_default(),
                    existing: existing.is_some(),
                    title: text.map(|text| text.title.clone()).unwrap_or_default(),
                    description: text.and_then(|text| text.description.clone()).unwrap_or_default(),
                    lang,
                    error: None,
                };
                // Opened from the editor, the dialog returns to it when it closes.
                if let Modal::Editor(editor) = std::mem::take(&mut self.modal) {
                    self.curation.editor_beneath = Some(editor);
                }
                self.modal = Modal::Situation(form);
            }
            Curate::SaveSituation => self.save_situation(context),
        }
    }

    fn restore(&mut self, phrase_id: &PhraseId, context: &egui::Context) {
        match self.library.store_mut().restore_phrase(phrase_id) {
            Ok(_) => {
                self.after_change(&tr!("toast-restored"), context);
                self.select_phrase(phrase_id);
            }
            Err(error) => self.say(error.explain(), context),
        }
    }

    /// Saves the editor's phrase and translations in one transaction; a refusal stays in the form.
    fn save_editor(&mut self, context: &egui::Context) {
        let Modal::Editor(editor) = &mut self.modal else { return };
        let changes = match editor.changes() {
            Ok(changes) => changes,
            Err(error) => {
                editor.error = Some(error);
                return;
            }
        };
        match self.library.store_mut().save_changes(changes) {
            Ok(ids) => {
                self.close_modal();
                self.after_change(&tr!("toast-saved"), context);
                if let Some(phrase_id) = ids.first() {
                    self.select_phrase(phrase_id);
                }
            }
            Err(error) => {
                if let Some(editor) = self.editor_mut() {
                    editor.error = Some(error.explain());
                }
            }
        }
    }

    fn link_translation(&mut self, other: &PhraseId, context: &egui::Context) {
        let Some(editor) = self.editor_mut() else { return };
        let EditTarget::Existing(phrase_id) = editor.target.clone() else {
            editor.error = Some(tr!("editor-save-before-linking"));
            return;
        };
        match self.library.store_mut().link_translation(&phrase_id, other) {
            Ok(group) => {
                self.after_change(&tr!("toast-linked"), context);
                let Some(linked) = self.library.phrase(other).cloned() else { return };
                if let Some(editor) = self.editor_mut() {
                    // The link is saved already: it leaves nothing unsaved behind.
                    let was_saved = !editor.has_unsaved_changes();
                    editor.group = Some(group);
                    editor.link_query.clear();
                    editor.translations.push(TranslationDraft {
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
                if let Some(editor) = self.editor_mut() {
                    editor.error = Some(error.explain());
                }
            }
        }
    }

    /// Phrases that could be linked as translations of the editor's phrase: other languages, not
    /// in its group yet, matching every word typed.
    pub fn link_candidates(&self, limit: usize) -> Vec<&Phrase> {
        let Some(editor) = self.editor() else { return Vec::new() };
        let words: Vec<String> =
            crate::search::fold::fold(&editor.link_query).split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let linked: Vec<&PhraseId> = editor.translations.iter().filter_map(|draft| draft.phrase_id.as_ref()).collect();
        self.library
            .index
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
        let Modal::Situation(form) = &mut self.modal else { return };
        if !form.existing && form.key.trim().is_empty() {
            form.key = key_from_title(&form.title);
        }
        let form = form.clone();
        let store = self.library.store_mut();
        let saved = (|| -> Result<SituationKey, StoreError> {
            let key = SituationKey::new(form.key.trim())?;
            let lang = Lang::new(form.lang.trim())?;
            let description = Some(form.description.as_str()).filter(|text| !text.trim().is_empty());
            if form.existing {
                store.set_situation_text(&key, &lang, &form.title, description)?;
            } else {
                store.add_situation(&key, &lang, &form.title, description)?;
            }
            Ok(key)
        })();
        match saved {
            Ok(key) => {
                self.close_modal();
                if let Some(editor) = self.editor_mut() {
                    editor.situation = key.to_string();
                    editor.situation_query.clear();
                }
                self.after_change(&tr!("toast-situation-saved"), context);
            }
            Err(error) => {
                if let Modal::Situation(form) = &mut self.modal {
                    form.error = Some(error.explain());
                }
            }
        }
    }

    /// Shows the trash (reading it now) or goes back to the phrases.
    pub fn show_trash(&mut self, context: &egui::Context) {
        match self.library.store().trash() {
            Ok(trash) => {
                self.curation.trash = trash;
                self.draft.open = false;
                self.search.view = View::Trash;
            }
            Err(error) => self.say(error.explain(), context),
        }
    }
}

/// The first 40 characters of a phrase, with an ellipsis when there is more, for a toast.
fn shortened(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if text.chars().count() > 40 { format!("{short}…") } else { short }
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
