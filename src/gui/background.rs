//! Searching off the UI thread for large phrasebooks: the window sends the latest query and a
//! snapshot of the index; a worker answers only the newest request and wakes the window. Once
//! the window has drawn an answer and no newer query waits, the worker builds what the next
//! keystroke will need.

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Weak};
use std::time::Duration;

use crate::search::{Filters, Hit, SearchIndex, Searcher};

/// Above this many phrases a query can outlast a frame (see the README's performance table), so
/// the window searches in the background; below it, searching inline is instant and simpler.
pub const BACKGROUND_THRESHOLD: usize = 20_000;

struct Request {
    serial: u64,
    query: String,
    filters: Filters,
    limit: usize,
    index: Arc<SearchIndex>,
}

/// What the window tells the worker.
enum Message {
    Search(Request),
    /// The window answered a query itself (see [`BackgroundSearch::prepare_after_drawn`]).
    Prepare(Arc<SearchIndex>, Filters),
    /// The window drew the last answer (a frame began after the one that took it).
    Drawn,
}

/// How long the worker waits for the window to draw an answer before it prepares anyway (a
/// window that is not drawing, say minimised, never says so).
const DRAWN_WAIT_AT_MOST: Duration = Duration::from_millis(500);

/// A search worker and the newest answer it has sent.
pub struct BackgroundSearch {
    requests: Sender<Message>,
    answers: Receiver<(u64, Vec<Hit>)>,
    sent: u64,
    /// The frame that took the newest answer, until a later frame says it was drawn.
    taken_in_frame: Option<u64>,
}

impl BackgroundSearch {
    /// Starts the worker; it repaints `context` whenever an answer is ready.
    pub fn start(context: egui::Context) -> Self {
        let (requests, inbox) = channel::<Message>();
        let (outbox, answers) = channel();
        std::thread::spawn(move || {
            let mut searcher = Searcher::new();
            let mut pending = None;
            loop {
                let message = match pending.take() {
                    Some(request) => Message::Search(request),
                    None => match inbox.recv() {
                        Ok(message) => message,
                        Err(_) => return,
                    },
                };
                let (index, filters) = match message {
                    Message::Drawn => continue,
                    Message::Prepare(index, filters) => (index, filters),
                    Message::Search(mut request) => {
                        // Typing outruns searching: answer only the newest query.
                        while let Ok(message) = inbox.try_recv() {
                            if let Message::Search(newer) = message {
                                request = newer;
                            }
                        }
                        let hits = searcher.search(&request.index, &request.query, &request.filters, request.limit);
                        if outbox.send((request.serial, hits)).is_err() {
                            return;
                        }
                        context.request_repaint();
                        (request.index, request.filters)
                    }
                };
                // Until the next keystroke arrives, build what it will need (at launch the first
                // query only browses, and typing would otherwise wait for every phrase's decoding);
                // but only once the window has drawn this answer: on two cores, building beside
                // the frame that lays out the first results held them back by 30 ms.
                match wait_until_drawn(&inbox, index, filters) {
                    Waited::Search(newer) => pending = Some(newer),
                    Waited::Drawn(index, filters) => {
                        if let Some(index) = index.upgrade() {
                            searcher.prepare(&index, &filters);
                        }
                    }
                    Waited::Gone => return,
                }
            }
        });
        Self { requests, answers, sent: 0, taken_in_frame: None }
    }

    /// Tells the worker, once a frame after the one that took an answer has begun, that the
    /// answer was drawn.
    pub fn frame_began(&mut self, frame: u64) {
        if self.taken_in_frame.is_some_and(|taken| frame > taken) {
            self.taken_in_frame = None;
            let _ = self.requests.send(Message::Drawn);
        }
    }

    /// Tells the worker the window answered a query under `filters` itself (browsing, which reads
    /// a few phrases at any size): like after an answer of its own, the worker builds what the
    /// next keystroke needs once that frame is drawn. Earlier answers no longer count.
    pub fn prepare_after_drawn(&mut self, index: Arc<SearchIndex>, filters: &Filters, frame: u64) {
        self.sent += 1;
        self.taken_in_frame = Some(frame);
        let _ = self.requests.send(Message::Prepare(index, filters.clone()));
    }

    /// Asks for a search; earlier unanswered requests are superseded.
    pub fn request(&mut self, index: Arc<SearchIndex>, query: &str, filters: &Filters, limit: usize) {
        self.sent += 1;
        let request = Request { serial: self.sent, query: query.to_owned(), filters: filters.clone(), limit, index };
        // A worker that is gone leaves the old results on screen; the next reload restarts it.
        let _ = self.requests.send(Message::Search(request));
    }

    /// The answer to the newest request, once it has arrived; `frame` is the window's frame
    /// number, so the worker learns when a taken answer has been drawn.
    pub fn latest(&mut self, frame: u64) -> Option<Vec<Hit>> {
        self.frame_began(frame);
        let mut newest = None;
        while let Ok((serial, hits)) = self.answers.try_recv() {
            if serial == self.sent {
                newest = Some(hits);
            }
        }
        if newest.is_some() {
            self.taken_in_frame = Some(frame);
        }
        newest
    }
}

/// How waiting for the window to draw an answer ended.
enum Waited {
    /// A newer query came first.
    Search(Request),
    /// Drawn (or waited long enough): prepare for this index, if it is still in use.
    Drawn(Weak<SearchIndex>, Filters),
    /// The window is gone.
    Gone,
}

/// Waits for the window to say it drew the last answer. Holds the index weakly meanwhile, so an
/// edit then changes it in place rather than copying it.
fn wait_until_drawn(inbox: &Receiver<Message>, index: Arc<SearchIndex>, filters: Filters) -> Waited {
    let (mut index, mut filters) = (Arc::downgrade(&index), filters);
    loop {
        match inbox.recv_timeout(DRAWN_WAIT_AT_MOST) {
            Ok(Message::Search(newer)) => return Waited::Search(newer),
            Ok(Message::Prepare(newer, newer_filters)) => (index, filters) = (Arc::downgrade(&newer), newer_filters),
            Ok(Message::Drawn) | Err(RecvTimeoutError::Timeout) => {
                return match inbox.try_recv() {
                    Ok(Message::Search(newer)) => Waited::Search(newer),
                    _ => Waited::Drawn(index, filters),
                };
            }
            Err(RecvTimeoutError::Disconnected) => return Waited::Gone,
        }
    }
}
