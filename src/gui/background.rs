//! Searching off the UI thread for large phrasebooks: the window sends the latest query and a
//! snapshot of the index; a worker answers only the newest request and wakes the window.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

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

/// A search worker and the newest answer it has sent.
pub struct BackgroundSearch {
    requests: Sender<Request>,
    answers: Receiver<(u64, Vec<Hit>)>,
    sent: u64,
}

impl BackgroundSearch {
    /// Starts the worker; it repaints `context` whenever an answer is ready.
    pub fn start(context: egui::Context) -> Self {
        let (requests, inbox) = channel::<Request>();
        let (outbox, answers) = channel();
        std::thread::spawn(move || {
            let mut searcher = Searcher::new();
            let mut pending = None;
            while let Some(mut request) = pending.take().or_else(|| inbox.recv().ok()) {
                // Typing outruns searching: answer only the newest query.
                while let Ok(newer) = inbox.try_recv() {
                    request = newer;
                }
                let hits = searcher.search(&request.index, &request.query, &request.filters, request.limit);
                if outbox.send((request.serial, hits)).is_err() {
                    return;
                }
                context.request_repaint();
                // Until the next keystroke arrives, build what it will need (at launch the first
                // query only browses, and typing would otherwise wait for every phrase's decoding).
                if let Ok(newer) = inbox.try_recv() {
                    pending = Some(newer);
                } else {
                    searcher.prepare(&request.index, &request.filters);
                }
                drop(request.index);
            }
        });
        Self { requests, answers, sent: 0 }
    }

    /// Asks for a search; earlier unanswered requests are superseded.
    pub fn request(&mut self, index: Arc<SearchIndex>, query: &str, filters: &Filters, limit: usize) {
        self.sent += 1;
        let request = Request { serial: self.sent, query: query.to_owned(), filters: filters.clone(), limit, index };
        // A worker that is gone leaves the old results on screen; the next reload restarts it.
        let _ = self.requests.send(request);
    }

    /// The answer to the newest request, once it has arrived.
    pub fn latest(&mut self) -> Option<Vec<Hit>> {
        let mut newest = None;
        while let Ok((serial, hits)) = self.answers.try_recv() {
            if serial == self.sent {
                newest = Some(hits);
            }
        }
        newest
    }
}
