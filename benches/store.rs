//! Store speed: importing 100,000 phrases into a new database file (validation included), and
//! opening a 100,000-phrase database and loading it for search.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use tactful::interchange;
use tactful::store::{ImportMode, Seed, Store};

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

fn open_and_load(criterion: &mut Criterion) {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = directory.path().join("corpus.json");
    std::fs::write(&file, corpus::collection_json(100_000)).expect("corpus written");
    let database = directory.path().join("loaded.sqlite");
    {
        let collection = interchange::read_file(&file).expect("valid corpus");
        let mut store = Store::open(&database, Seed::Empty).expect("opens");
        store.import(&file, &collection, ImportMode::Apply).expect("imports");
    }
    criterion.bench_function("open_and_load/100000", |bencher| {
        bencher.iter(|| {
            let store = Store::open(Path::new(&database), Seed::Empty).expect("opens");
            store.search_index(tactful::model::now()).expect("loads").len()
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = import, open_and_load
}
criterion_main!(benches);
