//! Store speed: importing 100,000 phrases into a new database file (validation included),
//! opening a 100,000-phrase database and loading it for search (short and full-field phrases),
//! and one edit at 100,000 phrases as the window sees it (saved, listed as changed, re-read).

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use tactful::interchange;
use tactful::store::{Changes, ImportMode, PhraseEdit, Seed, Store};

#[path = "corpus.rs"]
mod corpus;

fn import(criterion: &mut Criterion) {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = directory.path().join("corpus.json");
    std::fs::write(&file, corpus::collection_json(100_000)).expect("corpus written");
    let mut round = 0;
    criterion.bench_function("import/100000", |bencher| {
        bencher.iter(|| {
            round += 1;
            let database = directory.path().join(format!("import-{round}.sqlite"));
            let collection = interchange::read_file(&file).expect("valid corpus");
            let mut store = Store::open(&database, Seed::Empty).expect("opens");
            store.import(&file, &collection, ImportMode::Apply).expect("imports").added.len()
        });
    });
}

/// A database file holding `json`, in `directory`.
fn database_with(directory: &Path, name: &str, json: &str) -> std::path::PathBuf {
    let file = directory.join(format!("{name}.json"));
    std::fs::write(&file, json).expect("corpus written");
    let database = directory.join(format!("{name}.sqlite"));
    let collection = interchange::read_file(&file).expect("valid corpus");
    let mut store = Store::open(&database, Seed::Empty).expect("opens");
    store.import(&file, &collection, ImportMode::Apply).expect("imports");
    database
}

fn open_and_load(criterion: &mut Criterion) {
    let directory = tempfile::tempdir().expect("temp dir");
    for (name, json) in
        [("short", corpus::collection_json(100_000)), ("full_fields", corpus::full_collection_json(100_000))]
    {
        let database = database_with(directory.path(), name, &json);
        criterion.bench_function(&format!("open_and_load_{name}/100000"), |bencher| {
            bencher.iter(|| {
                let store = Store::open(Path::new(&database), Seed::Empty).expect("opens");
                store.search_index(tactful::model::now()).expect("loads").len()
            });
        });
    }
}

/// The store's part of one edit in the window: the save, the list of changed phrases and the
/// changed phrase read back (the index's part is `search/one_edit_in_place_then_search`).
fn one_edit_reloaded(criterion: &mut Criterion) {
    let directory = tempfile::tempdir().expect("temp dir");
    let database = database_with(directory.path(), "edited", &corpus::full_collection_json(100_000));
    let mut store = Store::open(&database, Seed::Empty).expect("opens");
    store.track_changes().expect("tracks");
    let id = tactful::model::PhraseId::new("full-54321").expect("valid id");
    let mut round = 0u64;
    criterion.bench_function("one_edit_reloaded/100000", |bencher| {
        bencher.iter(|| {
            round += 1;
            let edit =
                PhraseEdit { text: Some(format!("We will look at refund {round} together.")), ..PhraseEdit::default() };
            store.edit_phrase(&id, edit).expect("edits");
            match store.take_changes(256).expect("lists") {
                Changes::Phrases(phrases) => phrases.len(),
                other => panic!("one edit is listed by phrase, not {other:?}"),
            }
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = import, open_and_load, one_edit_reloaded
}
criterion_main!(benches);
