//! Watching followed files and folders for changes while the app runs, with `notify`, and syncing
//! them off the window's thread. The window polls [`SubscriptionWatcher::poll`] once per frame and
//! hands what it returns to a [`SyncWorker`], which reads and imports on its own thread through its
//! own connection to the database; the window polls [`SyncWorker::poll`] and reloads when a batch
//! is done. A slow disk, a huge file or a hostile one (a FIFO, a device) never stalls a frame.
//! Nothing here knows about egui. Events are debounced, so a file written in several steps is read
//! once, after the writer is done.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::interchange::FileFormat;
use crate::store::{Seed, Store, StoreError, SyncReport};

/// Called from the watcher's thread when something changed, so a window can wake up and poll.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// How long a followed path must be quiet after a change before it is reported.
pub const SETTLE: Duration = Duration::from_millis(300);

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot watch {}: {reason}", path.display())]
pub struct WatchError {
    /// The path.
    pub path: PathBuf,
    /// notify's reason (part of the message, so not also a `source` that a chain would repeat).
    pub reason: notify::Error,
}

/// Watches followed paths; a followed file is watched through its folder, so a file replaced by
/// an atomic rename (as editors and `tactful export -o` do) is still seen.
pub struct SubscriptionWatcher {
    watcher: RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    roots: Vec<PathBuf>,
    pending: BTreeMap<PathBuf, Instant>,
    waker: Arc<Mutex<Option<Waker>>>,
    /// Roots that could not be watched, with why; they are synced on start only.
    pub unwatched: Vec<WatchError>,
}

impl std::fmt::Debug for SubscriptionWatcher {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("SubscriptionWatcher").field("roots", &self.roots).finish()
    }
}

impl SubscriptionWatcher {
    /// Starts watching `roots` (followed files or folders). A root that does not exist or cannot
    /// be watched is listed in [`SubscriptionWatcher::unwatched`]; the others are still watched.
    pub fn new(roots: &[PathBuf]) -> Result<Self, WatchError> {
        let (sender, events) = channel();
        let waker: Arc<Mutex<Option<Waker>>> = Arc::default();
        let wake = Arc::clone(&waker);
        let watcher = notify::recommended_watcher(move |event| {
            // The receiver is gone only when the watcher is being dropped.
            let _ = sender.send(event);
            if let Ok(guard) = wake.lock()
                && let Some(wake) = guard.as_ref()
            {
                wake();
            }
        })
        .map_err(|reason| WatchError { path: PathBuf::new(), reason })?;
        let mut this =
            Self { watcher, events, roots: Vec::new(), pending: BTreeMap::new(), waker, unwatched: Vec::new() };
        for root in roots {
            this.add(root);
        }
        Ok(this)
    }

    /// Follows one more root (after `tactful subscribe` or the GUI's menu).
    pub fn add(&mut self, root: &Path) {
        let target = if root.is_dir() { root.to_path_buf() } else { root.parent().unwrap_or(root).to_path_buf() };
        match self.watcher.watch(&target, RecursiveMode::NonRecursive) {
            Ok(()) => self.roots.push(root.to_path_buf()),
            Err(reason) => self.unwatched.push(WatchError { path: root.to_path_buf(), reason }),
        }
    }

    /// Calls `wake` whenever an event arrives (a window asks for a frame, then polls).
    pub fn set_waker(&self, wake: Waker) {
        if let Ok(mut guard) = self.waker.lock() {
            *guard = Some(wake);
        }
    }

    /// The followed paths the watcher covers.
    pub fn roots(&self) -> &[PathBuf] {
        &self.roots
    }

    fn root_of(&self, changed: &Path) -> Option<&PathBuf> {
        self.roots.iter().find(|root| {
            if changed == root.as_path() {
                return true;
            }
            let in_folder = root.is_dir() && changed.parent() == Some(root.as_path());
            let visible = changed.file_name().and_then(|name| name.to_str()).is_some_and(|name| !name.starts_with('.'));
            in_folder && visible && FileFormat::of(changed).is_some()
        })
    }

