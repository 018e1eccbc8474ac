//! Interchange: every kind of invalid input is refused with its place, and export → import →
//! export is byte-identical (also as a property test).

use std::path::Path;

use proptest::prelude::*;
use tactful::interchange::{self, ImportError, json, validate};
use tactful::store::{ExportFilter, ImportMode, Seed, Store};

fn roundtrip(text: &str) -> (String, String) {
    let path = Path::new("in.json");
    let collection = validate::validate(path, json::parse(path, text).expect("parses")).expect("valid");
    let mut first = Store::open_in_memory(Seed::Empty).expect("opens");
    first.import(path, &collection, ImportMode::Apply).expect("imports");
    let exported = json::to_string(&first.export(&ExportFilter::default()).expect("exports"));
    let again = validate::validate(path, json::parse(path, &exported).expect("parses")).expect("valid");
    let mut second = Store::open_in_memory(Seed::Empty).expect("opens");
    second.import(path, &again, ImportMode::Apply).expect("imports");
    (exported, json::to_string(&second.export(&ExportFilter::default()).expect("exports")))
}

#[test]
fn builtin_phrasebook_round_trips_byte_for_byte() {
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let exported = json::to_string(&store.export(&ExportFilter::default()).expect("exports"));
    let (first, second) = roundtrip(&exported);
    assert_eq!(first, exported);
    assert_eq!(first, second);
    assert!(first.ends_with("}\n"));
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("huge.json");
    let file = std::fs::File::create(&path).expect("creates");
    file.set_len(interchange::MAX_IMPORT_BYTES + 1).expect("sparse file");
    let error = interchange::read_file(&path).expect_err("refused");
    assert!(matches!(error, ImportError::TooLarge { .. }));
    assert!(error.to_string().contains("huge.json"), "{error}");
}

#[test]
fn non_utf8_and_missing_files_name_the_file() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("latin1.json");
    std::fs::write(&path, b"{\"format\":\"tactful.collection\",\"version\":1,\"name\":\"caf\xe9\"}").expect("writes");
    let error = interchange::read_file(&path).expect_err("refused");
    assert!(error.to_string().contains("latin1.json") && error.to_string().contains("UTF-8"), "{error}");
    let missing = interchange::read_file(&directory.path().join("nope.json")).expect_err("refused");
    assert!(missing.to_string().contains("nope.json"), "{missing}");
}

#[test]
fn every_kind_of_invalid_phrase_is_named() {
    let cases = [
        (r#"{"situation":"s","lang":"en"}"#, "phrases[0]", "missing field `text`"),
        (r#"{"situation":"s","lang":"en","text":"a","status":"approved"}"#, "phrases[0].status", "unknown variant"),
        (r#"{"situation":"s","lang":"en","text":"a","id":"has space"}"#, "phrases[0].id", "invalid id"),
        (r#"{"situation":"s","lang":"xx-","text":"a"}"#, "phrases[0].lang", "language code"),
        (r#"{"situation":"s","lang":"en","text":"a","avoid":[""]}"#, "phrases[0].avoid[0]", "empty"),
        (r#"{"situation":"s","lang":"en","text":"a {b"}"#, "phrases[0].text", "unclosed"),
        (r#"{"situation":"s","lang":"en","text":"a","updated_at":"monday"}"#, "phrases[0].updated_at", "RFC 3339"),
        (r#"{"situation":"s","lang":"en","text":"a","colour":"red"}"#, "phrases[0]", "unknown field `colour`"),
    ];
    for (phrase, location, reason) in cases {
        let text = format!(r#"{{"format":"tactful.collection","version":1,"phrases":[{phrase}]}}"#);
        let path = Path::new("team.json");
        let error = json::parse(path, &text).and_then(|file| validate::validate(path, file)).expect_err(phrase);
        let message = error.to_string();
        assert!(message.starts_with("team.json: "), "{message}");
        assert!(message.contains(location) && message.contains(reason), "expected {location} / {reason} in {message}");
    }
}

fn phrase_text() -> impl Strategy<Value = String> {
    // Letters of several scripts, punctuation, quotes, newlines and literal braces written as {{ }}.
    proptest::string::string_regex("[A-Za-zäöåëéßёжЯ0-9 .,!?'\"\\n-]{1,40}").expect("regex")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn export_import_export_is_identical(
        phrases in proptest::collection::vec((phrase_text(), proptest::option::of(phrase_text()), proptest::collection::vec("[a-z]{1,8}", 0..3), 0usize..3, 0usize..4), 1..12)
    ) {
        let langs = ["en", "nl", "sv", "ru"];
        let statuses = ["draft", "vetted", "retired"];
        let entries: Vec<serde_json::Value> = phrases
            .iter()
            .enumerate()
            .filter(|(_, (text, ..))| !text.trim().is_empty())
            .map(|(index, (text, note, tags, status, lang))| {
                serde_json::json!({
                    "id": format!("p{index}"),
                    "situation": "s",
                    "lang": langs[*lang],
                    "text": text,
                    "avoid": [text.chars().rev().collect::<String>()],
                    "note": note,
                    "tags": tags,
                    "status": statuses[*status],
                    "group": format!("g{}", index / 2),
                    "updated_at": "2026-01-02T03:04:05Z"
                })
            })
            .filter(|entry| entry["avoid"][0].as_str().is_some_and(|line| !line.trim().is_empty()))
            .collect();
        prop_assume!(!entries.is_empty());
        let file = serde_json::json!({
            "format": "tactful.collection", "version": 1, "name": "Prop",
            "situations": [{"key": "s", "title": {"en": "S", "ru": "С"}}],
            "phrases": entries
        });
        let (first, second) = roundtrip(&file.to_string());
        prop_assert_eq!(first, second);
    }
}

#[test]
fn a_title_survives_json_and_csv_and_old_csv_without_it_still_imports() {
    let text = r#"{"format":"tactful.collection","version":1,"name":"Team","situations":[{"key":"s","title":{"en":"S"}}],
        "phrases":[{"id":"s.tpl.en","situation":"s","lang":"en","title":" Refund declined ","text":"Hi {customer_name},","tags":["email","template"],"status":"vetted"}]}"#;
    let (exported, again) = roundtrip(text);
    assert!(exported.contains(r#""title": "Refund declined""#), "{exported}");
    assert_eq!(exported, again);

    let path = Path::new("team.csv");
    let store = {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        let collection = validate::validate(path, json::parse(path, text).expect("parses")).expect("valid");
        store.import(path, &collection, ImportMode::Apply).expect("imports");
        store
    };
    let csv_text =
        interchange::csv::to_string(&store.export(&ExportFilter::default()).expect("exports")).expect("CSV holds it");
    assert!(csv_text.starts_with("id,situation,lang,title,text"), "{csv_text}");
    let (parsed, _) = interchange::csv::parse(path, &csv_text, "Team".into()).expect("parses");
    assert_eq!(parsed.phrases[0].title.as_deref(), Some("Refund declined"));

    let old = "id,situation,lang,text,status\ns.old.en,s,en,Hello there,vetted\n";
    let (parsed, _) = interchange::csv::parse(path, old, "Team".into()).expect("an old file without titles parses");
    assert_eq!(parsed.phrases[0].title, None);
}
