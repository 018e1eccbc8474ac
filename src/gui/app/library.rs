//! The phrasebook as the window sees it: the store, the search index built from it, situations
//! with their counts, the languages and tags present. No egui here, so it is tested like the core.
//! A reload is two halves: [`Snapshot::read`] does all the reading and index building and needs
//! only a `&Store`, so it can run on a worker with its own connection; [`Library::install`] swaps
//! the result in.
//!
//! After a change the library asks the store what changed ([`Store::take_changes`]): a few
//! phrases (a save, a favourite, a delete) are changed in the index in place, within a frame even
//! at 100,000 phrases; anything larger (an import, a sync, a write by another process) is read
//! again on a worker thread while the old index keeps serving, and swapped in by
//! [`Library::poll`].

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError, channel};
use std::time::Duration;

use crate::model::{Phrase, PhraseId, Situation, Status, now};
use crate::search::SearchIndex;
use crate::store::{Changes, ReviewQueue, Seed, Store, StoreError};
use crate::watch::Waker;

/// Up to this many phrases changed at once are updated in the index in place; more are read
/// again (updating one costs about as much as tokenising it; reading all costs a full build).
const IN_PLACE_AT_MOST: usize = 256;

/// How long the worker holds back the review queue for the first results to be drawn (see
/// [`Library::results_shown`]); a window whose first list is empty never says so.
const QUEUE_HELD_AT_MOST: std::time::Duration = std::time::Duration::from_secs(2);

/// A full re-read running on a worker.
struct Rebuild {
    answer: Receiver<Result<Snapshot, StoreError>>,
    /// Phrases changed in place since the worker started reading: its snapshot may predate them,
    /// so they are applied again to it.
    since: Vec<PhraseId>,
    /// Another full re-read was asked for while this one ran.
    again: bool,
}

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
        // The index stored beside the database when it is current (nothing tokenised, no phrase
        // decoded: it keeps the languages, tags and counts too), else built and stored for the
        // next start. Counted from the index rather than the table, so the counts are of the
        // phrases on show (and a full scan of the phrases table is not paid at every start).
        let (index, _) = store.search_index_stored(now(), crate::search::RecordsCheck::AtLoad)?;
        let summary = index.summary().clone();
        Ok(Self {
            index: Arc::new(index),
            situations,
            situation_counts: summary.situation_counts,
            languages: summary.languages,
            tags: summary.tags,
        })
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
    rebuild: Option<Rebuild>,
    /// The review queue the worker reads after sending its snapshot: every draft in full, which
    /// at 85,000 drafts (an imported snippet hub) would keep the first results off screen if
    /// read before them, or on the window's thread. Dropped (and read afresh by whoever needs
    /// it) once phrases change after the worker began.
    queue: Option<Receiver<Result<ReviewQueue, StoreError>>>,
    /// Lets the worker go on to the review queue (see [`Library::results_shown`]).
    queue_gate: Option<std::sync::mpsc::Sender<()>>,
    /// Read by the worker when it is done, so a waker set after it started is still called.
    waker: Arc<std::sync::Mutex<Option<Waker>>>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Library").field("phrases", &self.index.len()).finish_non_exhaustive()
    }
}

impl Library {
    /// Opens the library over `store`. A database file is read on a worker (see
    /// [`Library::poll`]), so the window is on screen at once and shows the phrasebook when it
    /// is loaded; an in-memory one (tests, previews) is read here.
    pub fn open(store: Store) -> Result<Self, StoreError> {
        store.track_changes()?;
        let mut library = Self {
            store,
            index: Arc::default(),
            situations: Vec::new(),
            situation_counts: BTreeMap::new(),
            languages: Vec::new(),
            tags: Vec::new(),
            rebuild: None,
            queue: None,
            queue_gate: None,
            waker: Arc::default(),
        };
        library.reread()?;
        Ok(library)
    }

    /// Opens the library over `store` and reads it here, before returning.
    pub fn open_now(store: Store) -> Result<Self, StoreError> {
        let mut library = Self::open(store)?;
        library.wait()?;
        Ok(library)
    }