    /// Followed roots that changed and have been quiet for [`SETTLE`]; each reported once per
    /// burst of changes. Never blocks.
    pub fn poll(&mut self) -> Vec<PathBuf> {
        self.poll_at(Instant::now())
    }

    /// Polls until something changed or `timeout` passed: for scripts and tests that have no
    /// frame loop to poll from.
    pub fn wait_for_change(&mut self, timeout: Duration) -> Vec<PathBuf> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            let changed = self.poll();
            if !changed.is_empty() {
                return changed;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Vec::new()
    }

    fn poll_at(&mut self, now: Instant) -> Vec<PathBuf> {
        while let Ok(event) = self.events.try_recv() {
            let Ok(event) = event else { continue };
            if event.kind.is_access() {
                continue;
            }
            for path in &event.paths {
                if let Some(root) = self.root_of(path).cloned() {
                    self.pending.insert(root, now);
                }
            }
        }
        let settled: Vec<PathBuf> = self
            .pending
            .iter()
            .filter(|(_, changed_at)| now.duration_since(**changed_at) >= SETTLE)
            .map(|(root, _)| root.clone())
            .collect();
        for root in &settled {
            self.pending.remove(root);
        }
        settled
    }

    /// Whether a change is waiting to settle (the GUI asks for another frame while it is).
    pub fn is_settling(&self) -> bool {
        !self.pending.is_empty()
    }
}

/// What a [`SyncWorker`] is asked to sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncRequest {
    /// Every followed path (on start).
    All,
    /// The followed paths the watcher reported.
    Paths(Vec<PathBuf>),
}

/// One finished request: a report per file read, or why the database could not be used.
pub type SyncBatch = Result<Vec<SyncReport>, StoreError>;

/// Syncs followed files on a background thread with its own connection to the database (SQLite
/// in WAL mode lets the window keep reading meanwhile; writes take turns through the lock).
/// Requests are handled in order; dropping the worker ends the thread after the current one.
pub struct SyncWorker {
    requests: Option<std::sync::mpsc::Sender<SyncRequest>>,
    batches: Receiver<SyncBatch>,
    busy: Arc<std::sync::atomic::AtomicUsize>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for SyncWorker {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("SyncWorker").field("busy", &self.is_busy()).finish()
    }
}

impl SyncWorker {
    /// Starts the worker for the database at `database`; `wake` is called after each batch so a
    /// window can ask for a frame and poll.
    pub fn start(database: PathBuf, wake: Option<Waker>) -> Self {
        let (requests, incoming) = channel::<SyncRequest>();
        let (finished, batches) = channel();
        let busy = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let pending = Arc::clone(&busy);
        let thread = std::thread::Builder::new()
            .name("tactful-sync".into())
            .spawn(move || {
                let mut store: Option<Store> = None;
                for request in incoming {
                    let batch = sync_once(&database, &mut store, request);
                    // Sent before the count drops, so a caller that sees "not busy" finds the batch.
                    let sent = finished.send(batch);
                    pending.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
                    if sent.is_err() {
                        return;
                    }
                    if let Some(wake) = &wake {
                        wake();
                    }
                }
            })
            .ok();
        Self { requests: Some(requests), batches, busy, thread }
    }

    /// Queues a sync; returns at once.
    pub fn request(&self, request: SyncRequest) {
        let Some(requests) = &self.requests else { return };
        self.busy.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if requests.send(request).is_err() {
            // The thread could not start or has ended; nothing will handle this request.
            self.busy.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
        }
    }

    /// The batches finished since the last poll; never blocks.
    pub fn poll(&self) -> Vec<SyncBatch> {
        self.batches.try_iter().collect()
    }

