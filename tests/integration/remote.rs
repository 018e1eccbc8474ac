//! Following a collection at a web address, against a real HTTP server on the loopback interface
//! (`http_server.rs`): the first sync, an unchanged file answered `304` that changes nothing, a
//! changed file merged, a server that went away (the phrasebook keeps what it had and says how
//! old it is, once), and the limits: a response claiming 2 GB, one that never ends, a redirect
//! loop and a server that never answers. Plus 200 subscribers polling one server.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tactful::model::PhraseId;
use tactful::remote::{self, FetchOptions, RemoteError, Validators};
use tactful::store::{Seed, Store, StoreError, SyncReport};

use crate::collection;
use crate::http_server::{Route, Server};

fn id(text: &str) -> PhraseId {
    PhraseId::new(text).expect("valid id")
}

fn texts(store: &Store) -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = store
        .phrases()
        .expect("reads")
        .into_iter()
        .map(|phrase| (phrase.id.as_str().to_owned(), phrase.content.text.clone()))
        .collect();
    texts.sort();
    texts
}

fn only(reports: Vec<SyncReport>) -> SyncReport {
    assert_eq!(reports.len(), 1, "one report per address");
    reports.into_iter().next().expect("one report")
}

/// A phrasebook file in a temporary folder (so backups, taken before each applied import, show
/// whether anything was written) following `url`.
fn subscriber(url: &str) -> (tempfile::TempDir, Store) {
    let directory = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&directory.path().join("phrasebook.sqlite"), Seed::Empty).expect("opens");
    let outcome = store.follow(url, &[]).expect("follows");
    let report = only(outcome.reports);
    assert!(report.result.is_ok(), "first sync: {:?}", report.result);
    (directory, store)
}

fn backups(directory: &tempfile::TempDir) -> usize {
    std::fs::read_dir(directory.path().join("backups")).map(|entries| entries.count()).unwrap_or(0)
}

#[test]
fn first_sync_imports_the_collection_and_keeps_the_copy() {
    let server = Server::start();
    let file = collection("Support NL", "nl", 3);
    server.set("/support-nl.json", Route::File(file.clone().into_bytes()));
    let url = server.url("/support-nl.json");
    let (_directory, store) = subscriber(&url);
    assert_eq!(store.phrases().expect("reads").len(), 3);
    assert_eq!(store.last_copy(&url).expect("reads").as_deref(), Some(file.as_bytes()));
    let subscriptions = store.subscriptions().expect("reads");
    assert!(subscriptions[0].is_url() && subscriptions[0].synced_at.is_some() && subscriptions[0].last_error.is_none());
}

#[test]
fn a_slow_server_that_answers_within_the_timeout_is_waited_for() {
    let server = Server::start();
    let file = collection("Support NL", "nl", 2);
    server.set("/slow.json", Route::Late(std::time::Duration::from_millis(1200), file.into_bytes()));
    let (_directory, store) = subscriber(&server.url("/slow.json"));
    assert_eq!(store.phrases().expect("reads").len(), 2);
}

#[test]
fn an_unchanged_file_is_a_304_that_writes_nothing() {
    let server = Server::start();
    server.set("/team.json", Route::File(collection("Team", "t", 2).into_bytes()));
    let url = server.url("/team.json");
    let (directory, mut store) = subscriber(&url);
    let (before, backups_before) = (texts(&store), backups(&directory));
    let report = only(store.sync_subscription(url.as_ref()).expect("syncs"));
    assert!(report.not_modified, "{report:?}");
    assert_eq!(server.counts.not_modified.load(Ordering::SeqCst), 1);
    assert_eq!(texts(&store), before);
    assert_eq!(backups(&directory), backups_before, "no import, so no backup before one");
}

#[test]
fn a_changed_file_is_merged_keeping_local_edits() {
    let server = Server::start();
    server.set("/team.json", Route::File(collection("Team", "t", 2).into_bytes()));
    let url = server.url("/team.json");
    let (_directory, mut store) = subscriber(&url);
    let edit = tactful::store::PhraseEdit { text: Some("My own wording".into()), ..Default::default() };
    store.edit_phrase(&id("t0"), edit).expect("edits locally");
    let changed = collection("Team", "t", 3).replace("Phrase 1 of t", "Phrase 1 of t, reworded by the lead");
    server.set("/team.json", Route::File(changed.into_bytes()));
    let report = only(store.sync_subscription(url.as_ref()).expect("syncs"));
    let import = report.result.expect("merged");
    assert_eq!(import.added, vec![id("t2")]);
    assert_eq!(import.updated, vec![id("t1")]);
    assert_eq!(store.phrase(&id("t0")).expect("kept").content.text, "My own wording");
    assert_eq!(store.phrase(&id("t1")).expect("updated").content.text, "Phrase 1 of t, reworded by the lead");
}

#[test]
fn a_server_that_went_away_changes_nothing_and_says_how_old_the_copy_is_once() {
    let server = Server::start();
    server.set("/team.json", Route::File(collection("Team", "t", 2).into_bytes()));
    let url = server.url("/team.json");
    let (directory, mut store) = subscriber(&url);
    let (before, backups_before) = (texts(&store), backups(&directory));
    drop(server);
    let first = only(store.sync_subscription(url.as_ref()).expect("a failed fetch is a report, not an error"));
    let message = format!("{:#}", first.result.as_ref().expect_err("the server is down"));
    assert!(message.contains("cannot reach the server"), "{message}");
    assert!(message.contains("Nothing was changed"), "{message}");
    assert!(message.contains("keeps the last good copy, from less than a minute ago"), "{message}");
    assert!(!first.already_reported);
    let second = only(store.sync_subscription(url.as_ref()).expect("reports"));
    assert!(second.result.is_err() && second.already_reported, "the same failure is shown once");
    assert_eq!(texts(&store), before);
    assert_eq!(backups(&directory), backups_before);
    assert!(store.last_copy(&url).expect("reads").is_some(), "the last good copy stays");
    let recorded = &store.subscriptions().expect("reads")[0];
    assert!(recorded.last_error.as_deref().is_some_and(|error| error.contains("cannot reach")), "{recorded:?}");
}

