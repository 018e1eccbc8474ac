//! The window's side of team curation: the collection filter, the review view's snapshot, the
//! "Subscribe to folder…" form, syncing followed paths on start, and polling the watcher once per
//! frame. Actions arrive as [`TeamAction`] and are applied after the frame like every other.

use std::path::PathBuf;
use std::sync::Arc;

use crate::model::PhraseId;
use crate::store::{Resolution, ReviewQueue, Store, SyncReport};
use crate::watch::{SubscriptionWatcher, Waker};

/// What the agent can ask of the team views.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamAction {
    /// Show one collection only (`None`: all).
    FilterCollection(Option<String>),
    /// Open or close the review view.
    ToggleReview,
    /// Vet a phrase as the agent named in settings.
    Vet(PhraseId),
    /// Keep one side of a conflict.
    Resolve(PhraseId, Resolution),
    /// Open or close the subscribe form.
    ToggleSubscribe,
    /// Follow the path typed in the subscribe form.
    Subscribe,
}

/// Team state kept by the window.
#[derive(Default)]
pub struct TeamState {
    /// Collection filter from the side panel.
    pub collection: Option<String>,
    /// Collection names, sorted.
    pub collections: Vec<String>,
    /// The review queue as last read (drafts, needs review, conflicts).
    pub queue: ReviewQueue,
    /// The path typed in the subscribe form.
    pub subscribe_path: String,
    /// Focus the path field on the next frame.
    pub subscribe_focus: bool,
    /// Why the last subscribe failed, shown in the form.
    pub subscribe_error: Option<String>,
    /// A message for the next frame's toast (from syncing at start or on a change).
    pub notice: Option<String>,
    watcher: Option<SubscriptionWatcher>,
    waker: Option<Waker>,
}

impl std::fmt::Debug for TeamState {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("TeamState")
            .field("collection", &self.collection)
            .field("watcher", &self.watcher)
            .finish_non_exhaustive()
    }
}

/// One line per file that changed or failed; files already up to date say nothing.
pub fn describe(reports: &[SyncReport]) -> Option<String> {
    let lines: Vec<String> = reports
        .iter()
        .filter_map(|report| {
            let name = report.file.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
            match &report.result {
                Ok(import) if import.changes_anything() => Some(tr!(
                    "team-synced-file",
                    file = name,
                    added = import.added.len(),
                    updated = import.updated.len(),
                    retired = import.retired.len(),
                    conflicts = import.conflicts.len(),
                )),
                Ok(_) => None,
                Err(error) => Some(tr!("team-sync-failed-file", file = name, error = error.to_string())),
            }
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

impl TeamState {
    /// Syncs every followed path (the "on every start" of a subscription) and starts watching
    /// them. Failures become the notice; the window opens regardless.
    pub fn start(&mut self, store: &mut Store) {
        match store.sync_subscriptions() {
            Ok(reports) => self.notice = describe(&reports),
            Err(error) => self.notice = Some(tr!("team-not-synced", error = error.to_string())),
        }
        let roots: Vec<PathBuf> =
            store.subscriptions().map(|list| list.into_iter().map(|item| item.path).collect()).unwrap_or_default();
        if !roots.is_empty() {
            self.watch(&roots);
        }
    }

    fn watch(&mut self, roots: &[PathBuf]) {
        match &mut self.watcher {
            Some(watcher) => roots.iter().for_each(|root| watcher.add(root)),
            None => match SubscriptionWatcher::new(roots) {
                Ok(watcher) => {
                    if let Some(waker) = &self.waker {
                        watcher.set_waker(Arc::clone(waker));
                    }
                    self.watcher = Some(watcher);
                }
                Err(error) => self.notice = Some(tr!("team-no-watching", error = error.to_string())),
            },
        }
    }

    /// Whether a waker is set (the window sets one on its first frame).
    pub fn has_waker(&self) -> bool {
        self.waker.is_some()
    }

    /// Wakes the window through `waker` when a followed path changes, so it need not poll on a
    /// timer.
    pub fn set_waker(&mut self, waker: Waker) {
        if let Some(watcher) = &self.watcher {
            watcher.set_waker(Arc::clone(&waker));
        }
        self.waker = Some(waker);
    }

    /// Re-reads collections and the review queue.
    pub fn reload(&mut self, store: &Store) -> Result<(), crate::store::StoreError> {
        self.collections = store.collections()?.into_iter().map(|collection| collection.name).collect();
        self.queue = store.review_queue()?;
        if self.collection.as_ref().is_some_and(|name| !self.collections.contains(name)) {
            self.collection = None;
        }
        Ok(())
    }

    /// Syncs followed paths that changed on disk. Returns whether the phrasebook should be
    /// re-read; never blocks waiting for events.
    pub fn poll(&mut self, store: &mut Store) -> bool {
        let Some(watcher) = self.watcher.as_mut() else { return false };
        let changed = watcher.poll();
        let mut reports = Vec::new();
        for root in changed {
            match store.sync_subscription(&root) {
                Ok(found) => reports.extend(found),
                Err(error) => self.notice = Some(error.to_string()),
            }
        }
        if let Some(message) = describe(&reports) {
            self.notice = Some(message);
        }
        !reports.is_empty()
    }

    /// Whether a change on disk is waiting to settle (the window asks for another frame).
    pub fn is_settling(&self) -> bool {
        self.watcher.as_ref().is_some_and(SubscriptionWatcher::is_settling)
    }

    /// Applies a team action to the store; returns whether the phrasebook should be re-read.
    pub fn apply(&mut self, action: TeamAction, store: &mut Store, agent_name: &str) -> Result<bool, String> {
        match action {
            TeamAction::FilterCollection(name) => {
                self.collection = name;
                Ok(false)
            }
            // Opening and closing the views is the window's business (its `Modal`).
            TeamAction::ToggleReview | TeamAction::ToggleSubscribe => Ok(false),
            TeamAction::Vet(id) => {
                let by = Some(agent_name).filter(|name| !name.trim().is_empty());
                store.vet(&id, by).map_err(|error| error.to_string())?;
                self.notice = Some(tr!("team-vetted"));
                Ok(true)
            }
            TeamAction::Resolve(id, resolution) => {
                store.resolve(&id, resolution).map_err(|error| error.to_string())?;
                let side = if resolution == Resolution::Ours { "team-kept-ours" } else { "team-took-theirs" };
                self.notice = Some(tr!(side));
                Ok(true)
            }
            TeamAction::Subscribe => {
                let path = PathBuf::from(self.subscribe_path.trim());
                match store.subscribe(&path) {
                    Ok(outcome) => {
                        self.watch(std::slice::from_ref(&outcome.path));
                        self.notice = Some(
                            describe(&outcome.reports).unwrap_or_else(|| tr!("team-following", path = &outcome.path)),
                        );
                        self.subscribe_path.clear();
                        self.subscribe_error = None;
                        Ok(true)
                    }
                    Err(error) => {
                        self.subscribe_error = Some(error.to_string());
                        Ok(false)
                    }
                }
            }
        }
    }
}
