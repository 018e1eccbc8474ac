//! Search speed: per-keystroke queries over 10,000 and 100,000 generated phrases (each query typed
//! letter by letter through one `Searcher`, as the window does), and building the index.

use std::path::Path;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use tactful::interchange::{json, validate};
use tactful::search::{Filters, SearchIndex, Searcher};
use tactful::store::{ImportMode, Seed, Store};

#[path = "corpus.rs"]
mod corpus;

fn store_with(count: usize) -> Store {
    let path = Path::new("corpus.json");
    let text = corpus::collection_json(count);
    let collection =
        validate::validate(path, json::parse(path, &text).expect("corpus parses")).expect("corpus is valid");
    let mut store = Store::open_in_memory(Seed::Empty).expect("in-memory store");
    store.import(path, &collection, ImportMode::Apply).expect("corpus imports");
    store
}

fn keystrokes(criterion: &mut Criterion) {
    let mut group = criterion.benchmark_group("keystroke");
    for count in [10_000usize, 100_000] {
        let store = store_with(count);
        let index = SearchIndex::build(
            store.phrases().expect("phrases"),
            &store.situations().expect("situations"),
            tactful::model::now(),
        );
        let filters = Filters::default();
        group.bench_with_input(BenchmarkId::new("typed_queries", count), &index, |bencher, index| {
            bencher.iter(|| {
                let mut searcher = Searcher::new();
                let mut results = 0;
                for query in corpus::TYPED_QUERIES {
                    for end in query.char_indices().map(|(byte, character)| byte + character.len_utf8()) {
                        results += searcher.search(index, &query[..end], &filters, 50).len();
                    }
                }
                results
            });
        });
        group.bench_with_input(BenchmarkId::new("first_letter", count), &index, |bencher, index| {
            bencher.iter(|| Searcher::new().search(index, "r", &filters, 50).len());
        });
    }
    group.finish();
}

fn index_build(criterion: &mut Criterion) {
    // Three sizes a factor of four apart: the build should grow no faster than the phrasebook
    // (`examples/index_build` prints the ratios directly).
    let mut group = criterion.benchmark_group("index_build");
    group.sample_size(10);
    for count in [25_000usize, 100_000, 400_000] {
        // Read on first use, so a run filtered to other benchmarks imports nothing here.
        let mut corpus = None;
        group.bench_function(BenchmarkId::from_parameter(count), |bencher| {
            let (phrases, situations) = corpus.get_or_insert_with(|| {
                let store = store_with(count);
                (store.phrases().expect("phrases"), store.situations().expect("situations"))
            });
            // The index takes the phrases it is built from; cloning them is setup, not building.
            bencher.iter_batched(
                || phrases.clone(),
                |phrases| SearchIndex::build(phrases, situations, tactful::model::now()).len(),
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

/// One edit at 100,000 phrases, changed in the index in place and searched for: what the window
/// does on its thread after a save (the store's part is `store/one_edit_reloaded`).
fn one_edit(criterion: &mut Criterion) {
    let store = store_with(100_000);
    let mut index = SearchIndex::build(
        store.phrases().expect("phrases"),
        &store.situations().expect("situations"),
        tactful::model::now(),
    );
    let filters = Filters::default();
    // A window has searched before it saves: the lazily built parts exist and are kept up to date.
    Searcher::new().search(&index, "refund", &filters, 50);
    Searcher::new().search(&index, "manager policy", &filters, 50);
    let mut phrase = index.phrases()[54_321].clone();
    let mut round = 0u64;
    criterion.bench_function("one_edit_in_place_then_search/100000", |bencher| {
        bencher.iter(|| {
            round += 1;
            phrase.content.text = format!("We will look at refund {round} together today.");
            index.upsert(phrase.clone(), tactful::model::now()).expect("in place");
            Searcher::new().search(&index, "refund together", &filters, 50).len()
        });
    });
    // The change alone, without the search that follows it.
    criterion.bench_function("one_edit_in_place/100000", |bencher| {
        bencher.iter(|| {
            round += 1;
            phrase.content.text = format!("We will look at refund {round} together today.");
            index.upsert(phrase.clone(), tactful::model::now()).expect("in place");
            index.len()
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = keystrokes, index_build, one_edit
}
criterion_main!(benches);