    /// Waits for a re-read on the worker to be installed (for scripts and tests).
    pub fn wait(&mut self) -> Result<(), StoreError> {
        while self.is_rereading() {
            if !self.poll()? {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
        Ok(())
    }

    /// Called when a re-read on the worker is ready, so a window can ask for a frame and poll.
    pub fn set_waker(&mut self, waker: Waker) {
        if let Ok(mut slot) = self.waker.lock() {
            *slot = Some(waker);
        }
    }

    /// Brings the library up to date with the store (after an import, an edit, or a sync): a few
    /// changed phrases at once, in place; more on a worker (see [`Library::poll`]). An in-memory
    /// store (tests, previews) cannot be opened twice and is re-read here.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        match self.store.take_changes(IN_PLACE_AT_MOST)? {
            Changes::Nothing => Ok(()),
            Changes::Phrases(phrases) => {
                if self.apply(phrases).is_err() {
                    self.reread()?;
                }
                Ok(())
            }
            Changes::Everything => self.reread(),
        }
    }

    /// Whether a full re-read is running on a worker.
    pub fn is_rereading(&self) -> bool {
        self.rebuild.is_some()
    }

    /// Installs a finished re-read; returns whether the phrasebook on show changed. Never blocks.
    pub fn poll(&mut self) -> Result<bool, StoreError> {
        self.poll_within(Duration::ZERO)
    }

    /// [`Library::poll`], waiting up to `at_most` for a re-read to finish.
    pub fn poll_within(&mut self, at_most: Duration) -> Result<bool, StoreError> {
        let Some(rebuild) = &self.rebuild else { return Ok(false) };
        let snapshot = match rebuild.answer.recv_timeout(at_most) {
            Err(RecvTimeoutError::Timeout) => return Ok(false),
            Ok(snapshot) => snapshot,
            // The worker died without an answer: read here rather than never.
            Err(RecvTimeoutError::Disconnected) => Snapshot::read(&self.store),
        };
        let Some(rebuild) = self.rebuild.take() else { return Ok(false) };
        self.install(snapshot?);
        let mut again = Vec::with_capacity(rebuild.since.len());
        for id in rebuild.since {
            let phrase = self.store.find_phrase(&id)?;
            again.push((id, phrase));
        }
        if rebuild.again || self.apply(again).is_err() {
            self.reread()?;
        }
        Ok(true)
    }

    /// Reads everything again: on a worker with its own connection for a database file, here
    /// for an in-memory one.
    fn reread(&mut self) -> Result<(), StoreError> {
        let Some(path) = self.store.path().map(PathBuf::from) else {
            let snapshot = Snapshot::read(&self.store)?;
            self.install(snapshot);
            return Ok(());
        };
        if let Some(rebuild) = &mut self.rebuild {
            rebuild.again = true;
            return Ok(());
        }
        let (answer_to, answer) = channel();
        let (queue_to, queue) = channel();
        let (gate, gate_opened) = channel::<()>();
        let waker = Arc::clone(&self.waker);
        let wake = move || {
            if let Ok(slot) = waker.lock()
                && let Some(wake) = slot.as_ref()
            {
                wake();
            }
        };
        let started = std::thread::Builder::new().name("tactful-index".into()).spawn(move || {
            // The window created and seeded the database already; this connection never seeds.
            let store = match Store::open(&path, Seed::Empty) {
                Ok(store) => store,
                Err(error) => {
                    let _ = answer_to.send(Err(error));
                    return wake();
                }
            };
            let snapshot = Snapshot::read(&store);
            let _ = answer_to.send(snapshot);
            wake();
            // After the first results are drawn, so they need not wait for every draft: on two
            // cores, reading 85,000 drafts beside the window's first frames held its first list
            // back. Read in its own transaction: the index's snapshot may be older, which only
            // ever leaves a queue newer than the index, as after any edit.
            let _ = gate_opened.recv_timeout(QUEUE_HELD_AT_MOST);
            let _ = queue_to.send(store.review_queue());
            wake();
        });
        match started {
            Ok(_) => {
                self.rebuild = Some(Rebuild { answer, since: Vec::new(), again: false });
                self.queue = Some(queue);
                self.queue_gate = Some(gate);
                Ok(())
            }
            // No thread to be had: read here, slower but correct.
            Err(_) => {
                let snapshot = Snapshot::read(&self.store)?;
                self.install(snapshot);
                Ok(())
            }
        }
    }

