//! The phrase editor's state: what is typed, where it came from, and how it becomes one list of
//! store changes (the phrase and its translations, saved in one transaction). Drawing lives in
//! `views/editor.rs`; nothing here touches the database.

use std::collections::HashMap;

use crate::model::{Lang, Phrase, PhraseContent, PhraseId, SituationKey, Status};
use crate::store::{Change, PhraseEdit};
use crate::template::Template;

/// Whether the editor creates a phrase or changes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    /// A phrase that is not stored yet (new, or a duplicate).
    New,
    /// A stored phrase.
    Existing(PhraseId),
}

/// Another language of the same group, edited beside the phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationDraft {
    /// The stored translation, or `None` for one added in this editor.
    pub phrase_id: Option<PhraseId>,
    /// Its language.
    pub lang: String,
    /// Its text.
    pub text: String,
    /// The text as stored, to save only what changed.
    pub stored_text: Option<String>,
    /// Leave the group on save: no longer a translation of this phrase.
    pub unlink: bool,
}

/// The editor for one phrase and its translations.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    /// New or existing.
    pub target: EditTarget,
    /// What to say; may hold `{placeholders}`.
    pub text: String,
    /// Language code.
    pub lang: String,
    /// Situation key.
    pub situation: String,
    /// What is typed in the situation picker's search.
    pub situation_query: String,
    /// Blunt lines this phrase replaces.
    pub avoid: Vec<String>,
    /// The blunt line being typed, added with "Add".
    pub new_avoid: String,
    /// Tags, comma-separated.
    pub tags: String,
    /// Why it works.
    pub note: String,
    /// A short name; templates need one.
    pub title: String,
    /// Review status.
    pub status: Status,
    /// Collection (new phrases only; a stored phrase stays where it is).
    pub collection: String,
    /// Translation group, if any.
    pub group: Option<String>,
    /// The other languages of the group, side by side.
    pub translations: Vec<TranslationDraft>,
    /// The language of a translation being added.
    pub new_translation_lang: String,
    /// What is typed in the "link an existing phrase" search.
    pub link_query: String,
    /// Sample values for the live fill-in preview, by placeholder.
    pub preview_values: HashMap<String, String>,
    /// Why the last save was refused, shown in the form.
    pub error: Option<String>,
    /// Focus the text on the next frame.
    pub focus_text: bool,
    /// Esc with unsaved changes asks first: the question is showing.
    pub confirm_discard: bool,
    baseline: String,
}

impl Editor {
    /// An empty phrase in `lang` and `situation`, for the Personal collection.
    pub fn new_phrase(lang: &str, situation: Option<&str>, collection: &str) -> Self {
        let mut editor = Self {
            target: EditTarget::New,
            text: String::new(),
            lang: lang.to_owned(),
            situation: situation.unwrap_or_default().to_owned(),
            situation_query: String::new(),
            avoid: Vec::new(),
            new_avoid: String::new(),
            tags: String::new(),
            note: String::new(),
            title: String::new(),
            status: Status::Draft,
            collection: collection.to_owned(),
            group: None,
            translations: Vec::new(),
            new_translation_lang: String::new(),
            link_query: String::new(),
            preview_values: HashMap::new(),
            error: None,
            focus_text: true,
            confirm_discard: false,
            baseline: String::new(),
        };
        editor.mark_saved();
        editor
    }

    /// The stored `phrase` with its `translations`.
    pub fn edit(phrase: &Phrase, translations: &[&Phrase]) -> Self {
        let content = &phrase.content;
        let mut editor = Self {
            target: EditTarget::Existing(phrase.id.clone()),
            text: content.text.clone(),
            lang: content.lang.to_string(),
            situation: content.situation.to_string(),
            avoid: content.avoid.clone(),
            tags: content.tags.join(", "),
            note: content.note.clone().unwrap_or_default(),
            title: content.title.clone().unwrap_or_default(),
            status: content.status,
            collection: phrase.collection.clone(),
            group: content.group.clone(),
            translations: translations
                .iter()
                .map(|translation| TranslationDraft {
                    phrase_id: Some(translation.id.clone()),
                    lang: translation.content.lang.to_string(),
                    text: translation.content.text.clone(),
                    stored_text: Some(translation.content.text.clone()),
                    unlink: false,
                })
                .collect(),
            ..Self::new_phrase("", None, "")
        };
        editor.mark_saved();
        editor
    }