    /// Whether a request is queued or running (the window shows "syncing…" and keeps polling).
    pub fn is_busy(&self) -> bool {
        self.busy.load(std::sync::atomic::Ordering::SeqCst) > 0
    }

    /// Waits until every queued request is done or `timeout` passed, and returns the batches: for
    /// scripts and tests that have no frame loop.
    pub fn wait(&self, timeout: Duration) -> Vec<SyncBatch> {
        let deadline = Instant::now() + timeout;
        let mut batches = Vec::new();
        while self.is_busy() {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.batches.recv_timeout(left) {
                Ok(batch) => batches.push(batch),
                Err(_) => break,
            }
        }
        batches.extend(self.poll());
        batches
    }
}

impl Drop for SyncWorker {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop once the current request is done.
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            // A thread that panicked has nothing left to clean up.
            let _ = thread.join();
        }
    }
}

fn sync_once(database: &Path, store: &mut Option<Store>, request: SyncRequest) -> SyncBatch {
    let store = match store {
        Some(store) => store,
        // The window created and seeded the database already; this connection never seeds.
        None => store.insert(Store::open(database, Seed::Empty)?),
    };
    match request {
        SyncRequest::All => store.sync_subscriptions(),
        SyncRequest::Paths(paths) => {
            let mut reports = Vec::new();
            for path in paths {
                reports.extend(store.sync_subscription(&path)?);
            }
            Ok(reports)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_file_in_a_followed_folder_is_reported_once() {
        let folder = tempfile::tempdir().expect("temp dir");
        let root = std::fs::canonicalize(folder.path()).expect("canonical");
        let mut watcher = SubscriptionWatcher::new(std::slice::from_ref(&root)).expect("watches");
        std::fs::write(root.join("team.json"), "{}").expect("writes");
        assert_eq!(watcher.wait_for_change(Duration::from_secs(10)), vec![root.clone()]);
        std::thread::sleep(SETTLE * 2);
        assert!(watcher.poll().is_empty(), "reported once");
    }

    #[test]
    fn a_followed_file_replaced_by_rename_is_reported_and_hidden_files_are_not() {
        let folder = tempfile::tempdir().expect("temp dir");
        let root = std::fs::canonicalize(folder.path()).expect("canonical");
        let file = root.join("team.json");
        std::fs::write(&file, "{}").expect("writes");
        let mut watcher = SubscriptionWatcher::new(std::slice::from_ref(&file)).expect("watches");
        std::fs::write(root.join("other.json"), "{}").expect("writes");
        std::thread::sleep(SETTLE * 2);
        assert!(watcher.poll().is_empty(), "a sibling file is not followed");
        std::fs::write(root.join(".team.json.tmp"), "{ }").expect("writes");
        std::fs::rename(root.join(".team.json.tmp"), &file).expect("renames");
        assert_eq!(watcher.wait_for_change(Duration::from_secs(10)), vec![file]);
    }

    #[test]
    fn the_waker_is_called_when_a_change_arrives() {
        let folder = tempfile::tempdir().expect("temp dir");
        let root = std::fs::canonicalize(folder.path()).expect("canonical");
        let watcher = SubscriptionWatcher::new(std::slice::from_ref(&root)).expect("watches");
        let woken = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = Arc::clone(&woken);
        watcher.set_waker(Arc::new(move || flag.store(true, std::sync::atomic::Ordering::SeqCst)));
        std::fs::write(root.join("team.json"), "{}").expect("writes");
        let deadline = Instant::now() + Duration::from_secs(10);
        while !woken.load(std::sync::atomic::Ordering::SeqCst) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(woken.load(std::sync::atomic::Ordering::SeqCst));
    }

    #[test]
    fn a_missing_root_is_listed_as_unwatched() {
        let watcher = SubscriptionWatcher::new(&[PathBuf::from("/no/such/folder/team.json")]).expect("starts");
        assert_eq!(watcher.unwatched.len(), 1);
        assert!(watcher.roots().is_empty());
    }
}
