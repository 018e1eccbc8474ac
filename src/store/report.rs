//! What an import did, or would do: one summary type for the command line, the window and team
//! notices, so all three say the same thing in the same words.

use std::path::PathBuf;

use crate::model::PhraseId;

/// What an import did, or would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// The collection new phrases went to.
    pub collection: String,
    /// Phrases that were new.
    pub added: Vec<PhraseId>,
    /// Existing phrases whose content changed (upstream only, or first import from this source).
    pub updated: Vec<PhraseId>,
    /// Phrases already identical.
    pub unchanged: usize,
    /// Phrases edited locally and not upstream: the local edit was kept.
    pub kept_local: Vec<PhraseId>,
    /// Phrases changed on both sides (or edited locally and removed upstream): the local version
    /// stayed, the incoming one waits beside it for `resolve`.
    pub conflicts: Vec<PhraseId>,
    /// Phrases removed upstream and retired locally (not deleted).
    pub retired: Vec<PhraseId>,
    /// Translations of changed phrases now flagged "needs review".
    pub flagged_for_review: Vec<PhraseId>,
    /// Situations that were new.
    pub situations_added: usize,
    /// Situation titles or descriptions added or changed.
    pub situation_texts_changed: usize,
    /// Merge bases recorded, moved or dropped: bookkeeping, not a change anyone sees.
    pub bases_changed: usize,
    /// The backup taken before applying, if any.
    pub backup: Option<PathBuf>,
}

impl ImportReport {
    /// Whether the import changed (or would change) anything a person can see.
    pub fn changes_anything(&self) -> bool {
        !self.added.is_empty()
            || !self.updated.is_empty()
            || !self.conflicts.is_empty()
            || !self.retired.is_empty()
            || self.situations_added > 0
            || self.situation_texts_changed > 0
    }

    /// Whether applying it writes anything at all, merge bookkeeping included.
    pub fn writes_anything(&self) -> bool {
        self.changes_anything() || self.bases_changed > 0
    }

    /// One line saying what the import did, for the command line, the window and team notices
    /// alike: the six counts a reader looks for, always (a dry run that says "0 retired" answers a
    /// question), then review flags and situation changes when there are any.
    pub fn summary(&self) -> String {
        let mut parts = vec![
            format!("{} added", self.added.len()),
            format!("{} updated", self.updated.len()),
            format!("{} unchanged", self.unchanged),
            format!("{} local edits kept", self.kept_local.len()),
            format!("{} retired (removed upstream)", self.retired.len()),
            format!("{} conflicts", self.conflicts.len()),
        ];
        if !self.flagged_for_review.is_empty() {
            parts.push(format!("{} translations flagged for review", self.flagged_for_review.len()));
        }
        if self.situations_added > 0 {
            parts.push(format!("{} new situations", self.situations_added));
        }
        if self.situation_texts_changed > 0 {
            parts.push(format!("{} situation titles changed", self.situation_texts_changed));
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(count: usize) -> Vec<PhraseId> {
        (0..count).filter_map(|index| PhraseId::new(format!("p{index}")).ok()).collect()
    }

    #[test]
    fn the_summary_names_only_what_happened() {
        let report = ImportReport { added: ids(3), unchanged: 40, conflicts: ids(1), ..ImportReport::default() };
        assert_eq!(
            report.summary(),
            "3 added, 0 updated, 40 unchanged, 0 local edits kept, 0 retired (removed upstream), 1 conflicts"
        );
        let flagged = ImportReport { flagged_for_review: ids(2), situations_added: 1, ..ImportReport::default() };
        assert!(flagged.summary().ends_with("2 translations flagged for review, 1 new situations"));
    }
}
