use std::path::Path;
use std::time::Instant;
use tactful::interchange::{json, validate};
use tactful::search::{Filters, SearchIndex, Searcher};
use tactful::store::{ImportMode, Seed, Store};
#[path = "../benches/corpus.rs"]
mod corpus;
fn main() {
    let query = std::env::args().nth(1).unwrap_or_else(|| "r".into());
    let path = Path::new("corpus.json");
    let text = corpus::collection_json(100_000);
    let collection = validate::validate(path, json::parse(path, &text).expect("parses")).expect("valid");
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    store.import(path, &collection, ImportMode::Apply).expect("imports");
    let index = SearchIndex::load(&store, tactful::model::now()).expect("loads");
    let started = Instant::now();
    let mut total = 0;
    for _ in 0..300 {
        total += Searcher::new().search(&index, &query, &Filters::default(), 50).len();
    }
    eprintln!("{query}: {:?} per search ({total})", started.elapsed() / 300);
}
