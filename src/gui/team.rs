//! The window's side of team curation: the collection filter, the review view's snapshot, the
//! "Subscribe…" form (a folder, a file or a web address, optionally pinned to trusted keys),
//! syncing followed paths on start and when the watcher sees a change, and polling followed
//! addresses on a jittered timer, all through one background worker (a slow disk, a FIFO or a
//! slow server never stalls a frame). Actions arrive as [`TeamAction`] and are applied after the frame like every other.

use crate::i18n::Explain;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::model::PhraseId;
use crate::remote::PollSchedule;
use crate::signing::TrustedKey;
use crate::store::{Resolution, ReviewQueue, Store, SubscribeOutcome, Subscription, SyncReport};

use super::store_job::StoreJob;
use crate::watch::{SubscriptionWatcher, SyncRequest, SyncWorker, Waker};

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
    /// Trusted public keys typed in the subscribe form, one per line.
    pub subscribe_keys: String,
    /// Why the last subscribe failed, shown in the form.
    pub subscribe_error: Option<String>,
    /// The subscription being made, while its first sync runs.
    pub subscribing: Option<StoreJob<SubscribeOutcome>>,
    /// Set when a subscription was made: the window closes the form.
    pub subscribed: bool,
    /// What is followed, with each one's last sync or error (shown in the subscribe form).
    pub subscriptions: Vec<Subscription>,
    /// A message for the next frame's toast (from syncing at start or on a change).
    pub notice: Option<String>,
    watcher: Option<SubscriptionWatcher>,
    waker: Option<Waker>,
    /// Syncs followed files and fetches followed addresses off the window's thread (a database
    /// file only: an in-memory one cannot be opened by a second connection, and is synced inline).
    worker: Option<SyncWorker>,
    /// The waker the worker calls; filled in when the window sets one, after the worker started.
    worker_waker: Arc<Mutex<Option<Waker>>>,
    /// When followed addresses are polled next.
    next_remote_poll: Option<Instant>,
    /// How often they are polled.
    pub schedule: PollSchedule,
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
        .filter(|report| !report.already_reported)
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
                Err(error) => Some(tr!("team-sync-failed-file", file = name, error = error.explain())),
            }
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

impl TeamState {
    /// Syncs every followed path (the "on every start" of a subscription) and starts watching
    /// them. Failures become the notice; the window opens regardless.
    pub fn start(&mut self, store: &mut Store) {
        let subscriptions = match store.subscriptions() {
            Ok(subscriptions) => subscriptions,
            Err(error) => {
                self.notice = Some(tr!("team-not-synced", error = error.explain()));
                return;
            }
        };
        let roots: Vec<PathBuf> = subscriptions
            .iter()
            .filter(|subscription| !subscription.is_url())
            .map(|subscription| subscription.path.clone())
            .collect();
        // Files and folders are synced now, addresses by the first poll; both on the worker, so
        // a followed file on a slow disk, a FIFO or a huge file never keeps the window from
        // painting.
        if let Some(path) = store.path() {
            let slot = Arc::clone(&self.worker_waker);
            let wake: Waker = Arc::new(move || {
                if let Ok(guard) = slot.lock()
                    && let Some(wake) = guard.as_ref()
                {
                    wake();
                }
            });
            let worker = SyncWorker::start(path.to_path_buf(), Some(wake));
            if !roots.is_empty() {
                worker.request(SyncRequest::Paths(roots.clone()));
            }
            self.worker = Some(worker);
        } else {
            let mut reports = Vec::new();
            for root in &roots {
                match store.sync_subscription(root) {
                    Ok(found) => reports.extend(found),
                    Err(error) => self.notice = Some(tr!("team-not-synced", error = error.explain())),
                }
            }
            if let Some(message) = describe(&reports) {
                self.notice = Some(message);
            }
        }
        if !roots.is_empty() {
            self.watch(&roots);
        }
        if subscriptions.iter().any(Subscription::is_url) {
            self.next_remote_poll = Some(Instant::now());
        }
    }

    /// How long until followed addresses are polled again (the window asks for a frame then).
    pub fn next_poll_in(&self) -> Option<Duration> {
        self.next_remote_poll.map(|at| at.saturating_duration_since(Instant::now()))
    }

    /// The followed addresses, when their time to be polled has come (and the next time set).
    fn due_addresses(&mut self) -> Vec<PathBuf> {
        if self.next_remote_poll.is_none_or(|at| at > Instant::now()) {
            return Vec::new();
        }
        self.next_remote_poll = Some(Instant::now() + self.schedule.next_wait());
        let due = self.subscriptions.iter().filter(|subscription| subscription.is_url());
        let addresses = due.map(|subscription| subscription.path.clone()).collect();
        // A fetch still running (a slow server) is not asked for again.
        if self.worker.as_ref().is_some_and(SyncWorker::is_busy) { Vec::new() } else { addresses }
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
        if let Ok(mut slot) = self.worker_waker.lock() {
            *slot = Some(Arc::clone(&waker));
        }
        self.waker = Some(waker);
    }

    /// Re-reads collections and the review queue.
    pub fn reload(&mut self, store: &Store) -> Result<(), crate::store::StoreError> {
        let queue = store.review_queue()?;
        self.reload_with(store, queue)
    }