    /// Changes the listed phrases in the index in place; an error means the index could not
    /// take one of them (a new language or situation) and must be read again.
    fn apply(&mut self, phrases: Vec<(PhraseId, Option<Phrase>)>) -> Result<(), crate::search::NeedsRebuild> {
        let at = now();
        if !phrases.is_empty() {
            // The worker's queue may predate these: whoever reloads reads it afresh.
            self.queue = None;
        }
        for (id, phrase) in phrases {
            if let Some(rebuild) = &mut self.rebuild {
                rebuild.since.push(id.clone());
            }
            if let Some(old) = self.phrase(&id).map(|old| old.content.situation.as_str().to_owned())
                && let Some(count) = self.situation_counts.get_mut(&old)
            {
                *count = count.saturating_sub(1);
                if *count == 0 {
                    self.situation_counts.remove(&old);
                }
            }
            let index = Arc::make_mut(&mut self.index);
            match phrase {
                Some(phrase) => {
                    *self.situation_counts.entry(phrase.content.situation.as_str().to_owned()).or_default() += 1;
                    insert_sorted(&mut self.languages, phrase.content.lang.as_str());
                    for tag in &phrase.content.tags {
                        insert_sorted(&mut self.tags, tag);
                    }
                    index.upsert(phrase, at)?;
                }
                None => {
                    index.remove(&id);
                }
            }
        }
        Ok(())
    }

    /// Says the window has drawn its first results after a re-read, so the worker may read the
    /// review queue now rather than when it would compete with them.
    pub fn results_shown(&mut self) {
        if let Some(gate) = self.queue_gate.take() {
            let _ = gate.send(());
        }
    }

    /// Whether the worker is still to send the review queue (see [`Library::take_queue`]).
    pub fn queue_pending(&self) -> bool {
        self.queue.is_some()
    }

