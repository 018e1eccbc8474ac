//! Signed collections: a subscription pinned to trusted keys accepts a file only with a valid
//! signature from one of them — over HTTP (a loopback server) and from a folder — and refuses a
//! tampered file, one signed by another key and an unsigned one with nothing changed. Key
//! rotation (two trusted keys), the signer recorded with each phrase, the command line, and
//! interoperability with the `minisign` tool (a committed fixture it signed, and, where the tool
//! is installed, a live round trip both ways).

use std::path::Path;
use std::process::Command;

use tactful::model::PhraseId;
use tactful::signing::{self, Protection, SigningError, TrustedKey};
use tactful::store::{Seed, Store, StoreError, SyncReport};

use crate::collection;
use crate::http_server::{Route, Server};
use crate::{stderr, stdout, tactful};

struct Key {
    public: TrustedKey,
    secret: minisign::SecretKey,
}

fn key(directory: &Path, name: &str) -> Key {
    let (public, secret) = (directory.join(format!("{name}.pub")), directory.join(format!("{name}.key")));
    let trusted = signing::generate(&public, &secret, Protection::Unencrypted).expect("generates");
    Key { public: trusted, secret: signing::open_secret_key(&secret, None).expect("opens") }
}

/// Writes `content` to `file` and signs it with `key`; returns the file and signature bytes.
fn signed(file: &Path, content: &str, key: &Key) -> (Vec<u8>, Vec<u8>) {
    std::fs::write(file, content).expect("writes");
    let signature = signing::sign_file(file, &key.secret, Some(&key.public)).expect("signs");
    (content.as_bytes().to_vec(), std::fs::read(signature).expect("reads signature"))
}

fn only(reports: Vec<SyncReport>) -> SyncReport {
    assert_eq!(reports.len(), 1);
    reports.into_iter().next().expect("one report")
}

fn texts(store: &Store) -> Vec<String> {
    let mut texts: Vec<String> =
        store.phrases().expect("reads").into_iter().map(|phrase| phrase.content.text).collect();
    texts.sort();
    texts
}

/// A server publishing `team.json` and its signature, and a subscriber trusting `trusted`.
fn published(directory: &Path, key: &Key, trusted: &[TrustedKey]) -> (Server, String, Store) {
    let (file, signature) = signed(&directory.join("team.json"), &collection("Team", "t", 2), key);
    let server = Server::start();
    server.set("/team.json", Route::File(file));
    server.set("/team.json.minisig", Route::File(signature));
    let url = server.url("/team.json");
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let report = only(store.follow(&url, trusted).expect("follows").reports);
    assert!(report.result.is_ok(), "{:?}", report.result);
    (server, url, store)
}

#[test]
fn a_signed_collection_is_accepted_and_its_signer_recorded_with_each_phrase() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let (_server, _url, store) = published(directory.path(), &lead, std::slice::from_ref(&lead.public));
    let vetting = store.vetting(&PhraseId::new("t0").expect("id")).expect("reads");
    assert_eq!(vetting.signed_by, Some(lead.public.id().to_string()));
}

#[test]
fn a_phrase_edited_after_import_is_no_longer_shown_as_signed() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let (_server, _url, mut store) = published(directory.path(), &lead, std::slice::from_ref(&lead.public));
    let id = PhraseId::new("t0").expect("id");
    let edit = tactful::store::PhraseEdit { text: Some("Changed here".into()), ..Default::default() };
    store.edit_phrase(&id, edit).expect("edits");
    assert_eq!(store.vetting(&id).expect("reads").signed_by, None);
}

#[test]
fn a_tampered_file_is_refused_with_nothing_changed() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let (server, url, mut store) = published(directory.path(), &lead, std::slice::from_ref(&lead.public));
    let before = texts(&store);
    let tampered = collection("Team", "t", 2).replace("Phrase 0 of t", "Pay to NL99EVIL0666");
    server.set("/team.json", Route::File(tampered.into_bytes()));
    let report = only(store.sync_subscription(url.as_ref()).expect("reports"));
    let error = report.result.expect_err("refused");
    assert!(matches!(error, StoreError::Signing(SigningError::Invalid { .. })), "{error}");
    assert!(error.to_string().contains("nothing was changed"), "{error}");
    assert_eq!(texts(&store), before);
}

