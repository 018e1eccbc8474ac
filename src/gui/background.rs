//! Searching off the UI thread for large phrasebooks: the window sends the latest query and a
//! snapshot of the index; a worker answers only the newest request and wakes the window. Once
//! the window has drawn an answer and no newer query waits, the worker builds what the next
//! keystroke will need.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
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
                let mut request = match pending.take() {
                    Some(request) => request,
                    None => match inbox.recv() {
                        Ok(Message::Search(request)) => request,
                        Ok(Message::Drawn) => continue,
                        Err(_) => return,
                    },
                };
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
                // Until the next keystroke arrives, build what it will need (at launch the first
                // query only browses, and typing would otherwise wait for every phrase's decoding);
                // but only once the window has drawn this answer: on two cores, building beside
                // the frame that lays out the first results held them back by 30 ms.
                // Waiting holds the index weakly, so an edit meanwhile changes it in place
                // rather than copying it.
                let (index, filters) = (Arc::downgrade(&request.index), request.filters);
                drop(request.index);
                match inbox.recv_timeout(DRAWN_WAIT_AT_MOST) {
                    Ok(Message::Search(newer)) => pending = Some(newer),
                    Ok(Message::Drawn) | Err(RecvTimeoutError::Timeout) => match inbox.try_recv() {
                        Ok(Message::Search(newer)) => pending = Some(newer),
                        _ => {
                            if let Some(index) = index.upgrade() {
                                searcher.prepare(&index, &filters);
                            }
                        }
                    },
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
        });
        Self { requests, answers, sent: 0, taken_in_frame: None }
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
        if self.taken_in_frame.is_some_and(|taken| frame > taken) {
            self.taken_in_frame = None;
            let _ = self.requests.send(Message::Drawn);
        }
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