    /// The review queue the worker read after its snapshot, once it has arrived; never blocks.
    pub fn take_queue(&mut self) -> Option<Result<ReviewQueue, StoreError>> {
        let answer = match self.queue.as_ref()?.try_recv() {
            Err(TryRecvError::Empty) => return None,
            Ok(queue) => queue,
            // The worker died before reading it: read here rather than never.
            Err(TryRecvError::Disconnected) => self.store.review_queue(),
        };
        self.queue = None;
        Some(answer)
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
        let is_sibling = |other: &&Phrase| {
            other.content.group.as_ref() == Some(group)
                && other.id != phrase.id
                && other.content.status != Status::Retired
        };
        // The store finds the group's members by its index on groups; they are shown as the
        // search index has them. Going through the index's phrases instead would decode every
        // one of a stored index's phrases (a second's freeze at 100,000) the first time the
        // detail pane shows a phrase.
        let mut siblings: Vec<&Phrase> = match self.store.group_members(group) {
            Ok(members) => members.iter().filter_map(|member| self.phrase(&member.id)).filter(is_sibling).collect(),
            // The store could not be read this time: the index alone answers, slower.
            Err(_) => self.index.phrases().iter().filter(is_sibling).collect(),
        };
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

/// Adds `value` to a sorted list that lacks it. (A value whose last phrase went stays listed
/// until the next full read: a filter that finds nothing, not a wrong result.)
fn insert_sorted(list: &mut Vec<String>, value: &str) {
    if let Err(slot) = list.binary_search_by(|have| have.as_str().cmp(value)) {
        list.insert(slot, value.to_owned());
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
    fn an_edit_changes_the_index_in_place_and_search_finds_it() {
        let mut library = Library::open(Store::open_in_memory(Seed::Builtin).expect("opens")).expect("reads");
        let id = library.index.phrases()[0].id.clone();
        let generation_before = library.index.len();
        let edit = crate::store::PhraseEdit {
            text: Some("Our quokka will handle this today.".into()),
            ..crate::store::PhraseEdit::default()
        };
        library.store_mut().edit_phrase(&id, edit).expect("edits");
        library.reload().expect("reloads");
        assert!(!library.is_rereading());
        assert_eq!(library.index.len(), generation_before);
        let hits = crate::search::Searcher::new().search(&library.index, "quokka", &Default::default(), 5);
        assert_eq!(hits.first().map(|hit| &hit.id), Some(&id));
    }

    #[test]
    fn a_write_by_another_process_is_read_again_on_a_worker_and_swapped_in() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("tactful.sqlite");
        let mut library = Library::open(Store::open(&path, Seed::Builtin).expect("opens")).expect("reads");
        assert!(library.is_rereading(), "a database file is read on a worker");
        library.wait().expect("reads");
        let before = library.index.len();
        let mut other = Store::open(&path, Seed::Builtin).expect("opens");
        let first = library.index.phrases()[0].id.clone();
        other.delete_phrase(&first).expect("deletes");
        library.reload().expect("reloads");
        assert!(library.is_rereading(), "read again off the caller's thread");
        assert_eq!(library.index.len(), before, "the old index serves meanwhile");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while !library.poll().expect("polls") && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert_eq!(library.index.len(), before - 1);
        assert!(library.phrase(&first).is_none());
    }

    type Panel = (BTreeMap<String, usize>, Vec<String>, Vec<String>);

    /// The side panel's situation counts, languages and tags.
    fn panel(library: &Library) -> Panel {
        (library.situation_counts.clone(), library.languages.clone(), library.tags.clone())
    }

    /// What the side panel should list, asked of the database itself.
    fn panel_of(store: &Store) -> Panel {
        let phrases = store.phrases().expect("reads");
        let mut languages: Vec<String> = phrases.iter().map(|phrase| phrase.content.lang.to_string()).collect();
        languages.sort();
        languages.dedup();
        let mut tags: Vec<String> = phrases.iter().flat_map(|phrase| phrase.content.tags.clone()).collect();
        tags.sort();
        tags.dedup();
        (store.situation_counts().expect("counts"), languages, tags)
    }

    /// A collection of `count` phrases in a language and situation of their own.
    fn night_shift(count: usize) -> String {
        let phrases: Vec<String> = (0..count)
            .map(|number| {
                format!(
                    r#"{{"id":"night-{number}","situation":"night","lang":"fi","text":"Yövuoro vastaa {number}.","tags":["night-shift"],"status":"vetted"}}"#
                )
            })
            .collect();
        format!(
            r#"{{"format":"tactful.collection","version":1,"name":"Night shift","situations":[{{"key":"night","title":{{"en":"Night shift"}}}}],"phrases":[{}]}}"#,
            phrases.join(",")
        )
    }

    #[test]
    fn the_side_panel_lists_what_the_database_holds_after_a_load_an_edit_and_an_import() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("tactful.sqlite");
        // The first window builds the index and stores it; the second reads the stored file.
        let first = Library::open_now(Store::open(&path, Seed::Builtin).expect("opens")).expect("reads");
        assert_eq!(panel(&first), panel_of(first.store()), "built");
        drop(first);
        assert!(crate::store::stored_index_path(&path).is_file(), "the index was stored");
        let mut library = Library::open_now(Store::open(&path, Seed::Empty).expect("opens")).expect("reads");
        assert!(library.languages.iter().any(|lang| lang == "en"), "{:?}", library.languages);
        assert!(library.tags.len() > 1, "{:?}", library.tags);
        assert_eq!(panel(&library), panel_of(library.store()), "read from the stored index");

        // One phrase moves to another situation and gains a tag: changed in place.
        let phrase = library.index.phrase(0).expect("a phrase").clone();
        let elsewhere = library
            .situations
            .iter()
            .map(|situation| situation.key.clone())
            .find(|key| *key != phrase.content.situation)
            .expect("a second situation");
        let mut tags = phrase.content.tags.clone();
        tags.push("moved-tonight".into());
        let edit = crate::store::PhraseEdit {
            situation: Some(elsewhere.clone()),
            tags: Some(tags),
            ..crate::store::PhraseEdit::default()
        };
        library.store_mut().edit_phrase(&phrase.id, edit).expect("edits");
        library.reload().expect("reloads");
        assert!(!library.is_rereading(), "changed in place");
        assert!(library.tags.iter().any(|tag| tag == "moved-tonight"));
        assert_eq!(panel(&library), panel_of(library.store()), "after an edit");

        // An import of more than can be changed in place: read again on the worker.
        let file = folder.path().join("night.json");
        std::fs::write(&file, night_shift(IN_PLACE_AT_MOST + 44)).expect("writes");
        let collection = crate::interchange::read_file(&file).expect("valid");
        library.store_mut().import(&file, &collection, crate::store::ImportMode::Apply).expect("imports");
        library.reload().expect("reloads");
        assert!(library.is_rereading(), "read again on the worker");
        library.wait().expect("reads");
        assert_eq!(library.situation_counts.get("night"), Some(&(IN_PLACE_AT_MOST + 44)));
        assert!(library.languages.iter().any(|lang| lang == "fi"));
        assert!(library.tags.iter().any(|tag| tag == "night-shift"));
        assert_eq!(panel(&library), panel_of(library.store()), "after an import");
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