    /// A new draft with `phrase`'s content, outside its translation group, in the same collection.
    pub fn duplicate(phrase: &Phrase) -> Self {
        let mut editor = Self::edit(phrase, &[]);
        editor.target = EditTarget::New;
        editor.group = None;
        editor.status = Status::Draft;
        editor.baseline = String::new();
        editor
    }

    /// The stored phrase, if the editor changes one.
    pub fn phrase_id(&self) -> Option<&PhraseId> {
        match &self.target {
            EditTarget::Existing(phrase_id) => Some(phrase_id),
            EditTarget::New => None,
        }
    }

    fn fingerprint(&self) -> String {
        let translations: Vec<(&str, &str, bool)> =
            self.translations.iter().map(|draft| (draft.lang.as_str(), draft.text.as_str(), draft.unlink)).collect();
        format!(
            "{:?}",
            (
                &self.text,
                &self.lang,
                &self.situation,
                &self.avoid,
                &self.new_avoid,
                &self.tags,
                &self.note,
                &self.title,
                self.status,
                &self.collection,
                translations
            )
        )
    }

    /// Takes the current values as the saved ones.
    pub fn mark_saved(&mut self) {
        self.baseline = self.fingerprint();
    }

    /// Whether anything was typed since the editor opened.
    pub fn has_unsaved_changes(&self) -> bool {
        self.fingerprint() != self.baseline
    }

    /// Adds the blunt line being typed.
    pub fn add_avoid_line(&mut self) {
        let line = self.new_avoid.trim();
        if !line.is_empty() && !self.avoid.iter().any(|existing| existing == line) {
            self.avoid.push(line.to_owned());
        }
        self.new_avoid.clear();
    }

    /// The placeholders in the text, in order, or why the text does not parse.
    pub fn placeholders(&self) -> Result<Vec<String>, String> {
        Template::parse(&self.text)
            .map(|template| template.placeholders().into_iter().map(str::to_owned).collect())
            .map_err(|error| error.to_string())
    }

    /// The text with the sample values filled in, as the fill-in form would copy it.
    pub fn preview(&self) -> Option<String> {
        let template = Template::parse(&self.text).ok()?;
        let values: HashMap<String, String> = template
            .placeholders()
            .into_iter()
            .map(|name| {
                let value = self.preview_values.get(name).filter(|value| !value.is_empty()).cloned();
                (name.to_owned(), value.unwrap_or_else(|| format!("[{}]", name.replace('_', " "))))
            })
            .collect();
        Some(template.render_plain(&values))
    }

    fn tag_list(&self) -> Vec<String> {
        self.tags.split(',').map(str::trim).filter(|tag| !tag.is_empty()).map(str::to_owned).collect()
    }

