//! Saving phrases: the one write path that validates content (adding and editing a single phrase
//! are wrappers), linking translations, and emptying the trash. Each call is one transaction, so a
//! kill mid-save keeps all or nothing.

use rusqlite::params;

use super::phrases::PhraseEdit;
use super::review::{after_edit, flag_siblings};
use super::sql::{collection_id, insert_new_phrase, live_phrase, situation_exists, update_content};
use super::{Store, StoreError, StoreResult, not_found};
use crate::model::{PERSONAL_COLLECTION, PhraseContent, PhraseId, format_timestamp, now};

/// Refuses a text whose placeholders do not parse.
fn check_placeholders(text: &str) -> StoreResult<()> {
    crate::template::Template::parse(text).map(|_| ()).map_err(StoreError::Template)
}

/// One change in a save that spans several phrases (a phrase and its translations).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A new phrase in `collection` (the Personal collection when `None`).
    Add {
        /// What it says.
        content: PhraseContent,
        /// Where it goes.
        collection: Option<String>,
    },
    /// A change to a live phrase.
    Edit {
        /// The phrase.
        phrase_id: PhraseId,
        /// What changes.
        edit: PhraseEdit,
    },
}

impl Store {
    /// Applies `changes` in one transaction: all are saved or, at the first refusal, none. Returns
    /// the id of each changed or added phrase, in order.
    pub fn save_changes(&mut self, changes: Vec<Change>) -> StoreResult<Vec<PhraseId>> {
        let stamp = format_timestamp(&now());
        self.write(|transaction| {
            let mut ids = Vec::with_capacity(changes.len());
            // Translations edited in the same save are not flagged for review by one another.
            let mut edited = std::collections::HashSet::new();
            let mut reworded = Vec::new();
            for change in changes {
                match change {
                    Change::Add { content, collection } => {
                        let content = content.normalized()?;
                        check_placeholders(&content.text)?;
                        if !situation_exists(transaction, &content.situation)? {
                            return Err(StoreError::SituationNotFound(content.situation.to_string()));
                        }
                        let collection = collection.as_deref().unwrap_or(PERSONAL_COLLECTION);
                        let collection_id = collection_id(transaction, collection, None)?;
                        ids.push(insert_new_phrase(transaction, collection_id, &content, &stamp)?);
                    }
                    Change::Edit { phrase_id, edit } => {
                        let current = live_phrase(transaction, &phrase_id)?;
                        let content = edit.apply_to(current.content.clone()).normalized()?;
                        check_placeholders(&content.text)?;
                        if content.situation != current.content.situation
                            && !situation_exists(transaction, &content.situation)?
                        {
                            return Err(StoreError::SituationNotFound(content.situation.to_string()));
                        }
                        if content != current.content {
                            update_content(transaction, &phrase_id, &content, &stamp)?;
                            if after_edit(transaction, &phrase_id, &current.content, &content, &stamp)? {
                                reworded.push((phrase_id.clone(), content.group.clone()));
                            }
                            edited.insert(phrase_id.clone());
                        }
                        ids.push(phrase_id);
                    }
                }
            }
            flag_siblings(transaction, &reworded, &edited)?;
            Ok(ids)
        })
    }

    /// Makes `other` a translation of `phrase_id`: both end up in one group (the first one's, else
    /// the second one's, else a new one named after the first), and so do the translations `other`
    /// already had. Returns the group.
    pub fn link_translation(&mut self, phrase_id: &PhraseId, other: &PhraseId) -> StoreResult<String> {
        if phrase_id == other {
            return Err(StoreError::SelfLink);
        }
        let stamp = format_timestamp(&now());
        self.write(|transaction| {
            let first = live_phrase(transaction, phrase_id)?;
            let second = live_phrase(transaction, other)?;
            let group = first
                .content
                .group
                .clone()
                .or_else(|| second.content.group.clone())
                .unwrap_or_else(|| phrase_id.to_string());
            if let Some(old) = second.content.group.as_ref().filter(|old| **old != group) {
                transaction.execute(
                    "UPDATE phrases SET group_key = ?1, updated_at = ?3 WHERE group_key = ?2",
                    params![group, old, stamp],
                )?;
            }
            for phrase in [&first, &second] {
                if phrase.content.group.as_deref() != Some(group.as_str()) {
                    let content = PhraseContent { group: Some(group.clone()), ..phrase.content.clone() };
                    update_content(transaction, &phrase.id, &content, &stamp)?;
                }
            }
            Ok(group)
        })
    }

