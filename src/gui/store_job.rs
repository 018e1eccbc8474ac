//! Store work started from a dialog that may take longer than a frame — subscribing to a web
//! address (a slow server may take up to the fetch timeout), previewing or applying the import of
//! a large file — runs on its own thread with its own connection to the database, so the window
//! keeps painting and the dialog can say what is going on. The window polls the job each frame;
//! the thread asks for a frame when it is done.

use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::store::{Seed, Store, StoreError, StoreResult};

/// Work handed to a job: done against a connection of its own.
type Work<T> = Box<dyn FnOnce(&mut Store) -> StoreResult<T> + Send>;

/// One piece of store work, running or done.
pub struct StoreJob<T> {
    state: JobState<T>,
}

enum JobState<T> {
    /// On its thread; the answer arrives here.
    Running(Receiver<StoreResult<T>>),
    /// Done inline (a database in memory cannot be opened by a second connection), not yet
    /// collected.
    Done(StoreResult<T>),
    /// Its answer was handed out.
    Collected,
}

impl<T> std::fmt::Debug for StoreJob<T> {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("StoreJob").field("running", &self.is_running()).finish()
    }
}

impl<T> StoreJob<T> {
    /// Whether the work is still going on.
    pub fn is_running(&self) -> bool {
        matches!(self.state, JobState::Running(_))
    }
}

impl<T: Send + 'static> StoreJob<T> {
    /// Starts `work` on a thread with a connection of its own to `store`'s database, and asks
    /// `context` for a frame when it is done. A database in memory runs it now, on this thread.
    pub fn start(
        store: &mut Store,
        context: &egui::Context,
        work: impl FnOnce(&mut Store) -> StoreResult<T> + Send + 'static,
    ) -> Self {
        let Some(path) = store.path().map(std::path::Path::to_path_buf) else {
            let result = work(store);
            context.request_repaint();
            return Self { state: JobState::Done(result) };
        };
        let work: Work<T> = Box::new(work);
        let (answer, answers) = channel();
        let context = context.clone();
        let spawned = std::thread::Builder::new().name("tactful-store-job".into()).spawn(move || {
            // The window created and seeded the database already; this connection never seeds.
            let result = Store::open(&path, Seed::Empty).and_then(|mut own| work(&mut own));
            // The dialog may have been closed meanwhile: then nobody is waiting for the answer.
            let _ = answer.send(result);
            context.request_repaint();
        });
        match spawned {
            Ok(_) => Self { state: JobState::Running(answers) },
            Err(reason) => {
                Self { state: JobState::Done(Err(StoreError::Io { context: tr!("job-not-started"), reason })) }
            }
        }
    }

    /// The answer, once, when the work is done; never blocks.
    pub fn poll(&mut self) -> Option<StoreResult<T>> {
        let answer = match &self.state {
            JobState::Running(answers) => match answers.try_recv() {
                Ok(result) => result,
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => Err(StoreError::Io {
                    context: tr!("job-stopped"),
                    reason: std::io::Error::from(std::io::ErrorKind::Interrupted),
                }),
            },
            JobState::Done(_) => match std::mem::replace(&mut self.state, JobState::Collected) {
                JobState::Done(result) => result,
                _ => return None,
            },
            JobState::Collected => return None,
        };
        self.state = JobState::Collected;
        Some(answer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait_for<T: Send + 'static>(job: &mut StoreJob<T>) -> StoreResult<T> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            if let Some(answer) = job.poll() {
                return answer;
            }
            assert!(std::time::Instant::now() < deadline, "the job never answered");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn a_job_on_a_database_file_runs_on_its_own_connection_and_answers_once() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut store = Store::open(&folder.path().join("jobs.sqlite"), Seed::Builtin).expect("database");
        let main_thread = std::thread::current().id();
        let mut job = StoreJob::start(&mut store, &egui::Context::default(), move |own| {
            assert_ne!(std::thread::current().id(), main_thread, "the work ran on the window's thread");
            own.phrases().map(|phrases| phrases.len())
        });
        let count = wait_for(&mut job).expect("the job's answer");
        assert_eq!(count, store.phrases().expect("phrases").len());
        assert!(!job.is_running());
        assert!(job.poll().is_none(), "an answer is handed out once");
    }

    #[test]
    fn a_job_on_a_database_in_memory_runs_at_once_on_the_same_connection() {
        let mut store = Store::open_in_memory(Seed::Empty).expect("database");
        let mut job = StoreJob::start(&mut store, &egui::Context::default(), |own| own.phrases());
        assert!(!job.is_running());
        assert_eq!(job.poll().map(|answer| answer.map(|phrases| phrases.len()).ok()), Some(Some(0)));
    }

    #[test]
    fn a_failing_job_reports_its_error() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let mut store = Store::open(&folder.path().join("jobs.sqlite"), Seed::Empty).expect("database");
        let mut job: StoreJob<()> = StoreJob::start(&mut store, &egui::Context::default(), |_| {
            Err(StoreError::ReadOnly { path: "nowhere".into() })
        });
        assert!(matches!(wait_for(&mut job), Err(StoreError::ReadOnly { .. })));
    }
}
