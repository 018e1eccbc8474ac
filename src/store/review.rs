//! The vetting workflow: draft → vetted → retired, recording who vetted a phrase and when, and
//! keeping translations honest: when a phrase's wording changes, the other languages of its group
//! are flagged "needs review" until someone vets them again.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};

use super::rows::{PHRASE_COLUMNS, PHRASE_FROM, query_phrases};
use super::sql::{live_phrase, update_content};
use super::{Store, StoreResult, not_found};
use crate::model::{Phrase, PhraseContent, PhraseId, Status, format_timestamp, now, parse_timestamp};

/// Who vetted a phrase, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vetting {
    /// The name from settings (or `--by`), if one was given.
    pub by: Option<String>,
    /// When it was vetted.
    pub at: Option<DateTime<Utc>>,
    /// A translation changed since: the wording should be checked again.
    pub needs_review: bool,
    /// The id of the trusted key that signed exactly this content, when it came from a signed
    /// collection and was not edited since.
    pub signed_by: Option<String>,
}

/// What waits for a reviewer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewQueue {
    /// Draft phrases, by id.
    pub drafts: Vec<Phrase>,
    /// Phrases whose translation changed since they were vetted, by id.
    pub needs_review: Vec<Phrase>,
    /// Phrases where an import clashed with a local edit.
    pub conflicts: Vec<super::Conflict>,
}

impl ReviewQueue {
    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty() && self.needs_review.is_empty() && self.conflicts.is_empty()
    }
}

/// Whether the words changed (text, blunt lines or note): what makes a translation stale. Tags,
/// status and situation do not.
pub(super) fn meaning_changed(old: &PhraseContent, new: &PhraseContent) -> bool {
    old.text != new.text || old.avoid != new.avoid || old.note != new.note
}

/// Flags the live translations of each changed phrase (same group, other phrases), except those
/// in `exempt` (changed in the same operation). Returns the newly flagged ids, sorted.
pub(super) fn flag_siblings(
    transaction: &Transaction<'_>,
    changed: &[(PhraseId, Option<String>)],
    exempt: &HashSet<PhraseId>,
) -> StoreResult<Vec<PhraseId>> {
    // A set, not a list searched per sibling: an import that changes one translation of each of
    // 25,000 groups flags 75,000 siblings, and a linear `contains` made that quadratic.
    let mut flagged = HashSet::new();
    // One query per group, not per changed phrase: an import that rewords every language of a
    // group asked for the same siblings once per language.
    let mut groups: HashMap<&str, HashSet<&PhraseId>> = HashMap::new();
    for (id, group) in changed {
        if let Some(group) = group {
            groups.entry(group.as_str()).or_default().insert(id);
        }
    }
    let mut statement = transaction.prepare_cached(
        "SELECT phrase_id FROM phrases WHERE group_key = ?1 AND deleted_at IS NULL
         AND needs_review = 0 AND status != 'retired'",
    )?;
    for (group, changed_here) in groups {
        let members = statement.query_map([group], |row| row.get::<_, String>(0))?;
        for member in members {
            let Ok(member) = PhraseId::new(member?) else { continue };
            // A member is a sibling of a changed phrase unless it is the only one that changed.
            let only_itself = changed_here.len() == 1 && changed_here.contains(&member);
            if !only_itself && !exempt.contains(&member) {
                flagged.insert(member);
            }
        }
    }
    drop(statement);
    for id in &flagged {
        transaction
            .prepare_cached("UPDATE phrases SET needs_review = 1 WHERE phrase_id = ?1")?
            .execute([id.as_str()])?;
    }
    let mut flagged: Vec<PhraseId> = flagged.into_iter().collect();
    flagged.sort();
    Ok(flagged)
}

/// What an edit by hand means for vetting: setting a phrase to vetted stamps when (and clears who,
/// since an edit names nobody) and clears its "needs review" flag. Returns whether its words
/// changed, so the caller flags its translations (after all the edits of one save).
pub(super) fn after_edit(
    transaction: &Transaction<'_>,
    id: &PhraseId,
    old: &PhraseContent,
    new: &PhraseContent,
    stamp: &str,
) -> StoreResult<bool> {
    if new.status == Status::Vetted && old.status != Status::Vetted {
        transaction.execute(
            "UPDATE phrases SET vetted_by = NULL, vetted_at = ?2, needs_review = 0 WHERE phrase_id = ?1",
            params![id.as_str(), stamp],
        )?;
    }
    Ok(meaning_changed(old, new))
}

/// Live phrases matching `condition`, in id order: one statement for the whole list. (Reading
/// the ids first and then each phrase by id ran one query per row: with 85,000 imported drafts
/// the window's start spent seconds in it.)
fn phrases_where(store: &Store, condition: &str) -> StoreResult<Vec<Phrase>> {
    let sql = format!(
        "SELECT {PHRASE_COLUMNS} FROM {PHRASE_FROM} WHERE p.deleted_at IS NULL AND {condition} ORDER BY p.phrase_id"
    );
    let mut statement = store.connection.prepare(&sql)?;
    query_phrases(&mut statement, [])
}

