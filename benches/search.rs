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
    let store = store_with(100_000);
    let phrases = store.phrases().expect("phrases");
    let situations = store.situations().expect("situations");
    criterion.bench_function("index_build/100000", |bencher| {
        // The index takes the phrases it is built from; cloning them is setup, not building.
        bencher.iter_batched(
            || phrases.clone(),
            |phrases| SearchIndex::build(phrases, &situations, tactful::model::now()).len(),
            BatchSize::LargeInput,
        );
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = keystrokes, index_build
}
criterion_main!(benches);
