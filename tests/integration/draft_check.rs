//! Draft check against a labelled set: drafts with blunt passages marked [[like this]] and clean
//! drafts (including near misses). Prints precision and recall; fails below 0.85 on either.

use std::path::Path;

use serde::Deserialize;
use tactful::check::Checker;
use tactful::search::SearchIndex;
use tactful::store::{Seed, Store};

#[derive(Deserialize)]
struct Draft {
    lang: String,
    text: String,
    why: String,
}

/// The draft without markers, and the marked passages as character ranges.
fn unmark(text: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut plain = String::new();
    let mut spans = Vec::new();
    let mut count = 0;
    let mut start = 0;
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[[") {
            start = count;
            rest = after;
        } else if let Some(after) = rest.strip_prefix("]]") {
            spans.push(start..count);
            rest = after;
        } else if let Some(character) = rest.chars().next() {
            plain.push(character);
            count += 1;
            rest = &rest[character.len_utf8()..];
        }
    }
    (plain, spans)
}

#[test]
fn draft_check_precision_and_recall() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check/drafts.json");
    let drafts: Vec<Draft> =
        serde_json::from_str(&std::fs::read_to_string(path).expect("drafts")).expect("drafts parse");
    assert!(drafts.len() >= 120);
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    let checker = Checker::new(&index);
    let (mut true_positives, mut false_positives, mut expected) = (0usize, 0usize, 0usize);
    // Per language: (found and marked, found but not marked, marked).
    let mut by_lang: std::collections::BTreeMap<&str, (usize, usize, usize)> = std::collections::BTreeMap::new();
    let mut detected_language_right = 0;
    for draft in &drafts {
        let (plain, spans) = unmark(&draft.text);
        expected += spans.len();
        let counts = by_lang.entry(draft.lang.as_str()).or_default();
        counts.2 += spans.len();
        let detected = checker.check(&index, &plain, None);
        detected_language_right += usize::from(detected.lang == draft.lang);
        let report = checker.check(&index, &plain, Some(&draft.lang));
        for finding in &report.findings {
            let overlaps = spans.iter().any(|span| finding.start < span.end && span.start < finding.end);
            if overlaps {
                true_positives += 1;
                counts.0 += 1;
            } else {
                false_positives += 1;
                counts.1 += 1;
                let passage: String = plain.chars().skip(finding.start).take(finding.end - finding.start).collect();
                eprintln!("  false alarm [{} {}] {passage:?} as {:?}", draft.lang, draft.why, finding.avoid);
            }
        }
        for span in &spans {
            if !report.findings.iter().any(|finding| finding.start < span.end && span.start < finding.end) {
                let passage: String = plain.chars().skip(span.start).take(span.end - span.start).collect();
                eprintln!("  missed [{} {}] {passage:?}", draft.lang, draft.why);
            }
        }
    }
    let found = true_positives + false_positives;
    let precision = if found == 0 { 0.0 } else { true_positives as f64 / found as f64 };
    let recall = true_positives.min(expected) as f64 / expected as f64;
    eprintln!(
        "draft check: {} drafts, {expected} marked passages, precision {precision:.3}, recall {recall:.3}, language detected {}/{}",
        drafts.len(),
        detected_language_right,
        drafts.len()
    );
    for (lang, (found_marked, found_unmarked, marked)) in &by_lang {
        eprintln!(
            "  {lang}: precision {:.3}, recall {:.3} ({marked} marked passages)",
            *found_marked as f64 / (found_marked + found_unmarked).max(1) as f64,
            *found_marked as f64 / (*marked).max(1) as f64
        );
    }
    assert!(precision >= 0.85, "precision {precision:.3} below 0.85");
    assert!(recall >= 0.85, "recall {recall:.3} below 0.85");
}