impl Store {
    /// Marks a live phrase vetted by `by` now, and clears its "needs review" flag.
    pub fn vet(&mut self, id: &PhraseId, by: Option<&str>) -> StoreResult<Phrase> {
        let by = by.map(str::trim).filter(|name| !name.is_empty());
        self.write(|transaction| {
            let current = live_phrase(transaction, id)?;
            let stamp = format_timestamp(&now());
            if current.content.status != Status::Vetted {
                let content = PhraseContent { status: Status::Vetted, ..current.content };
                update_content(transaction, id, &content, &stamp)?;
            }
            transaction.execute(
                "UPDATE phrases SET vetted_by = ?2, vetted_at = ?3, needs_review = 0 WHERE phrase_id = ?1",
                params![id.as_str(), by, stamp],
            )?;
            Ok(())
        })?;
        self.phrase(id)
    }

    /// Who vetted a live phrase and when, and whether it needs review.
    pub fn vetting(&self, id: &PhraseId) -> StoreResult<Vetting> {
        let row = self
            .connection
            .query_row(
                "SELECT vetted_by, vetted_at, needs_review FROM phrases WHERE phrase_id = ?1 AND deleted_at IS NULL",
                [id.as_str()],
                |row| Ok((row.get::<_, Option<String>>(0)?, row.get::<_, Option<String>>(1)?, row.get::<_, i64>(2)?)),
            )
            .optional()?;
        let (by, at, needs_review) = row.ok_or_else(|| not_found(id))?;
        let signed_by = self.signer(id)?;
        Ok(Vetting { by, at: at.as_deref().and_then(parse_timestamp), needs_review: needs_review != 0, signed_by })
    }

    /// Drafts, phrases whose translations changed, and import conflicts.
    pub fn review_queue(&self) -> StoreResult<ReviewQueue> {
        Ok(ReviewQueue {
            drafts: phrases_where(self, "p.status = 'draft'")?,
            needs_review: phrases_where(self, "p.needs_review = 1 AND p.status != 'retired'")?,
            conflicts: self.conflicts()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{PhraseEdit, Seed};

    fn store_with_group() -> (Store, PhraseId, PhraseId) {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let english = PhraseId::new("declining-a-request.what-i-can-do.en").expect("valid");
        let dutch = PhraseId::new("declining-a-request.what-i-can-do.nl").expect("valid");
        store.phrase(&english).expect("built-in phrase exists");
        store.phrase(&dutch).expect("built-in phrase exists");
        (store, english, dutch)
    }

    #[test]
    fn vetting_records_who_and_when() {
        let (mut store, english, _) = store_with_group();
        store
            .edit_phrase(&english, PhraseEdit { status: Some(Status::Draft), ..PhraseEdit::default() })
            .expect("edits");
        let vetted = store.vet(&english, Some("Ana")).expect("vets");
        assert_eq!(vetted.content.status, Status::Vetted);
        let vetting = store.vetting(&english).expect("reads");
        assert_eq!(vetting.by.as_deref(), Some("Ana"));
        assert!(vetting.at.is_some());
    }

    #[test]
    fn changing_a_phrase_flags_its_translations_until_revetted() {
        let (mut store, english, dutch) = store_with_group();
        let edit = PhraseEdit { text: Some("What I can offer today is {offer}.".into()), ..PhraseEdit::default() };
        store.edit_phrase(&english, edit).expect("edits");
        assert!(store.vetting(&dutch).expect("reads").needs_review);
        assert!(!store.vetting(&english).expect("reads").needs_review, "the edited phrase itself is not flagged");
        let queue = store.review_queue().expect("reads");
        assert!(queue.needs_review.iter().any(|phrase| phrase.id == dutch));
        store.vet(&dutch, Some("Lead")).expect("vets");
        assert!(!store.vetting(&dutch).expect("reads").needs_review);
    }

    #[test]
    fn saving_a_phrase_with_its_translation_flags_only_the_others() {
        let (mut store, english, dutch) = store_with_group();
        let swedish = PhraseId::new("declining-a-request.what-i-can-do.sv").expect("valid");
        let reword = |phrase_id: &PhraseId, text: &str| crate::store::Change::Edit {
            phrase_id: phrase_id.clone(),
            edit: PhraseEdit { text: Some(text.into()), ..PhraseEdit::default() },
        };
        store
            .save_changes(vec![
                reword(&english, "What I can offer is {offer}."),
                reword(&dutch, "Wat ik kan bieden is {offer}."),
            ])
            .expect("saves");
        assert!(!store.vetting(&dutch).expect("reads").needs_review, "changed in the same save");
        assert!(store.vetting(&swedish).expect("reads").needs_review);
    }

    #[test]
    fn tag_changes_do_not_flag_translations() {
        let (mut store, english, dutch) = store_with_group();
        store
            .edit_phrase(&english, PhraseEdit { tags: Some(vec!["call".into()]), ..PhraseEdit::default() })
            .expect("edits");
        assert!(!store.vetting(&dutch).expect("reads").needs_review);
    }
}
