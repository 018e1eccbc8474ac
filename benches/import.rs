//! Importing phrases an earlier import brought from another source (a collection file moved or
//! renamed, a CSV twin, the same collection followed from a new folder): at N and 4N phrases, so
//! the growth shows (linear: ×4; the quadratic lookup #17 fixed was ×16 and more).

use std::path::Path;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use tactful::interchange::{self, ReadOptions};
use tactful::store::{ImportMode, Seed, Store};

#[path = "corpus.rs"]
mod corpus;

fn known_from_another_source(criterion: &mut Criterion) {
    let mut group = criterion.benchmark_group("import_known_from_another_source");
    group.sample_size(10);
    for count in [4_000, 16_000] {
        let text = corpus::collection_json(count);
        // The moved copy was also edited upstream (every sentence ends differently), so each phrase
        // is checked against the other source's merge base: the lookup that was quadratic.
        let edited = text.replace(".\"", "!\"");
        let read = |name: &str, text: &str| {
            interchange::parse_any(Path::new(name), text, &ReadOptions::default()).expect("valid corpus").collection
        };
        let (first, moved) = (read("team.json", &text), read("moved/team.json", &edited));
        group.bench_function(count.to_string(), |bencher| {
            bencher.iter_batched(
                || {
                    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
                    store.import(Path::new("team.json"), &first, ImportMode::Apply).expect("imports");
                    store
                },
                |mut store| store.import(Path::new("moved/team.json"), &moved, ImportMode::Apply).expect("imports"),
                BatchSize::PerIteration,
            );
        });
    }
    group.finish();
}

criterion_group!(benches, known_from_another_source);
criterion_main!(benches);