    /// The store changes that save this editor: the phrase, then each changed or added translation.
    /// A field that cannot be valid is refused here with a message naming it.
    pub fn changes(&self) -> Result<Vec<Change>, String> {
        let lang =
            Lang::new(self.lang.trim()).map_err(|error| tr!("editor-error-language", error = error.to_string()))?;
        if self.situation.trim().is_empty() {
            return Err(tr!("editor-error-no-situation"));
        }
        let situation = SituationKey::new(self.situation.trim())
            .map_err(|error| tr!("editor-error-situation", error = error.to_string()))?;
        if self.text.trim().is_empty() {
            return Err(tr!("editor-error-empty-text"));
        }
        Template::parse(&self.text).map_err(|error| tr!("editor-error-text", error = error.to_string()))?;
        let mut avoid = self.avoid.clone();
        if !self.new_avoid.trim().is_empty() {
            avoid.push(self.new_avoid.trim().to_owned());
        }
        let adds_translation = self.translations.iter().any(|draft| draft.phrase_id.is_none());
        let group = match &self.group {
            Some(group) => Some(group.clone()),
            None if adds_translation => Some(PhraseId::generate(&situation, &lang).to_string()),
            None => None,
        };
        let note = Some(self.note.clone()).filter(|note| !note.trim().is_empty());
        let title = Some(self.title.clone()).filter(|title| !title.trim().is_empty());
        let mut changes = vec![match &self.target {
            EditTarget::New => Change::Add {
                content: PhraseContent {
                    situation: situation.clone(),
                    lang,
                    title: title.clone(),
                    text: self.text.clone(),
                    avoid,
                    note,
                    tags: self.tag_list(),
                    status: self.status,
                    group: group.clone(),
                },
                collection: Some(self.collection.trim().to_owned()).filter(|name| !name.is_empty()),
            },
            EditTarget::Existing(phrase_id) => Change::Edit {
                phrase_id: phrase_id.clone(),
                edit: PhraseEdit {
                    situation: Some(situation.clone()),
                    lang: Some(lang),
                    title: Some(title.clone()),
                    text: Some(self.text.clone()),
                    avoid: Some(avoid),
                    note: Some(note),
                    tags: Some(self.tag_list()),
                    status: Some(self.status),
                    group: Some(group.clone()),
                },
            },
        }];
        for draft in &self.translations {
            match &draft.phrase_id {
                Some(phrase_id) if draft.unlink || draft.stored_text.as_ref() != Some(&draft.text) => {
                    changes.push(Change::Edit {
                        phrase_id: phrase_id.clone(),
                        edit: PhraseEdit {
                            text: Some(draft.text.clone()),
                            group: draft.unlink.then_some(None),
                            ..PhraseEdit::default()
                        },
                    })
                }
                Some(_) => {}
                None if draft.text.trim().is_empty() => {}
                None => {
                    let lang = Lang::new(draft.lang.trim())
                        .map_err(|error| tr!("editor-error-translation-language", error = error.to_string()))?;
                    changes.push(Change::Add {
                        content: PhraseContent {
                            situation: situation.clone(),
                            lang,
                            title: None,
                            text: draft.text.clone(),
                            avoid: Vec::new(),
                            note: None,
                            tags: self.tag_list(),
                            status: Status::Draft,
                            group: group.clone(),
                        },
                        collection: Some(self.collection.trim().to_owned()).filter(|name| !name.is_empty()),
                    });
                }
            }
        }
        Ok(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_editor_has_nothing_unsaved_until_something_is_typed() {
        let mut editor = Editor::new_phrase("en", Some("declining"), "Personal");
        assert!(!editor.has_unsaved_changes());
        editor.text.push('H');
        assert!(editor.has_unsaved_changes());
    }

    #[test]
    fn placeholders_are_listed_and_previewed_with_sample_values() {
        let mut editor = Editor::new_phrase("en", Some("declining"), "Personal");
        editor.text = "Dear {customer_name}, order {order} is late.".into();
        assert_eq!(editor.placeholders(), Ok(vec!["customer_name".to_owned(), "order".to_owned()]));
        editor.preview_values.insert("order".into(), "A-17".into());
        assert_eq!(editor.preview().as_deref(), Some("Dear [customer name], order A-17 is late."));
    }

    #[test]
    fn invalid_fields_are_named_in_the_refusal() {
        let mut editor = Editor::new_phrase("english", Some("declining"), "Personal");
        editor.text = "Hello".into();
        assert!(editor.changes().expect_err("bad lang").starts_with("Language:"));
        editor.lang = "en".into();
        editor.situation.clear();
        assert!(editor.changes().expect_err("no situation").starts_with("Situation:"));
        editor.situation = "declining".into();
        editor.text = "Hi {name".into();
        assert!(editor.changes().expect_err("bad text").starts_with("Text:"));
    }

    #[test]
    fn an_added_translation_gets_a_shared_group() {
        let mut editor = Editor::new_phrase("en", Some("declining"), "Team");
        editor.text = "Hello".into();
        editor.translations.push(TranslationDraft {
            phrase_id: None,
            lang: "nl".into(),
            text: "Hallo".into(),
            stored_text: None,
            unlink: false,
        });
        let changes = editor.changes().expect("valid");
        let groups: Vec<Option<String>> = changes
            .iter()
            .map(|change| match change {
                Change::Add { content, .. } => content.group.clone(),
                Change::Edit { edit, .. } => edit.group.clone().flatten(),
            })
            .collect();
        assert_eq!(groups.len(), 2);
        assert!(groups[0].is_some() && groups[0] == groups[1]);
    }
}
