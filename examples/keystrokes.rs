//! Prints the time of every keystroke of the benchmark queries over a generated phrasebook:
//! `cargo run --release --example keystrokes -- 100000`. A quick look before `cargo bench`.

use std::path::Path;
use std::time::Instant;

use tactful::interchange::{json, validate};
use tactful::model::Status;
use tactful::search::{Filters, SearchIndex, Searcher};
use tactful::store::{ImportMode, Seed, Store};

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let count = std::env::args().nth(1).and_then(|value| value.parse().ok()).unwrap_or(10_000);
    let path = Path::new("corpus.json");
    let text = corpus::collection_json(count);
    let collection = validate::validate(path, json::parse(path, &text).expect("parses")).expect("valid");
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    store.import(path, &collection, ImportMode::Apply).expect("imports");
    let started = Instant::now();
    let index = SearchIndex::build_streaming(
        |take| store.phrases_in_chunks(4096, take),
        &store.situations().expect("reads"),
        tactful::model::now(),
    )
    .expect("loads");
    let loaded = started.elapsed();
    let phrases = index.phrases().to_vec();
    let situations = store.situations().expect("reads");
    let started = Instant::now();
    let rebuilt = SearchIndex::build(phrases, &situations, tactful::model::now());
    println!(
        "load + index {:.1} ms; index alone {:.1} ms ({} phrases)",
        loaded.as_secs_f64() * 1000.0,
        started.elapsed().as_secs_f64() * 1000.0,
        rebuilt.len()
    );
    // The window's search worker prepares while it waits for the first keystroke (see
    // `Searcher::prepare`); timed apart, as the agent never waits for it.
    let started = Instant::now();
    Searcher::new().prepare(&index, &Filters::default());
    println!("prepared before the first keystroke {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    let window = Filters { statuses: Some(vec![Status::Vetted, Status::Draft]), ..Filters::default() };
    for (name, filters) in [("no filter", Filters::default()), ("the window's filters", window)] {
        let mut times = Vec::new();
        for query in corpus::TYPED_QUERIES {
            let mut searcher = Searcher::new();
            searcher.prepare(&index, &filters);
            for end in query.char_indices().map(|(byte, character)| byte + character.len_utf8()) {
                let started = Instant::now();
                let hits = searcher.search(&index, &query[..end], &filters, 50).len();
                let elapsed = started.elapsed().as_secs_f64() * 1000.0;
                println!("{:>24} {elapsed:>8.3} ms {hits:>3} hits", &query[..end]);
                times.push(elapsed);
            }
        }
        times.sort_by(f64::total_cmp);
        let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
        println!(
            "{} keystrokes over {count} phrases, {name}: median {:.3} ms, p95 {p95:.3} ms",
            times.len(),
            times[times.len() / 2]
        );
    }
}
