//! The store: constraints, transactions, seeding, usage data.

use std::path::Path;

use tactful::interchange::{json, validate};
use tactful::model::{Lang, PhraseContent, PhraseId, SituationKey, Status};
use tactful::store::{ImportMode, PhraseEdit, Seed, Store, StoreError};

fn import(store: &mut Store, text: &str) -> Result<tactful::store::ImportReport, StoreError> {
    let path = Path::new("test.json");
    let collection = validate::validate(path, json::parse(path, text)?)?;
    store.import(path, &collection, ImportMode::Apply)
}

fn content(text: &str) -> PhraseContent {
    PhraseContent {
        situation: SituationKey::new("s").expect("key"),
        lang: Lang::new("en").expect("lang"),
        title: None,
        text: text.into(),
        avoid: vec!["No.".into()],
        note: None,
        tags: vec!["call".into()],
        status: Status::Draft,
        group: None,
    }
}

#[test]
fn new_database_holds_the_builtin_phrasebook() {
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let phrases = store.phrases().expect("reads");
    assert!(phrases.len() > 400, "only {} phrases", phrases.len());
    assert!(phrases.iter().all(|phrase| phrase.content.status == Status::Vetted));
    let shipped = tactful::builtin::phrasebook().expect("the built-in phrasebook loads");
    assert_eq!(store.situations().expect("reads").len(), shipped.situations.len());
    assert!(store.check_integrity().expect("checks").is_empty());
}

#[test]
fn builtin_is_seeded_once_and_not_again_after_deletion() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("db.sqlite");
    let mut store = Store::open(&path, Seed::Builtin).expect("opens");
    let first = store.phrases().expect("reads")[0].id.clone();
    store.delete_phrase(&first).expect("deletes");
    drop(store);
    let store = Store::open(&path, Seed::Builtin).expect("reopens");
    assert!(store.phrase(&first).is_err(), "a deleted built-in phrase must not come back on restart");
}

#[test]
fn import_with_unknown_situation_changes_nothing() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    import(&mut store, &crate::collection("A", "a", 3)).expect("imports");
    let text = r#"{"format":"tactful.collection","version":1,"phrases":[
        {"id":"ok","situation":"s","lang":"en","text":"Fine"},
        {"id":"bad","situation":"nowhere","lang":"en","text":"Lost"}]}"#;
    let error = import(&mut store, text).expect_err("refused");
    assert!(error.to_string().contains("phrases[1].situation"), "{error}");
    assert!(store.phrase(&PhraseId::new("ok").expect("id")).is_err(), "nothing may be imported");
    assert_eq!(store.phrases().expect("reads").len(), 3);
}

#[test]
fn reimporting_reports_unchanged_and_updates_in_place() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let first = import(&mut store, &crate::collection("A", "a", 5)).expect("imports");
    assert_eq!(first.added.len(), 5);
    let again = import(&mut store, &crate::collection("A", "a", 5)).expect("imports");
    assert_eq!((again.added.len(), again.updated.len(), again.unchanged), (0, 0, 5));
    let changed = crate::collection("A", "a", 5).replace("Phrase 2 of a", "Phrase two of a");
    let report = import(&mut store, &changed).expect("imports");
    assert_eq!(report.updated, vec![PhraseId::new("a2").expect("id")]);
}

#[test]
fn dry_run_reports_and_changes_nothing() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let path = Path::new("dry.json");
    let text = crate::collection("A", "a", 4);
    let collection = validate::validate(path, json::parse(path, &text).expect("parses")).expect("valid");
    let report = store.import(path, &collection, ImportMode::DryRun).expect("previews");
    assert_eq!(report.added.len(), 4);
    assert!(store.phrases().expect("reads").is_empty());
    assert!(store.situations().expect("reads").is_empty());
}

#[test]
fn personal_usage_survives_reimport() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    import(&mut store, &crate::collection("A", "a", 2)).expect("imports");
    let id = PhraseId::new("a1").expect("id");
    store.set_favorite(&id, true).expect("favourite");
    store.record_copy(&id, tactful::model::now()).expect("counted");
    import(&mut store, &crate::collection("A", "a", 2).replace("Phrase 1 of a", "Changed")).expect("imports");
    let phrase = store.phrase(&id).expect("reads");
    assert!(phrase.usage.favorite);
    assert_eq!(phrase.usage.copy_count, 1);
    assert_eq!(phrase.content.text, "Changed");
}

