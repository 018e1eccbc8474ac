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
    /// Phrases that are just as right: they hold what the query quotes word for word (a blunt
    /// line several phrases avoid). The harness checks that each holds the expected phrase's run.
    #[serde(default)]
    also_right: Vec<String>,
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
        for other in &case.also_right {
            let quoted = |id: &str| {
                let phrase = index
                    .position(&tactful::model::PhraseId::new(id.to_owned()).expect("id"))
                    .and_then(|position| index.phrase(position))
                    .unwrap_or_else(|| panic!("{id} is in the phrasebook"));
                let content = &phrase.content;
                std::iter::once(&content.text).chain(&content.avoid).map(|text| text.to_lowercase()).collect::<Vec<_>>()
            };
            let query = case.query.to_lowercase();
            assert!(
                quoted(other).iter().any(|text| text.contains(&query))
                    && quoted(&case.expect).iter().any(|text| text.contains(&query)),
                "{other} is listed as just as right for {:?}, but it and {} do not both say it word for word",
                case.query,
                case.expect
            );
        }
        let rank = hits
            .iter()
            .position(|hit| hit.id.as_str() == case.expect || case.also_right.iter().any(|id| id == hit.id.as_str()));
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

/// The phrasebook as the files in `data/phrasebook` hold it now (the same files the binary embeds),
/// read at run time so a test binary built earlier measures the current content too.
fn phrasebook_from_disk() -> Store {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/phrasebook");
    let mut files = Vec::new();
    for folder in std::fs::read_dir(&root).expect("phrasebook folder") {
        let folder = folder.expect("entry").path();
        for file in std::fs::read_dir(&folder).expect("situation folder") {
            let file = file.expect("entry").path();
            if file.extension().is_some_and(|extension| extension == "json") {
                files.push(file);
            }
        }
    }
    files.sort();
    // One import of everything: each import backs the database up first, once is enough.
    let mut merged = interchange::ValidCollection {
        name: tactful::model::BUILTIN_COLLECTION.to_owned(),
        description: None,
        situations: Vec::new(),
        phrases: Vec::new(),
    };
    for file in &files {
        let collection = interchange::read_file(file).expect("phrasebook file is valid");
        for situation in collection.situations {
            match merged.situations.iter_mut().find(|have| have.key == situation.key) {
                Some(have) => have.texts.extend(situation.texts),
                None => merged.situations.push(situation),
            }
        }
        merged.phrases.extend(collection.phrases);
    }
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    store.import(Path::new("phrasebook"), &merged, ImportMode::Apply).expect("imports");
    store
}

#[derive(Deserialize)]
struct AgentQuery {
    query: String,
    lang: String,
    #[serde(alias = "expect", alias = "expected", alias = "expected_situation", alias = "situation_key")]
    situation: String,
}

/// Queries in agents' own words (written by someone who saw only the situation titles), each with
/// the situation a good agent would look in, searched with the language filter set.
#[test]
fn agents_words_find_the_right_situation() {
    let path = std::env::var_os("AGENTS_WORDS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/relevance/agents_words.json"));
    let text = std::fs::read_to_string(&path).expect("agents' words suite");
    let value: serde_json::Value = serde_json::from_str(&text).expect("agents' words parse");
    let list = match value {
        serde_json::Value::Object(mut object) => object.remove("queries").expect("a queries list"),
        list => list,
    };
    let queries: Vec<AgentQuery> = serde_json::from_value(list).expect("agents' words have query, lang, situation");
    assert!(queries.len() >= 200, "only {} agents' words queries", queries.len());
    let store = phrasebook_from_disk();
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    let mut per_lang: std::collections::BTreeMap<&str, (usize, usize, usize)> = Default::default();
    let mut misses = Vec::new();
    for case in &queries {
        let filters = Filters { lang: Some(case.lang.clone()), ..Filters::default() };
        let hits = Searcher::new().search(&index, &case.query, &filters, 3);
        let situations: Vec<String> = hits
            .iter()
            .filter_map(|hit| index.phrase(hit.position))
            .map(|phrase| phrase.content.situation.as_str().to_owned())
            .collect();
        let found = situations.contains(&case.situation);
        let counts = per_lang.entry(case.lang.as_str()).or_default();
        counts.0 += 1;
        counts.1 += usize::from(found);
        counts.2 += usize::from(hits.is_empty());
        if !found {
            misses.push(format!("[{}] {:?} → want {}, got {situations:?}", case.lang, case.query, case.situation));
        }
    }
    let total = queries.len() as f64;
    let found: usize = per_lang.values().map(|counts| counts.1).sum();
    let empty: usize = per_lang.values().map(|counts| counts.2).sum();
    eprintln!(
        "agents' words: {} queries, top-3 in the right situation {:.3}, no result {:.3}",
        queries.len(),
        found as f64 / total,
        empty as f64 / total
    );
    for (lang, (cases, found, empty)) in &per_lang {
        eprintln!("  {lang}: {found}/{cases} found, {empty} without any result");
    }
    for miss in &misses {
        eprintln!("  miss {miss}");
    }
    assert!(found as f64 / total >= 0.85, "top-3 in the right situation {:.3} is below 0.85", found as f64 / total);
    assert!(empty as f64 / total <= 0.02, "{:.3} of the queries found nothing (at most 0.02)", empty as f64 / total);
}