    /// Re-reads collections, taking a review queue read elsewhere (on the library's worker).
    pub fn reload_with(
        &mut self,
        store: &Store,
        queue: crate::store::ReviewQueue,
    ) -> Result<(), crate::store::StoreError> {
        self.collections = store.collections()?.into_iter().map(|collection| collection.name).collect();
        self.queue = queue;
        self.subscriptions = store.subscriptions()?;
        if self.collection.as_ref().is_some_and(|name| !self.collections.contains(name)) {
            self.collection = None;
        }
        Ok(())
    }

    /// Syncs followed paths that changed on disk and polls followed addresses when due; collects
    /// what the worker finished. Returns whether the phrasebook should be re-read; never blocks.
    pub fn poll(&mut self, store: &mut Store) -> bool {
        let mut paths = self.watcher.as_mut().map(SubscriptionWatcher::poll).unwrap_or_default();
        paths.extend(self.due_addresses());
        let mut reports = Vec::new();
        match &self.worker {
            Some(worker) => {
                if !paths.is_empty() {
                    worker.request(SyncRequest::Paths(paths));
                }
                for batch in worker.poll() {
                    match batch {
                        Ok(found) => reports.extend(found),
                        Err(error) => self.notice = Some(tr!("team-not-synced", error = error.explain())),
                    }
                }
            }
            None => {
                for path in paths {
                    match store.sync_subscription(&path) {
                        Ok(found) => reports.extend(found),
                        Err(error) => self.notice = Some(error.explain()),
                    }
                }
            }
        }
        let subscribed = self.finish_subscribing();
        if let Some(message) = describe(&reports) {
            self.notice = Some(message);
        }
        if !reports.is_empty()
            && let Ok(subscriptions) = store.subscriptions()
        {
            self.subscriptions = subscriptions;
        }
        // A 304 or an unchanged copy leaves the list as it is: no reload every few minutes.
        subscribed
            || reports
                .iter()
                .any(|report| report.result.as_ref().is_ok_and(crate::store::ImportReport::changes_anything))
    }

    /// Takes in a subscription whose first sync is done: watches its path or schedules its
    /// polls, and says what it brought. Returns whether the phrasebook should be re-read.
    fn finish_subscribing(&mut self) -> bool {
        let Some(result) = self.subscribing.as_mut().and_then(StoreJob::poll) else { return false };
        self.subscribing = None;
        match result {
            Ok(outcome) => {
                if crate::remote::is_url(&outcome.path.to_string_lossy()) {
                    self.next_remote_poll = Some(Instant::now() + self.schedule.next_wait());
                } else {
                    self.watch(std::slice::from_ref(&outcome.path));
                }
                self.notice =
                    Some(describe(&outcome.reports).unwrap_or_else(|| tr!("team-following", path = &outcome.path)));
                self.subscribe_path.clear();
                self.subscribe_keys.clear();
                self.subscribe_error = None;
                self.subscribed = true;
                true
            }
            Err(error) => {
                self.subscribe_error = Some(error.explain());
                false
            }
        }
    }

    /// Whether a change on disk is waiting to settle (the window looks again once it has).
    ///
    /// A running sync is not a reason to ask for frames: the worker wakes the window when it
    /// finishes, and a batch finished before the waker was set is collected by the first frame's
    /// poll, which runs after [`TeamState::set_waker`]. A slow server would otherwise keep the
    /// window repainting for as long as the fetch may take.
    pub fn is_settling(&self) -> bool {
        self.watcher.as_ref().is_some_and(SubscriptionWatcher::is_settling)
    }

    /// Applies a team action to the store; returns whether the phrasebook should be re-read.
    pub fn apply(
        &mut self,
        action: TeamAction,
        store: &mut Store,
        agent_name: &str,
        context: &egui::Context,
    ) -> Result<bool, String> {
        match action {
            TeamAction::FilterCollection(name) => {
                self.collection = name;
                Ok(false)
            }
            // Opening and closing the views is the window's business (its `Modal`).
            TeamAction::ToggleReview | TeamAction::ToggleSubscribe => Ok(false),
            TeamAction::Vet(id) => {
                let by = Some(agent_name).filter(|name| !name.trim().is_empty());
                store.vet(&id, by).map_err(|error| error.explain())?;
                self.notice = Some(tr!("team-vetted"));
                Ok(true)
            }
            TeamAction::Resolve(id, resolution) => {
                store.resolve(&id, resolution).map_err(|error| error.explain())?;
                let side = if resolution == Resolution::Ours { "team-kept-ours" } else { "team-took-theirs" };
                self.notice = Some(tr!(side));
                Ok(true)
            }
            TeamAction::Subscribe => {
                let keys: Result<Vec<TrustedKey>, _> = self
                    .subscribe_keys
                    .lines()
                    .filter(|line| !line.trim().is_empty())
                    .map(|line| TrustedKey::parse_or_read(line.trim()))
                    .collect();
                match keys {
                    Ok(keys) => {
                        // The first fetch of an address may wait on a slow server for as long
                        // as the fetch timeout: on a worker, while the form says so.
                        let target = self.subscribe_path.trim().to_owned();
                        self.subscribe_error = None;
                        self.subscribing = Some(StoreJob::start(store, context, move |own| own.follow(&target, &keys)));
                    }
                    Err(error) => self.subscribe_error = Some(error.explain()),
                }
                Ok(false)
            }
        }
    }
}