#[test]
fn add_edit_delete_restore() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    import(&mut store, &crate::collection("A", "a", 1)).expect("imports");
    let added = store.add_phrase(content("What I can do is {offer}."), None).expect("adds");
    assert_eq!(added.collection, "Personal");
    let edited = store
        .edit_phrase(&added.id, PhraseEdit { status: Some(Status::Vetted), ..PhraseEdit::default() })
        .expect("edits");
    assert_eq!(edited.content.status, Status::Vetted);
    store.delete_phrase(&added.id).expect("deletes");
    assert!(store.phrase(&added.id).is_err());
    assert_eq!(store.trash().expect("reads").len(), 1);
    store.restore_phrase(&added.id).expect("restores");
    assert!(store.phrase(&added.id).is_ok());
}

#[test]
fn invalid_edits_are_refused_with_reasons() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    import(&mut store, &crate::collection("A", "a", 1)).expect("imports");
    let id = PhraseId::new("a0").expect("id");
    let empty = store.edit_phrase(&id, PhraseEdit { text: Some("  ".into()), ..PhraseEdit::default() });
    assert!(matches!(empty, Err(StoreError::Model(_))), "{empty:?}");
    let broken = store.edit_phrase(&id, PhraseEdit { text: Some("Hi {name".into()), ..PhraseEdit::default() });
    assert!(broken.is_err());
    let unknown = store.edit_phrase(
        &id,
        PhraseEdit { situation: Some(SituationKey::new("nope").expect("key")), ..PhraseEdit::default() },
    );
    assert!(matches!(unknown, Err(StoreError::SituationNotFound(_))), "{unknown:?}");
    assert_eq!(store.phrase(&id).expect("reads").content.text, "Phrase 0 of a");
}

#[test]
fn adding_to_an_unknown_situation_fails() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    assert!(matches!(store.add_phrase(content("Hello"), None), Err(StoreError::SituationNotFound(_))));
}

#[test]
fn import_takes_a_backup_of_a_file_database() {
    let directory = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&directory.path().join("db.sqlite"), Seed::Empty).expect("opens");
    for round in 0..7 {
        let report = import(&mut store, &crate::collection("A", &format!("r{round}-"), 1)).expect("imports");
        assert!(report.backup.as_ref().is_some_and(|path| path.exists()));
    }
    let kept = std::fs::read_dir(directory.path().join("backups")).expect("backups").count();
    assert_eq!(kept, tactful::store::KEEP_BACKUPS);
}

fn import_from(store: &mut Store, path: &Path, text: &str) -> tactful::store::ImportReport {
    let collection = validate::validate(path, json::parse(path, text).expect("parses")).expect("valid");
    store.import(path, &collection, ImportMode::Apply).expect("imports")
}

#[test]
fn a_moved_file_that_moves_a_phrase_to_another_situation_updates_it() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    import_from(&mut store, Path::new("old/team.json"), &crate::collection("A", "a", 3));
    let moved = crate::collection("A", "a", 3)
        .replace(r#""situations":[{"key":"s""#, r#""situations":[{"key":"t","title":{"en":"Other"}},{"key":"s""#)
        .replace(r#""id":"a1","situation":"s""#, r#""id":"a1","situation":"t""#)
        .replace("Phrase 2 of a", "Phrase two of a");
    let report = import_from(&mut store, Path::new("new/team.json"), &moved);
    let ids = |list: &[&str]| list.iter().map(|id| PhraseId::new(*id).expect("id")).collect::<Vec<_>>();
    assert_eq!(report.updated, ids(&["a1", "a2"]));
    assert_eq!(report.unchanged, 1);
    assert_eq!(store.phrase(&PhraseId::new("a1").expect("id")).expect("kept").content.situation.as_str(), "t");
    assert_eq!(store.phrase(&PhraseId::new("a2").expect("id")).expect("kept").content.text, "Phrase two of a");
}

/// The window may preview and apply an import on a worker: a `Store` moves to another thread
/// (it is `Send`), or the worker opens its own connection to the same file, and the window's
/// connection sees the result.
#[test]
fn an_import_runs_on_a_worker_thread_with_its_own_connection() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("tactful.sqlite");
    let window = Store::open(&db, Seed::Empty).expect("opens");
    let worker_db = db.clone();
    let file = folder.path().join("team.json");
    let (preview, applied) = std::thread::spawn(move || {
        let mut worker = Store::open(&worker_db, Seed::Empty).expect("opens");
        let text = crate::collection("Team", "w", 4);
        let collection = validate::validate(&file, json::parse(&file, &text).expect("parses")).expect("valid");
        let preview = worker.import(&file, &collection, ImportMode::DryRun).expect("previews");
        let applied = worker.import(&file, &collection, ImportMode::Apply).expect("imports");
        (preview.added.len(), applied.added.len())
    })
    .join()
    .expect("the worker finishes");
    assert_eq!((preview, applied), (4, 4));
    assert_eq!(window.phrases().expect("reads").len(), 4);
    let moved =
        std::thread::spawn(move || window.phrases().map(|phrases| phrases.len())).join().expect("the worker finishes");
    assert_eq!(moved.expect("reads"), 4);
}
