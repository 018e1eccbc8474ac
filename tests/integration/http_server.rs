//! A small HTTP/1.1 server on the loopback interface for the tests of followed addresses: files
//! that can be changed while it runs, `ETag` / `If-None-Match` answered with `304`, a redirect
//! loop, a server that never answers, a response that claims 2 GB and one that never ends. Every
//! connection is closed after one response, so each request is counted exactly once.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server does for one path.
#[derive(Debug, Clone)]
pub enum Route {
    /// A file with an `ETag` derived from its content.
    File(Vec<u8>),
    /// `302` to this path.
    Redirect(String),
    /// Headers only after this long (longer than the client's timeout).
    Stall(Duration),
    /// A file, answered after this long (a slow server, within the client's timeout).
    Late(Duration, Vec<u8>),
    /// Declares this `Content-Length` and sends a few bytes of it.
    Claims(u64),
    /// A body with no length that goes on until the client hangs up.
    Endless,
}

/// Counts of what the server answered.
#[derive(Debug, Default)]
pub struct Counts {
    /// Every request.
    pub requests: AtomicUsize,
    /// `304 Not Modified` answers.
    pub not_modified: AtomicUsize,
    /// Body bytes written for [`Route::Claims`] and [`Route::Endless`].
    pub streamed: AtomicUsize,
}

/// The running server; dropping it stops listening (the address then refuses connections).
pub struct Server {
    address: String,
    routes: Arc<Mutex<HashMap<String, Route>>>,
    /// What it answered.
    pub counts: Arc<Counts>,
    stop: Arc<AtomicBool>,
    accept: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    /// Starts on a free loopback port.
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("binds on loopback");
        let address = format!("http://{}", listener.local_addr().expect("address"));
        let routes: Arc<Mutex<HashMap<String, Route>>> = Arc::default();
        let counts: Arc<Counts> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let accept = {
            let (routes, counts, stop) = (Arc::clone(&routes), Arc::clone(&counts), Arc::clone(&stop));
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let Ok(stream) = stream else { continue };
                    let (routes, counts) = (Arc::clone(&routes), Arc::clone(&counts));
                    std::thread::spawn(move || {
                        let _ = answer(stream, &routes, &counts);
                    });
                }
            })
        };
        Self { address, routes, counts, stop, accept: Some(accept) }
    }

    /// The full address of `path` (`/team.json`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Serves `route` at `path` from now on.
    pub fn set(&self, path: &str, route: Route) {
        self.routes.lock().expect("routes").insert(path.to_owned(), route);
    }

    /// Requests answered so far.
    pub fn requests(&self) -> usize {
        self.counts.requests.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag and drops the listener.
        let _ = TcpStream::connect(self.address.trim_start_matches("http://"));
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn etag_of(bytes: &[u8]) -> String {
    use std::hash::{DefaultHasher, Hasher};
    let mut hasher = DefaultHasher::new();
    hasher.write(bytes);
    format!("\"{:016x}\"", hasher.finish())
}

fn answer(stream: TcpStream, routes: &Mutex<HashMap<String, Route>>, counts: &Counts) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut if_none_match = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("if-none-match")
        {
            if_none_match = Some(value.trim().to_owned());
        }
    }
    counts.requests.fetch_add(1, Ordering::SeqCst);
    let route = routes.lock().expect("routes").get(&path).cloned();
    let mut stream = stream;
    match route {
        None => write!(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"),
        Some(Route::File(bytes)) => serve_file(stream, &bytes, if_none_match.as_deref(), counts),
        Some(Route::Late(duration, bytes)) => {
            std::thread::sleep(duration);
            serve_file(stream, &bytes, if_none_match.as_deref(), counts)
        }
        Some(Route::Redirect(to)) => {
            write!(stream, "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        }
        Some(Route::Stall(duration)) => {
            std::thread::sleep(duration);
            write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}")
        }
        Some(Route::Claims(length)) => {
            write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n")?;
            let chunk = [b' '; 4096];
            stream.write_all(&chunk)?;
            counts.streamed.fetch_add(chunk.len(), Ordering::SeqCst);
            Ok(())
        }
        Some(Route::Endless) => {
            write!(stream, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")?;
            let chunk = [b' '; 64 * 1024];
            loop {
                stream.write_all(&chunk)?;
                counts.streamed.fetch_add(chunk.len(), Ordering::SeqCst);
            }
        }
    }
}

/// A file's `200`, or `304` when the client already has this version.
fn serve_file(
    mut stream: TcpStream,
    bytes: &[u8],
    if_none_match: Option<&str>,
    counts: &Counts,
) -> std::io::Result<()> {
    let etag = etag_of(bytes);
    if if_none_match == Some(etag.as_str()) {
        counts.not_modified.fetch_add(1, Ordering::SeqCst);
        write!(stream, "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n")
    } else {
        write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nETag: {etag}\r\nLast-Modified: Mon, 30 Nov 2026 01:00:00 GMT\r\nConnection: close\r\n\r\n",
            bytes.len()
        )?;
        stream.write_all(bytes)
    }
}