#[path = "../relevance/adversarial.rs"]
mod adversarial;

/// Rates per query kind: (kind, cases, top-1, top-3).
type KindRates = Vec<(adversarial::Kind, usize, usize, usize)>;

/// Runs the adversarial suite; returns the overall top-1 and top-3 rates and per-kind counts.
fn run_adversarial_suite() -> (f64, f64, KindRates, Vec<String>) {
    let mut store = phrasebook_from_disk();
    let targets: Vec<adversarial::Target> = store
        .phrases()
        .expect("reads")
        .iter()
        .filter(|phrase| phrase.content.status == Status::Vetted)
        .map(|phrase| adversarial::Target {
            id: phrase.id.as_str().to_owned(),
            situation: phrase.content.situation.as_str().to_owned(),
            lang: phrase.content.lang.as_str().to_owned(),
            text: phrase.content.text.clone(),
        })
        .collect();
    let suite = adversarial::generate(&targets);
    let path = Path::new("adversarial.json");
    let file = interchange::json::parse(path, &suite.collection).expect("distractors parse");
    let collection = interchange::validate::validate(path, file).expect("distractors are valid");
    store.import(path, &collection, ImportMode::Apply).expect("imports");
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    eprintln!(
        "adversarial: {} targets, {} distractors, {} phrases indexed, {} queries",
        targets.len(),
        suite.distractors,
        index.len(),
        suite.cases.len()
    );
    let mut per_kind: std::collections::BTreeMap<adversarial::Kind, (usize, usize, usize)> = Default::default();
    let mut misses = Vec::new();
    for case in &suite.cases {
        let hits = Searcher::new().search(&index, &case.query, &Filters::default(), 3);
        let rank = hits.iter().position(|hit| hit.id.as_str() == case.expect);
        let counts = per_kind.entry(case.kind).or_default();
        counts.0 += 1;
        counts.1 += usize::from(rank == Some(0));
        counts.2 += usize::from(rank.is_some());
        if rank != Some(0) {
            let got: Vec<String> = hits
                .iter()
                .map(|hit| index.phrase(hit.position).map(|phrase| phrase.content.text.clone()).unwrap_or_default())
                .map(|text| text.chars().take(70).collect())
                .collect();
            let expected = index
                .position(&tactful::model::PhraseId::new(case.expect.clone()).expect("id"))
                .and_then(|position| index.phrase(position))
                .map(|phrase| phrase.content.text.chars().take(90).collect::<String>())
                .unwrap_or_default();
            misses.push(format!(
                "[{}] {:?} at {rank:?}: wanted {expected:?}, got {got:?}",
                case.kind.name(),
                case.query
            ));
        }
    }
    let total = suite.cases.len() as f64;
    let top1: usize = per_kind.values().map(|counts| counts.1).sum();
    let top3: usize = per_kind.values().map(|counts| counts.2).sum();
    let rates = per_kind.into_iter().map(|(kind, (cases, top1, top3))| (kind, cases, top1, top3)).collect();
    (top1 as f64 / total, top3 as f64 / total, rates, misses)
}

/// Thousands of queries over a phrasebook four times the built-in one: minutes in a release build,
/// more than an hour in the debug build `cargo test` makes, so it runs on request:
/// `cargo test --release --test integration adversarial -- --ignored --nocapture`.
#[test]
#[ignore = "minutes in release, over an hour in debug: run with --release -- --ignored"]
fn adversarial_suite_ranks_the_remembered_run_first() {
    let (top1, top3, per_kind, misses) = run_adversarial_suite();
    eprintln!("adversarial: top-1 {:.3}, top-3 {:.3}", top1, top3);
    for (kind, cases, kind_top1, kind_top3) in &per_kind {
        eprintln!(
            "  {:<16} {cases:>5} queries  top-1 {:.3}  top-3 {:.3}",
            kind.name(),
            *kind_top1 as f64 / *cases as f64,
            *kind_top3 as f64 / *cases as f64
        );
    }
    for miss in misses.iter().take(if std::env::var_os("RELEVANCE_ALL_MISSES").is_some() { usize::MAX } else { 40 }) {
        eprintln!("  miss {miss}");
    }
    // The targets, reached in session 5 (0.995 / 0.999): a change that falls below them
    // undoes the work, so the suite fails there rather than at the older floor of 0.93 / 0.97.
    assert!(top1 >= 0.95, "adversarial top-1 {top1:.3} is below 0.95");
    assert!(top3 >= 0.99, "adversarial top-3 {top3:.3} is below 0.99");
}
