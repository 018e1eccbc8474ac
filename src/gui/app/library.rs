//! The phrasebook as the window sees it: the store, the search index built from it, situations
//! with their counts, the languages and tags present. No egui here, so it is tested like the core.
//! A reload is two halves: [`Snapshot::read`] does all the reading and index building and needs
//! only a `&Store`, so it can run on a worker with its own connection; [`Library::install`] swaps
//! the result in.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::model::{Phrase, PhraseId, Situation, Status, now};
use crate::search::SearchIndex;
use crate::store::{Store, StoreError};

/// Everything derived from the store in one reload.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    /// The searchable phrasebook.
    pub index: Arc<SearchIndex>,
    /// Situations with their titles.
    pub situations: Vec<Situation>,
    /// Live phrases per situation key.
    pub situation_counts: BTreeMap<String, usize>,
    /// Languages present, sorted.
    pub languages: Vec<String>,
    /// Tags present, sorted.
    pub tags: Vec<String>,
}

impl Snapshot {
    /// Reads the store and builds the index.
    pub fn read(store: &Store) -> Result<Self, StoreError> {
        let situations = store.situations()?;
        let situation_counts = store.situation_counts()?;
        let index = store.search_index(now())?;
        let phrases = index.phrases();
        let mut languages: Vec<String> = phrases.iter().map(|phrase| phrase.content.lang.to_string()).collect();
        languages.sort();
        languages.dedup();
        let mut tags: Vec<String> = phrases.iter().flat_map(|phrase| phrase.content.tags.iter().cloned()).collect();
        tags.sort();
        tags.dedup();
        Ok(Self { index: Arc::new(index), situations, situation_counts, languages, tags })
    }
}

/// The store and what the window derives from it.
pub struct Library {
    store: Store,
    /// The searchable snapshot of the phrasebook (shared with background searches).
    pub index: Arc<SearchIndex>,
    /// Situations with their titles.
    pub situations: Vec<Situation>,
    /// Live phrases per situation key.
    pub situation_counts: BTreeMap<String, usize>,
    /// Languages present, sorted.
    pub languages: Vec<String>,
    /// Tags present, sorted.
    pub tags: Vec<String>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Library").field("phrases", &self.index.len()).finish_non_exhaustive()
    }
}

impl Library {
    /// Opens the library over `store`, reading it once.
    pub fn open(store: Store) -> Result<Self, StoreError> {
        let snapshot = Snapshot::read(&store)?;
        let mut library = Self {
            store,
            index: Arc::default(),
            situations: Vec::new(),
            situation_counts: BTreeMap::new(),
            languages: Vec::new(),
            tags: Vec::new(),
        };
        library.install(snapshot);
        Ok(library)
    }

    /// Re-reads the store (after an import, an edit, or a sync).
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let snapshot = Snapshot::read(&self.store)?;
        self.install(snapshot);
        Ok(())
    }

    /// Swaps in a snapshot read elsewhere.
    pub fn install(&mut self, snapshot: Snapshot) {
        self.index = snapshot.index;
        self.situations = snapshot.situations;
        self.situation_counts = snapshot.situation_counts;
        self.languages = snapshot.languages;
        self.tags = snapshot.tags;
    }

    /// The store, to read.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store, to write (one transaction per call).
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// A phrase of the index by id.
    pub fn phrase(&self, phrase_id: &PhraseId) -> Option<&Phrase> {
        self.index.position(phrase_id).and_then(|position| self.index.phrase(position))
    }

    /// The title of a situation in `lang` (its key when it has none).
    pub fn situation_title(&self, key: &str, lang: &str) -> String {
        self.situations
            .iter()
            .find(|situation| situation.key.as_str() == key)
            .map_or(key.to_owned(), |situation| situation.title_in(lang).to_owned())
    }

    /// Live translations of a phrase (same group, other languages), by language.
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

    /// The collections phrases are in, by name.
    pub fn collection_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.index.phrases().iter().map(|phrase| phrase.collection.clone()).collect();
        names.sort();
        names.dedup();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Seed;

    #[test]
    fn a_library_sees_a_change_to_its_store_after_reload() {
        let mut library = Library::open(Store::open_in_memory(Seed::Builtin).expect("opens")).expect("reads");
        let before = library.index.len();
        let first = library.index.phrases()[0].id.clone();
        library.store_mut().delete_phrase(&first).expect("deletes");
        assert!(library.phrase(&first).is_some(), "the index is a snapshot until reloaded");
        library.reload().expect("reloads");
        assert_eq!(library.index.len(), before - 1);
        assert!(library.phrase(&first).is_none());
    }

    #[test]
    fn a_snapshot_read_on_another_thread_installs_like_a_reload() {
        let store = Store::open_in_memory(Seed::Builtin).expect("opens");
        let snapshot = std::thread::spawn(move || Snapshot::read(&store)).join().expect("joins");
        let mut library = Library::open(Store::open_in_memory(Seed::Empty).expect("opens")).expect("reads");
        assert_eq!(library.index.len(), 0);
        library.install(snapshot.expect("reads"));
        assert!(library.languages.iter().any(|lang| lang == "en"));
        assert!(!library.situations.is_empty());
    }
}
