//! Relevance: queries an agent would type, and the phrase that must come up. Prints the top-1 and
//! top-3 rates; fails below 95% top-3 or when an unambiguous query misses the top spot too often.

use std::path::Path;

use serde::Deserialize;
use tactful::interchange;
use tactful::model::Status;
use tactful::search::{Filters, SearchIndex, Searcher};
use tactful::store::{ImportMode, Seed, Store};

#[derive(Deserialize)]
struct Case {
    query: String,
    expect: String,
    #[serde(default)]
    top1: bool,
    lang: Option<String>,
    situation: Option<String>,
    status: Option<Vec<Status>>,
    why: String,
}

#[test]
fn relevance_suite_finds_the_right_phrase() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance");
    let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let collection_path = root.join("collection.json");
    let collection = interchange::read_file(&collection_path).expect("test collection is valid");
    store.import(&collection_path, &collection, ImportMode::Apply).expect("imports");
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    let cases: Vec<Case> =
        serde_json::from_str(&std::fs::read_to_string(root.join("cases.json")).expect("cases")).expect("cases parse");
    assert!(cases.len() >= 150, "only {} cases", cases.len());

    let mut searcher = Searcher::new();
    let (mut top1, mut top3, mut top1_wanted, mut top1_met) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for case in &cases {
        let filters = Filters {
            lang: case.lang.clone(),
            situation: case.situation.clone(),
            statuses: case.status.clone(),
            ..Filters::default()
        };
        let hits = searcher.search(&index, &case.query, &filters, 3);
        let rank = hits.iter().position(|hit| hit.id.as_str() == case.expect);
        top1 += usize::from(rank == Some(0));
        top3 += usize::from(rank.is_some());
        if case.top1 {
            top1_wanted += 1;
            top1_met += usize::from(rank == Some(0));
        }
        if rank.is_none() || (case.top1 && rank != Some(0)) {
            let got: Vec<&str> = hits.iter().map(|hit| hit.id.as_str()).collect();
            misses.push(format!(
                "[{}] {:?} → expected {} at {}, got {got:?}",
                case.why,
                case.query,
                case.expect,
                if case.top1 { "1" } else { "1–3" }
            ));
        }
    }
    let total = cases.len() as f64;
    let top3_rate = top3 as f64 / total;
    let top1_rate = top1 as f64 / total;
    let strict_rate = if top1_wanted == 0 { 1.0 } else { top1_met as f64 / top1_wanted as f64 };
    eprintln!(
        "relevance: {} cases, top-1 {:.1}%, top-3 {:.1}%, unambiguous at top-1 {:.1}% ({top1_met}/{top1_wanted})",
        cases.len(),
        100.0 * top1_rate,
        100.0 * top3_rate,
        100.0 * strict_rate
    );
    for miss in &misses {
        eprintln!("  miss {miss}");
    }
    assert!(top3_rate >= 0.95, "top-3 rate {:.1}% is below 95%", 100.0 * top3_rate);
    assert!(strict_rate >= 0.9, "unambiguous queries at top-1 {:.1}% is below 90%", 100.0 * strict_rate);
}