    /// Deletes a phrase in the trash for good, with its personal usage. A live phrase is refused:
    /// it has to go to the trash first.
    pub fn purge_phrase(&mut self, phrase_id: &PhraseId) -> StoreResult<()> {
        self.write(|transaction| {
            let removed = transaction
                .execute("DELETE FROM phrases WHERE phrase_id = ?1 AND deleted_at IS NOT NULL", [phrase_id.as_str()])?;
            if removed == 0 { Err(not_found(phrase_id)) } else { Ok(()) }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, SituationKey, Status};
    use crate::store::Seed;

    fn store() -> Store {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        let key = SituationKey::new("refunds").expect("valid");
        store.add_situation(&key, &Lang::new("en").expect("valid"), "Refunds", None).expect("adds");
        store
    }

    fn content(lang: &str, text: &str) -> PhraseContent {
        PhraseContent {
            situation: SituationKey::new("refunds").expect("valid"),
            lang: Lang::new(lang).expect("valid"),
            title: None,
            text: text.into(),
            avoid: vec![],
            note: None,
            tags: vec![],
            status: Status::Draft,
            group: None,
        }
    }

    fn add(store: &mut Store, lang: &str, text: &str) -> PhraseId {
        store.add_phrase(content(lang, text), None).expect("adds").id
    }

    #[test]
    fn a_save_with_one_bad_change_keeps_nothing() {
        let mut store = store();
        let id = add(&mut store, "en", "We can refund it today.");
        let changes = vec![
            Change::Edit {
                phrase_id: id.clone(),
                edit: PhraseEdit { text: Some("Changed".into()), ..PhraseEdit::default() },
            },
            Change::Add { content: content("nl", "Broken {name"), collection: None },
        ];
        assert!(store.save_changes(changes).is_err());
        assert_eq!(store.phrase(&id).expect("kept").content.text, "We can refund it today.");
        assert_eq!(store.phrases().expect("lists").len(), 1);
    }

    #[test]
    fn a_phrase_and_its_new_translation_are_saved_together() {
        let mut store = store();
        let changes = vec![
            Change::Add {
                content: PhraseContent { group: Some("g".into()), ..content("en", "Hello") },
                collection: Some("Team".into()),
            },
            Change::Add {
                content: PhraseContent { group: Some("g".into()), ..content("nl", "Hallo") },
                collection: Some("Team".into()),
            },
        ];
        let ids = store.save_changes(changes).expect("saves");
        assert_eq!(ids.len(), 2);
        let members = store.group_members("g").expect("lists");
        assert_eq!(members.len(), 2);
        assert!(members.iter().all(|phrase| phrase.collection == "Team"));
    }

    #[test]
    fn linking_puts_both_phrases_and_earlier_translations_in_one_group() {
        let mut store = store();
        let english = add(&mut store, "en", "Hello");
        let dutch = add(&mut store, "nl", "Hallo");
        let swedish = add(&mut store, "sv", "Hej");
        let group = store.link_translation(&dutch, &swedish).expect("links");
        let merged = store.link_translation(&english, &dutch).expect("links");
        assert_eq!(group, merged, "the second link joins the first group");
        let members: Vec<String> =
            store.group_members(&merged).expect("lists").into_iter().map(|p| p.content.lang.to_string()).collect();
        assert_eq!(members, ["en", "nl", "sv"]);
        assert!(store.link_translation(&english, &english).is_err());
    }

    #[test]
    fn only_a_phrase_in_the_trash_can_be_purged() {
        let mut store = store();
        let id = add(&mut store, "en", "Hello");
        assert!(store.purge_phrase(&id).is_err(), "live phrases are kept");
        store.delete_phrase(&id).expect("deletes");
        store.purge_phrase(&id).expect("purges");
        assert!(store.trash().expect("lists").is_empty());
        assert!(store.restore_phrase(&id).is_err());
    }
}
