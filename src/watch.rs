//! Watching followed files and folders for changes while the app runs, with `notify`. The GUI
//! polls [`SubscriptionWatcher::poll`] once per frame and syncs what it returns; nothing here
//! touches the database or knows about egui. Events are debounced, so a file written in several
//! steps is read once, after the writer is done.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{RecommendedWatcher, RecursiveMode, Watcher};

use crate::interchange::FileFormat;

/// Called from the watcher's thread when something changed, so a window can wake up and poll.
pub type Waker = Arc<dyn Fn() + Send + Sync>;

/// How long a followed path must be quiet after a change before it is reported.
pub const SETTLE: Duration = Duration::from_millis(300);

/// Why watching could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot watch {}: {source}", path.display())]
pub struct WatchError {
    /// The path.
    pub path: PathBuf,
    /// notify's reason.
    pub source: notify::Error,
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
        .map_err(|source| WatchError { path: PathBuf::new(), source })?;
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
            Err(source) => self.unwatched.push(WatchError { path: root.to_path_buf(), source }),
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
