//! The Subscribe dialog with a web address and a trusted key, headless (kittest), against a
//! loopback HTTP server: a signed collection is followed and its state shown; a key that did not
//! sign it is refused in the dialog with nothing followed; a slow server is waited for on a worker
//! while the window keeps answering.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use tactful::gui::{AppState, Modal, Prefs};
use tactful::signing::{self, Protection};
use tactful::store::{Seed, Store};

use crate::collection;
use crate::gui_support::{DEFAULT_STEPS, SIZE, all_languages, app, run_until, window};
use crate::http_server::{Route, Server};

/// Serves a collection signed by a fresh key; returns the server, the address and the key line.
fn signed_server(directory: &std::path::Path) -> (Server, String, String) {
    let key = signing::generate(&directory.join("lead.pub"), &directory.join("lead.key"), Protection::Unencrypted)
        .expect("generates");
    let secret = signing::open_secret_key(&directory.join("lead.key"), None).expect("opens");
    let file = directory.join("team.json");
    std::fs::write(&file, collection("Team", "web", 2)).expect("writes");
    let signature = signing::sign_file(&file, &secret, Some(&key)).expect("signs");
    let server = Server::start();
    server.set("/team.json", Route::File(std::fs::read(&file).expect("reads")));
    server.set("/team.json.minisig", Route::File(std::fs::read(signature).expect("reads")));
    let url = server.url("/team.json");
    (server, url, key.as_line().to_owned())
}

fn fill_in(harness: &mut Harness<'static, AppState>, url: &str, key: &str) {
    harness.get_by_label("Subscribe…").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Folder, file or web address").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Folder, file or web address").type_text(url);
    harness.run();
    harness.get_by_role_and_label(Role::MultilineTextInput, "Trusted signing keys (optional, one per line)").focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Trusted signing keys (optional, one per line)")
        .type_text(key);
    harness.run();
    harness.get_by_label("Subscribe").click();
    harness.run();
}

#[test]
fn a_signed_web_address_is_followed_and_its_state_shown() {
    let directory = tempfile::tempdir().expect("temp dir");
    let (_server, url, key) = signed_server(directory.path());
    let store = Store::open_in_memory(Seed::Empty).expect("opens");
    let (state, _clipboard) = app(store, Prefs { agent_name: "Ana".into(), ..all_languages() });
    let mut harness = window(state, SIZE, DEFAULT_STEPS);
    fill_in(&mut harness, &url, &key);
    assert!(!matches!(harness.state().modal, Modal::Subscribe), "{:?}", harness.state().team.subscribe_error);
    let index = &harness.state().library.index;
    let id = tactful::model::PhraseId::new("web0").expect("id");
    assert!(index.position(&id).is_some(), "the signed phrases are in the list");

    harness.get_by_label("Subscribe…").click();
    // The form's body scrolls; its scroll bar settles over a few more frames than the harness's
    // limit of four, once it knows how tall the list of followed sources is.
    harness.run_steps(8);
    let key_id = signing::TrustedKey::parse(&key).expect("key").id();
    harness.get_by_label(&url);
    harness.get_by_label(&format!("Accepted only when signed by key {key_id}."));
}

#[test]
fn a_key_that_did_not_sign_it_is_refused_in_the_dialog() {
    let directory = tempfile::tempdir().expect("temp dir");
    let (_server, url, _key) = signed_server(directory.path());
    let other =
        signing::generate(&directory.path().join("o.pub"), &directory.path().join("o.key"), Protection::Unencrypted)
            .expect("generates");
    let store = Store::open_in_memory(Seed::Empty).expect("opens");
    let (state, _clipboard) = app(store, Prefs { agent_name: "Ana".into(), ..all_languages() });
    let mut harness = window(state, SIZE, DEFAULT_STEPS);
    fill_in(&mut harness, &url, other.as_line());
    assert!(matches!(harness.state().modal, Modal::Subscribe), "the dialog stays open");
    let error = harness.state().team.subscribe_error.clone().expect("an error is shown");
    assert!(error.contains("does not trust"), "{error}");
    assert!(harness.state().team.subscriptions.is_empty());
}

#[test]
fn a_slow_server_is_waited_for_on_a_worker_while_the_window_keeps_answering() {
    let directory = tempfile::tempdir().expect("temporary folder");
    let server = Server::start();
    server.set("/slow.json", Route::Late(std::time::Duration::from_millis(1500), collection("Slow", "slow", 2).into()));
    let url = server.url("/slow.json");
    // A database file: the first fetch runs on a worker with its own connection.
    let store = Store::open(&directory.path().join("agent.sqlite"), Seed::Empty).expect("opens");
    let (state, _clipboard) = app(store, all_languages());
    let mut harness = window(state, SIZE, DEFAULT_STEPS);
    harness.get_by_label("Subscribe…").click();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Folder, file or web address").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Folder, file or web address").type_text(&url);
    harness.run();
    harness.get_by_label("Subscribe").click();
    let _ = harness.run_ok();
    // The server has not answered yet: the form says what is going on, and the window still
    // draws frames (the label is found in a frame drawn after the click).
    assert!(harness.state().team.subscribing.is_some(), "the fetch runs on a worker");
    harness.get_by_label("Reading it for the first time…");
    assert!(
        harness.get_by_label("Subscribe").accesskit_node().is_disabled(),
        "no second subscription while the first runs"
    );
    run_until(&mut harness, "the slow collection's phrases in the list", |state| {
        state.team.subscribe_error.is_some() || state.library.index.len() == 2
    });
    assert!(harness.state().team.subscribe_error.is_none(), "{:?}", harness.state().team.subscribe_error);
    assert!(!matches!(harness.state().modal, Modal::Subscribe), "the form closes once the collection is in");
    assert_eq!(harness.state().team.subscriptions.len(), 1);
}