#[test]
fn a_response_claiming_2_gb_is_refused_without_reading_it() {
    let server = Server::start();
    server.set("/team.json", Route::File(collection("Team", "t", 2).into_bytes()));
    let url = server.url("/team.json");
    let (_directory, mut store) = subscriber(&url);
    let before = texts(&store);
    server.set("/team.json", Route::Claims(2 * 1024 * 1024 * 1024));
    let report = only(store.sync_subscription(url.as_ref()).expect("reports"));
    let error = report.result.expect_err("refused");
    assert!(
        matches!(&error, StoreError::Fetch(failure) if matches!(failure.reason, RemoteError::TooLarge { .. })),
        "{error}"
    );
    assert_eq!(texts(&store), before);
}

#[test]
fn a_body_without_length_is_cut_off_at_the_limit() {
    let server = Server::start();
    server.set("/endless.json", Route::Endless);
    let options = FetchOptions { max_bytes: 1024 * 1024, ..FetchOptions::default() };
    let error = remote::fetch(&server.url("/endless.json"), &Validators::default(), &options).expect_err("refused");
    assert!(matches!(error, RemoteError::TooLarge { limit: 1_048_576, .. }), "{error}");
}

#[test]
fn a_redirect_loop_is_refused() {
    let server = Server::start();
    server.set("/a.json", Route::Redirect("/b.json".into()));
    server.set("/b.json", Route::Redirect("/a.json".into()));
    let error =
        remote::fetch(&server.url("/a.json"), &Validators::default(), &FetchOptions::default()).expect_err("refused");
    assert!(matches!(error, RemoteError::TooManyRedirects { limit: 5, .. }), "{error}");
    assert!(error.to_string().contains("redirecting in a loop"), "{error}");
}

#[test]
fn a_server_that_never_answers_times_out() {
    let server = Server::start();
    server.set("/slow.json", Route::Stall(Duration::from_secs(5)));
    let options = FetchOptions { timeout: Duration::from_millis(500), ..FetchOptions::default() };
    let error = remote::fetch(&server.url("/slow.json"), &Validators::default(), &options).expect_err("times out");
    assert!(matches!(error, RemoteError::Timeout { .. }), "{error}");
}

#[test]
fn an_address_that_cannot_be_fetched_is_not_followed() {
    let server = Server::start();
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let error = store.follow(&server.url("/typo.json"), &[]).expect_err("refused");
    assert!(error.to_string().contains("404"), "{error}");
    assert!(store.subscriptions().expect("reads").is_empty(), "nothing recorded");
}

/// 200 subscribers poll one server in rounds; the lead publishes a change after the first. Every
/// subscriber ends with the same phrasebook, and the server answered mostly 304s. The rate is a
/// report, not an assertion (tests time nothing).
#[test]
fn two_hundred_subscribers_converge_on_one_server() {
    const SUBSCRIBERS: usize = 200;
    const ROUNDS: usize = 4;
    let server = Server::start();
    server.set("/team.json", Route::File(collection("Team", "t", 20).into_bytes()));
    let url = server.url("/team.json");
    let mut stores: Vec<Store> = (0..SUBSCRIBERS)
        .map(|_| {
            let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
            store.follow(&url, &[]).expect("follows");
            store
        })
        .collect();
    let started = Instant::now();
    for round in 0..ROUNDS {
        if round == 1 {
            let changed = collection("Team", "t", 21).replace("Phrase 3 of t", "Phrase 3, as the lead now has it");
            server.set("/team.json", Route::File(changed.into_bytes()));
        }
        std::thread::scope(|scope| {
            for chunk in stores.chunks_mut(SUBSCRIBERS / 8) {
                let url = &url;
                scope.spawn(move || {
                    for store in chunk {
                        let report = only(store.sync_subscription(url.as_ref()).expect("syncs"));
                        assert!(report.result.is_ok(), "{:?}", report.result);
                    }
                });
            }
        });
    }
    let elapsed = started.elapsed();
    let requests = server.requests() - SUBSCRIBERS;
    let not_modified = server.counts.not_modified.load(Ordering::SeqCst);
    eprintln!(
        "soak: {SUBSCRIBERS} subscribers x {ROUNDS} polls = {requests} requests in {elapsed:.2?} ({:.0} requests/s), {not_modified} answered 304",
        requests as f64 / elapsed.as_secs_f64()
    );
    assert_eq!(requests, SUBSCRIBERS * ROUNDS);
    assert_eq!(not_modified, SUBSCRIBERS * (ROUNDS - 1), "only the round after the change read bodies");
    let expected = texts(&stores[0]);
    assert_eq!(expected.len(), 21);
    assert!(expected.iter().any(|(_, text)| text == "Phrase 3, as the lead now has it"));
    assert!(stores.iter().all(|store| texts(store) == expected), "every subscriber holds the same phrasebook");
}