#[test]
fn a_file_signed_by_an_untrusted_key_is_refused() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let intruder = key(directory.path(), "intruder");
    let (server, url, mut store) = published(directory.path(), &lead, std::slice::from_ref(&lead.public));
    let before = texts(&store);
    let (file, signature) =
        signed(&directory.path().join("evil.json"), &collection("Team", "t", 2).replace("Phrase 1", "Evil"), &intruder);
    server.set("/team.json", Route::File(file));
    server.set("/team.json.minisig", Route::File(signature));
    let error = only(store.sync_subscription(url.as_ref()).expect("reports")).result.expect_err("refused");
    assert!(matches!(error, StoreError::Signing(SigningError::Untrusted { .. })), "{error}");
    assert!(error.to_string().contains(&intruder.public.id().to_string()), "{error}");
    assert_eq!(texts(&store), before);
}

#[test]
fn an_unsigned_address_is_not_followed_when_keys_are_required() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let server = Server::start();
    server.set("/team.json", Route::File(collection("Team", "t", 2).into_bytes()));
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let error = store.follow(&server.url("/team.json"), &[lead.public]).expect_err("refused");
    assert!(error.to_string().contains("is not signed"), "{error}");
    assert!(store.subscriptions().expect("reads").is_empty() && store.phrases().expect("reads").is_empty());
}

#[test]
fn key_rotation_accepts_either_trusted_key() {
    let directory = tempfile::tempdir().expect("temp dir");
    let old = key(directory.path(), "old");
    let new = key(directory.path(), "new");
    let trusted = [old.public.clone(), new.public.clone()];
    let (server, url, mut store) = published(directory.path(), &old, &trusted);
    let next = collection("Team", "t", 3);
    let (file, signature) = signed(&directory.path().join("next.json"), &next, &new);
    server.set("/team.json", Route::File(file));
    server.set("/team.json.minisig", Route::File(signature));
    let report = only(store.sync_subscription(url.as_ref()).expect("reports"));
    assert_eq!(report.signer, Some(new.public.id()));
    assert_eq!(report.result.expect("accepted").added.len(), 1);
}

#[test]
fn a_followed_folder_pinned_to_a_key_refuses_an_unsigned_file() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let folder = directory.path().join("team");
    std::fs::create_dir(&folder).expect("folder");
    signed(&folder.join("good.json"), &collection("Good", "g", 2), &lead);
    std::fs::write(folder.join("sneaked.json"), collection("Sneaked", "s", 2)).expect("writes");
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let outcome = store.follow(folder.to_str().expect("utf-8"), std::slice::from_ref(&lead.public)).expect("follows");
    let results: Vec<(String, bool)> = outcome
        .reports
        .iter()
        .map(|report| (report.file.file_name().expect("name").to_string_lossy().into_owned(), report.result.is_ok()))
        .collect();
    assert_eq!(results, vec![("good.json".into(), true), ("sneaked.json".into(), false)]);
    assert!(store.phrases().expect("reads").iter().all(|phrase| phrase.id.as_str().starts_with('g')));
}

/// The signer is written in the import's own transaction: when recording it fails (here a
/// trigger stands in for a full disk or a kill at that moment), the phrases are not imported
/// either, so no signed phrase is ever in the phrasebook without its signer.
#[test]
fn a_signed_import_whose_signer_cannot_be_recorded_imports_nothing() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = key(directory.path(), "lead");
    let folder = directory.path().join("team");
    std::fs::create_dir(&folder).expect("folder");
    signed(&folder.join("team.json"), &collection("Team", "t", 3), &lead);
    let db = directory.path().join("tactful.sqlite");
    let mut store = Store::open(&db, Seed::Empty).expect("opens");
    let saboteur = rusqlite::Connection::open(&db).expect("opens");
    saboteur
        .execute_batch(
            "CREATE TRIGGER refuse_signers BEFORE INSERT ON phrase_signers
             BEGIN SELECT RAISE(ABORT, 'the disk gave out'); END;",
        )
        .expect("creates the trigger");
    let outcome = store.follow(folder.to_str().expect("utf-8"), std::slice::from_ref(&lead.public)).expect("follows");
    let error = only(outcome.reports).result.expect_err("the signer could not be recorded");
    assert!(error.to_string().contains("the disk gave out"), "{error}");
    assert!(store.phrases().expect("reads").is_empty(), "no phrase without its signer");
    saboteur.execute_batch("DROP TRIGGER refuse_signers").expect("drops the trigger");
    let folder_key = std::fs::canonicalize(&folder).expect("canonical");
    let report = only(store.sync_subscription(&folder_key).expect("reports"));
    assert_eq!(report.result.expect("accepted").added.len(), 3);
    let vetting = store.vetting(&PhraseId::new("t0").expect("id")).expect("reads");
    assert_eq!(vetting.signed_by, Some(lead.public.id().to_string()));
}

