//! Writes the deterministic benchmark phrasebook: `cargo run --release --example generate_corpus -- 100000 > corpus.json`.

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let count = std::env::args().nth(1).and_then(|value| value.parse().ok()).unwrap_or(100_000);
    print!("{}", corpus::collection_json(count));
}