/// A file signed by the `minisign` tool (0.11, key 877C196DBA52A7D0; the secret key was thrown
/// away), committed under tests/fixtures/signing, verifies, and the key id reads as minisign
/// prints it.
#[test]
fn a_file_signed_by_the_minisign_tool_verifies() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/signing");
    let key = TrustedKey::parse_or_read(fixtures.join("minisign.pub").to_str().expect("utf-8")).expect("key");
    assert_eq!(key.id().to_string(), "877C196DBA52A7D0");
    let file = fixtures.join("collection.json");
    let data = std::fs::read(&file).expect("reads");
    assert_eq!(signing::verify_file(&file, &data, std::slice::from_ref(&key)).expect("verifies"), key.id());
    let mut changed = data.clone();
    changed.push(b' ');
    assert!(signing::verify_file(&file, &changed, &[key]).is_err());
}

/// Where the `minisign` tool is installed: what it signs, Tactful accepts, and what Tactful signs,
/// it accepts. Elsewhere the fixture test above stands in for the first half.
#[test]
fn minisign_and_tactful_accept_each_others_signatures() {
    if Command::new("minisign").arg("-v").output().is_err() {
        eprintln!("minisign is not installed; the committed fixture covers its signatures");
        return;
    }
    let directory = tempfile::tempdir().expect("temp dir");
    let path = |name: &str| directory.path().join(name);
    let run = |args: &[&Path]| {
        let output = Command::new("minisign").args(args).output().expect("runs");
        assert!(output.status.success(), "minisign {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    };
    let flag = |text: &'static str| Path::new(text);
    run(&[flag("-G"), flag("-W"), flag("-p"), &path("tool.pub"), flag("-s"), &path("tool.key")]);
    std::fs::write(path("a.json"), collection("A", "a", 1)).expect("writes");
    run(&[flag("-S"), flag("-s"), &path("tool.key"), flag("-m"), &path("a.json")]);
    let tool_key = TrustedKey::parse_or_read(path("tool.pub").to_str().expect("utf-8")).expect("key");
    let data = std::fs::read(path("a.json")).expect("reads");
    signing::verify_file(&path("a.json"), &data, &[tool_key]).expect("Tactful accepts minisign's signature");

    let ours = key(directory.path(), "ours");
    signed(&path("b.json"), &collection("B", "b", 1), &ours);
    run(&[flag("-V"), flag("-p"), &path("ours.pub"), flag("-m"), &path("b.json")]);
}

#[test]
fn the_command_line_makes_a_key_signs_and_follows_a_signed_address() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("agent.sqlite");
    let path = |name: &str| directory.path().join(name).to_str().expect("utf-8").to_owned();
    let run = |args: &[&str]| {
        let output = tactful(&db, args);
        assert!(output.status.success(), "tactful {args:?}: {}{}", stdout(&output), stderr(&output));
        stdout(&output)
    };
    let made = run(&["keygen", "--no-password", "-p", &path("lead.pub"), "-s", &path("lead.key")]);
    assert!(made.contains("no password"), "{made}");
    std::fs::write(path("team.json"), collection("Team", "cli", 2)).expect("writes");
    run(&["sign", &path("team.json"), "-s", &path("lead.key")]);
    let server = Server::start();
    server.set("/team.json", Route::File(std::fs::read(path("team.json")).expect("reads")));
    server.set("/team.json.minisig", Route::File(std::fs::read(path("team.json.minisig")).expect("reads")));
    let url = server.url("/team.json");
    let followed = run(&["--no-builtin", "subscribe", &url, "--trust", &path("lead.pub")]);
    assert!(followed.contains("Only files signed by key"), "{followed}");
    assert!(run(&["show", "cli0"]).contains("signed by trusted key"));
    let again = run(&["sync"]);
    assert!(again.contains("not modified"), "{again}");

    let stranger_db = directory.path().join("stranger.sqlite");
    let other = tactful(&stranger_db, &["keygen", "--no-password", "-p", &path("o.pub"), "-s", &path("o.key")]);
    assert!(other.status.success());
    let refused = tactful(&stranger_db, &["--no-builtin", "subscribe", &url, "--trust", &path("o.pub")]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("does not trust"), "{}", stderr(&refused));
}
