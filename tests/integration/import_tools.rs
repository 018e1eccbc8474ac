//! Bringing snippets from other tools, and partial imports: a file whose entries are mostly fine
//! imports those and lists the rest with place and reason; a dry run writes nothing; `--strict`
//! keeps the refuse-all behaviour; a file that cannot be parsed is still refused with its position.

use std::path::{Path, PathBuf};

use tactful::interchange::{self, ReadOptions, ReadOutcome};
use tactful::store::{ImportMode, Seed, Store};

use crate::{stderr, stdout, tactful};

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tools").join(relative)
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn partial() -> ReadOptions {
    ReadOptions { partial: true, ..ReadOptions::default() }
}

fn read(path: &Path) -> ReadOutcome {
    interchange::read_any(path, &partial()).unwrap_or_else(|error| panic!("{} reads: {error}", path.display()))
}

/// Imports `path` into a fresh in-memory phrasebook and returns the store with the outcome.
fn imported(path: &Path) -> (Store, ReadOutcome) {
    let outcome = read(path);
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    store.import(path, &outcome.collection, ImportMode::Apply).expect("imports");
    (store, outcome)
}

fn write(directory: &Path, name: &str, text: &str) -> PathBuf {
    let path = directory.join(name);
    std::fs::write(&path, text).expect("writes");
    path
}

const MOSTLY_GOOD_JSON: &str = r#"{"format":"tactful.collection","version":1,"name":"Team",
 "situations":[{"key":"s","title":{"en":"S"}}],
 "phrases":[
  {"id":"a.en","situation":"s","lang":"en","text":"First"},
  {"id":"b.en","situation":"s","lang":"english","text":"Second"},
  {"id":"c.en","situation":"s","lnag":"en","text":"Third"},
  {"id":"d.en","situation":"s","lang":"en","text":"Fourth {name"},
  {"id":"e.en","situation":"s","lang":"en","text":"Fifth"}
 ]}"#;

#[test]
fn json_with_bad_entries_imports_the_rest_and_lists_each_skip_with_its_path() {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(directory.path(), "team.json", MOSTLY_GOOD_JSON);
    let (store, outcome) = imported(&file);
    let ids: Vec<String> = outcome.collection.phrases.iter().map(|phrase| phrase.id.to_string()).collect();
    assert_eq!(ids, ["a.en", "e.en"]);
    let places: Vec<&str> = outcome.skipped.iter().map(|problem| problem.location.as_str()).collect();
    assert_eq!(places, ["phrases[1].lang", "phrases[2].lnag", "phrases[3].text"], "{:?}", outcome.skipped);
    assert!(outcome.skipped[1].reason.contains("unknown field `lnag`"), "{:?}", outcome.skipped);
    assert_eq!(store.phrases().expect("lists").len(), 2);
}

#[test]
fn strict_reading_refuses_the_same_file_whole() {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(directory.path(), "team.json", MOSTLY_GOOD_JSON);
    let error = interchange::read_any(&file, &ReadOptions::default()).expect_err("refused");
    assert!(error.to_string().contains("nothing was imported"), "{error}");
}

#[test]
fn json_syntax_error_is_still_refused_with_its_position() {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(directory.path(), "cut.json", &MOSTLY_GOOD_JSON[..120]);
    let error = interchange::read_any(&file, &partial()).expect_err("refused");
    let message = error.to_string();
    assert!(message.contains("cut.json") && message.contains("line "), "{message}");
}

#[test]
fn duplicated_ids_leave_out_both_copies_and_say_why() {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(
        directory.path(),
        "twice.json",
        r#"{"format":"tactful.collection","version":1,"name":"T","situations":[{"key":"s","title":{"en":"S"}}],"phrases":[
         {"id":"d","situation":"s","lang":"en","text":"A"},{"id":"d","situation":"s","lang":"en","text":"B"},
         {"id":"k","situation":"s","lang":"en","text":"Kept"}]}"#,
    );
    let outcome = read(&file);
    assert_eq!(outcome.collection.phrases.len(), 1);
    let places: Vec<&str> = outcome.skipped.iter().map(|problem| problem.location.as_str()).collect();
    assert_eq!(places, ["phrases[0].id", "phrases[1].id"]);
}

#[test]
fn csv_rows_that_cannot_be_read_are_skipped_by_line() {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(
        directory.path(),
        "team.csv",
        "situation,lang,text,status\ns,en,Good one,draft\ns,en,Bad status,ready\ns,en\ns,en,\"Two\nlines\",vetted\ns,xx_YY,Bad lang,draft\n",
    );
    let outcome = read(&file);
    assert_eq!(outcome.collection.phrases.len(), 2);
    let places: Vec<&str> = outcome.skipped.iter().map(|problem| problem.location.as_str()).collect();
    assert_eq!(places, ["line 3, status", "line 4", "line 7, lang"], "{:?}", outcome.skipped);
}

#[test]
fn a_file_none_of_whose_entries_can_be_imported_is_refused() {
    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(directory.path(), "bad.csv", "situation,lang,text\ns,english,A\ns,english,B\n");
    let error = interchange::read_any(&file, &partial()).expect_err("refused");
    assert!(error.to_string().contains("line 2, lang"), "{error}");
}

#[test]
fn cli_dry_run_lists_the_skipped_entries_and_writes_nothing_then_apply_imports_the_rest() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = write(directory.path(), "team.json", MOSTLY_GOOD_JSON);
    let dry = tactful(&db, &["--no-builtin", "import", path_arg(&file), "--dry-run"]);
    assert!(dry.status.success(), "{}", stderr(&dry));
    let text = stdout(&dry);
    assert!(text.contains("Skipped 3 entries"), "{text}");
    assert!(text.contains("skipped phrases[1].lang:"), "{text}");
    let json = tactful(&db, &["--no-builtin", "import", path_arg(&file), "--dry-run", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON report");
    assert_eq!(report["skipped"].as_array().map(Vec::len), Some(3), "{report}");
    assert_eq!(report["skipped"][2]["location"], "phrases[3].text");
    assert_eq!(report["added"].as_array().map(Vec::len), Some(2));
    let store = Store::open(&db, Seed::Empty).expect("opens");
    assert!(store.phrases().expect("lists").is_empty(), "a dry run writes nothing");
    drop(store);

    let strict = tactful(&db, &["--no-builtin", "import", path_arg(&file), "--strict"]);
    assert!(!strict.status.success(), "--strict refuses: {}", stdout(&strict));
    assert!(stderr(&strict).contains("nothing was imported"), "{}", stderr(&strict));

    let applied = tactful(&db, &["--no-builtin", "import", path_arg(&file)]);
    assert!(applied.status.success(), "{}", stderr(&applied));
    let store = Store::open(&db, Seed::Empty).expect("opens");
    assert_eq!(store.phrases().expect("lists").len(), 2);
}

// ---- espanso ------------------------------------------------------------------------------

fn texts(outcome: &ReadOutcome) -> Vec<String> {
    outcome.collection.phrases.iter().map(|phrase| phrase.content.text.clone()).collect()
}

#[test]
fn espanso_folder_imports_every_match_file_and_imported_underscore_files_only() {
    let folder = fixture("espanso");
    let (store, outcome) = imported(&folder);
    let texts = texts(&outcome);
    assert_eq!(texts.len(), 16, "{texts:#?}");
    assert!(texts.iter().any(|text| text == "Kind regards,\nThe support team"), "imported _signatures.yml");
    assert!(!texts.iter().any(|text| text == "Never loaded"), "_drafts.yml is imported by nobody");
    for wanted in
        ["the", "then", "they", "10115", "75001", "æ", "{_4_4} time", "Could you send us {detail} so we can check?"]
    {
        assert!(texts.iter().any(|text| text == wanted), "{wanted:?} in {texts:#?}");
    }
    let skipped: Vec<&str> = outcome.skipped.iter().map(|problem| problem.location.as_str()).collect();
    assert_eq!(
        skipped,
        [
            "match/base.yml, matches[4]",
            "match/packages/digraphs/package.yml, matches[0]",
            "match/packages/digraphs/package.yml, matches[1]",
            "match/packages/digraphs/package.yml, matches[2]",
            "match/packages/digraphs/package.yml, matches[3]",
        ],
        "{:#?}",
        outcome.skipped
    );
    assert!(outcome.skipped[0].reason.contains("an image"));
    assert!(outcome.skipped[2].reason.contains("only whitespace (U+0020)"), "{:?}", outcome.skipped[2]);
    assert!(outcome.skipped[4].reason.contains("empty"));
    let noted = |needle: &str| outcome.notes.iter().any(|note| note.to_string().contains(needle));
    assert!(noted("passwd.yml\" is not a match file inside the espanso folder"), "{:#?}", outcome.notes);
    assert!(noted("match/_drafts.yml: starts with `_`"), "{:#?}", outcome.notes);
    assert!(noted("`{{4_4}}` became {_4_4}"), "{:#?}", outcome.notes);
    assert_eq!(store.phrases().expect("lists").len(), 16);
}

#[test]
fn repeated_triggers_get_distinct_ids_that_stay_the_same_on_reimport() {
    let folder = fixture("espanso");
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let first = read(&folder);
    let report = store.import(&folder, &first.collection, ImportMode::Apply).expect("imports");
    assert_eq!(report.added.len(), 16);
    let second = read(&folder);
    let ids =
        |outcome: &ReadOutcome| outcome.collection.phrases.iter().map(|phrase| phrase.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&second));
    let again = store.import(&folder, &second.collection, ImportMode::Apply).expect("imports again");
    assert!(!again.changes_anything(), "{again:?}");
    assert_eq!(again.unchanged, 16);
    assert_eq!(store.phrases().expect("lists").len(), 16, "nothing duplicated");
}

#[test]
fn comment_only_and_imports_only_files_import_nothing_successfully() {
    for package in ["coming-soon", "shared-only"] {
        let file = fixture(&format!("espanso/match/packages/{package}/package.yml"));
        let outcome = read(&file);
        assert!(outcome.collection.phrases.is_empty(), "{package}");
        assert!(outcome.skipped.is_empty(), "{package}: {:?}", outcome.skipped);
    }
    let empty = tempfile::tempdir().expect("temp dir");
    let blank = write(empty.path(), "blank.yml", "");
    assert!(read(&blank).collection.phrases.is_empty());
}

#[test]
fn a_single_espanso_file_with_repeated_triggers_imports_whole() {
    let outcome = read(&fixture("espanso/match/packages/typo-fixes/package.yml"));
    assert_eq!(outcome.collection.phrases.len(), 6);
    let mut ids: Vec<String> = outcome.collection.phrases.iter().map(|phrase| phrase.id.to_string()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 6);
}

#[test]
fn a_folder_that_is_not_an_espanso_configuration_is_refused() {
    let directory = tempfile::tempdir().expect("temp dir");
    write(directory.path(), "notes.yml", "matches: []\n");
    let error = interchange::read_any(directory.path(), &partial()).expect_err("refused");
    assert!(error.to_string().contains("it is a folder"), "{error}");
}

#[test]
fn a_broken_file_in_a_folder_is_skipped_with_its_position_or_refuses_when_strict() {
    let directory = tempfile::tempdir().expect("temp dir");
    let matches = directory.path().join("match");
    std::fs::create_dir(&matches).expect("creates");
    write(&matches, "good.yml", "matches:\n  - trigger: ':a'\n    replace: 'Fine'\n");
    write(&matches, "broken.yml", "matches:\n  - trigger: ':b'\n   replace: [\n");
    let outcome = read(directory.path());
    assert_eq!(outcome.collection.phrases.len(), 1);
    assert!(outcome.skipped[0].location.starts_with("match/broken.yml, line "), "{:?}", outcome.skipped);
    let error = interchange::read_any(directory.path(), &ReadOptions::default()).expect_err("strict refuses");
    assert!(error.to_string().contains("broken.yml"), "{error}");
}

/// Espanso files in the shapes the hub's packages have, `count` matches each: mostly plain
/// matches, with repeated triggers, forms, nested variables, digit-first variable names, labels,
/// and one replacement of only a space in every 200 matches.
fn hub_shaped(file_index: usize, count: usize) -> String {
    let mut text = format!("# package {file_index}\nmatches:\n");
    for index in 0..count {
        let trigger = format!(":t{}", index % (count / 3).max(1));
        let entry = match index % 200 {
            0 => format!("  - trigger: \"{trigger}\"\n    replace: \" \"\n"),
            1 => format!(
                "  - trigger: \"{trigger}\"\n    replace: \"Hello {{{{form1.name}}}}, about {{{{form1.topic}}}}\"\n    vars:\n      - name: form1\n        type: form\n        params:\n          layout: \"Name [[name]] Topic [[topic]]\"\n          fields:\n            topic:\n              type: list\n              values: [\"billing\", \"delivery\"]\n"
            ),
            2 => format!(
                "  - trigger: \"{trigger}\"\n    replace: \"Ref {{{{4_4}}}} and {{{{nested}}}}\"\n    vars:\n      - name: nested\n        type: match\n        params:\n          trigger: \":inner\"\n          extra: {{deep: [1, {{deeper: true}}]}}\n"
            ),
            3 => format!(
                "  - trigger: \"{trigger}\"\n    label: \"Labelled {index}\"\n    replace: |\n      Line one {index}\n      Line two\n"
            ),
            4 => format!(
                "  - triggers: [\"{trigger}\", \":alt{index}\"]\n    replace: \"Either way {index}\"\n    word: true\n"
            ),
            _ => format!(
                "  - trigger: \"{trigger}\"\n    replace: \"Snippet {file_index}-{index}: thanks for waiting\"\n"
            ),
        };
        text.push_str(&entry);
    }
    text
}

#[test]
fn hub_shaped_packages_import_at_least_99_percent_and_explain_every_skip() {
    let directory = tempfile::tempdir().expect("temp dir");
    let folder = directory.path().join("match/packages");
    std::fs::create_dir_all(&folder).expect("creates");
    let (files, per_file) = (12, 250);
    for file_index in 0..files {
        let package = folder.join(format!("p{file_index}"));
        std::fs::create_dir(&package).expect("creates");
        write(&package, "package.yml", &hub_shaped(file_index, per_file));
        write(&package, "_manifest.yml", "name: p\nversion: 0.1.0\n");
    }
    write(&folder, "comments.yml", "# nothing yet\n");
    let outcome = read(directory.path());
    let entries = files * per_file;
    let imported = outcome.collection.phrases.len();
    assert!(imported * 100 >= entries * 99, "{imported} of {entries}");
    assert_eq!(imported + outcome.skipped.len(), entries, "every entry is imported or listed as skipped");
    for skipped in &outcome.skipped {
        assert!(skipped.location.contains("matches[") && !skipped.reason.is_empty(), "{skipped:?}");
    }
}

// ---- other tools ------------------------------------------------------------------------

fn tools_read(path: &Path) -> ReadOutcome {
    let options = ReadOptions { partial: true, detect_tools: true, ..ReadOptions::default() };
    interchange::read_any(path, &options).unwrap_or_else(|error| panic!("{} reads: {error}", path.display()))
}

/// (fixture, phrases imported, skipped places, a text that must be among the phrases)
const TOOL_CASES: [(&str, usize, &[&str], &str); 6] = [
    ("beeftext/comboList.json", 3, &["combos[3]", "combos[4]"], "Hi {customer_name}, your refund is on its way."),
    ("beeftext/combos.csv", 3, &["line 5"], "Sorry for the wait, {name}."),
    ("raycast/snippets.json", 3, &["[3]", "[4]"], "Hi {customer}, your order is delayed."),
    (
        "alfred/Support replies.alfredsnippets",
        3,
        &["Broken [8C2B6A59-0004].json, line 1, column 30"],
        "Hello {clipboard}, thanks for writing.",
    ),
    ("textexpander/Support.csv", 3, &["line 4"], "Hi {customer_name}, sorry for the delay."),
    ("textblaze/snippets.csv", 3, &["line 5"], "We {answer} help with that."),
];

#[test]
fn every_tool_export_imports_its_snippets_and_lists_the_skipped_ones() {
    for (name, count, skipped, text) in TOOL_CASES {
        let outcome = tools_read(&fixture(name));
        let texts = texts(&outcome);
        assert_eq!(texts.len(), count, "{name}: {texts:#?}");
        assert!(texts.iter().any(|found| found == text), "{name}: {text:?} in {texts:#?}");
        let places: Vec<&str> = outcome.skipped.iter().map(|problem| problem.location.as_str()).collect();
        assert_eq!(places, skipped, "{name}: {:#?}", outcome.skipped);
        assert!(outcome.skipped.iter().all(|problem| !problem.reason.is_empty()));
    }
}

#[test]
fn names_keywords_and_groups_become_titles_tags_and_situations() {
    let (store, outcome) = imported_tools(&fixture("beeftext/comboList.json"));
    let refund = outcome.collection.phrases.iter().find(|phrase| phrase.content.text.starts_with("Hi {customer_name}"));
    let refund = refund.expect("the refund combo");
    assert_eq!(refund.content.title.as_deref(), Some("Refund on its way"));
    assert_eq!(refund.content.tags, ["::refund", "beeftext"]);
    assert_eq!(refund.content.situation.as_str(), "refunds");
    let keys: Vec<String> =
        store.situations().expect("lists").iter().map(|situation| situation.key.to_string()).collect();
    for key in ["refunds", "greetings", "beeftext-snippets"] {
        assert!(keys.iter().any(|found| found == key), "{key} in {keys:?}");
    }
    let noted = |needle: &str| outcome.notes.iter().any(|note| note.to_string().contains(needle));
    assert!(noted("#{cursor} was removed"), "{:#?}", outcome.notes);
    assert!(noted("#{clipboard} became the fill-in {clipboard}"), "{:#?}", outcome.notes);
    assert!(noted("#{dateTime:yyyy-MM-dd} is a Beeftext variable Tactful does not run"), "{:#?}", outcome.notes);

    let alfred = tools_read(&fixture("alfred/Support replies.alfredsnippets"));
    let greeting = alfred.collection.phrases.iter().find(|phrase| phrase.content.title.as_deref() == Some("Greeting"));
    let greeting = greeting.expect("the greeting");
    assert!(greeting.content.tags.contains(&";;hi".to_owned()), "the collection's prefix: {:?}", greeting.content.tags);
    assert_eq!(greeting.content.situation.as_str(), "support-replies");
    let dated = alfred.collection.phrases.iter().find(|phrase| phrase.content.title.as_deref() == Some("Dated"));
    assert_eq!(dated.map(|phrase| phrase.content.text.as_str()), Some("Checked on {{date:short}} at {{time}}"));

    let expander = tools_read(&fixture("textexpander/Support.csv"));
    assert!(texts(&expander).iter().any(|text| text == "100% refunded {{promise}}"), "{:?}", texts(&expander));
    assert!(
        expander.notes.iter().any(|note| note.reason.contains("%Y is a TextExpander date")),
        "{:#?}",
        expander.notes
    );
}

fn imported_tools(path: &Path) -> (Store, ReadOutcome) {
    let outcome = tools_read(path);
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    store.import(path, &outcome.collection, ImportMode::Apply).expect("imports");
    (store, outcome)
}

#[test]
fn reimporting_each_export_changes_nothing_and_a_tactful_round_trip_is_exact() {
    let directory = tempfile::tempdir().expect("temp dir");
    for (name, count, _, _) in TOOL_CASES {
        let path = fixture(name);
        let (mut store, first) = imported_tools(&path);
        let again = tools_read(&path);
        assert_eq!(
            first.collection.phrases.iter().map(|phrase| &phrase.id).collect::<Vec<_>>(),
            again.collection.phrases.iter().map(|phrase| &phrase.id).collect::<Vec<_>>(),
            "{name}: same ids"
        );
        let report = store.import(&path, &again.collection, ImportMode::Apply).expect("imports again");
        assert!(!report.changes_anything(), "{name}: {report:?}");
        assert_eq!(store.phrases().expect("lists").len(), count, "{name}: nothing duplicated");

        let exported = store.export(&tactful::store::ExportFilter::default()).expect("exports");
        let file = directory.path().join("round-trip.json");
        std::fs::write(&file, interchange::json::to_string(&exported)).expect("writes");
        let back = tools_read(&file);
        let report = store.import(&file, &back.collection, ImportMode::Apply).expect("imports back");
        assert!(!report.changes_anything(), "{name}: round trip changed {report:?}");
        assert!(back.skipped.is_empty(), "{name}");
    }
}

#[test]
fn a_dry_run_of_a_tool_export_writes_nothing() {
    let path = fixture("raycast/snippets.json");
    let outcome = tools_read(&path);
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let report = store.import(&path, &outcome.collection, ImportMode::DryRun).expect("dry run");
    assert_eq!(report.added.len(), 3);
    assert!(store.phrases().expect("lists").is_empty());
    assert!(store.situations().expect("lists").iter().all(|situation| situation.key.as_str() != "raycast-snippets"));
}

#[test]
fn a_zip_bomb_in_an_alfred_collection_is_refused_with_the_reason() {
    let options = ReadOptions { partial: true, detect_tools: true, ..ReadOptions::default() };
    let error = interchange::read_any(&fixture("alfred/bomb.alfredsnippets"), &options).expect_err("refused");
    let message = error.to_string();
    assert!(message.contains("Huge [X].json") && message.contains("never over"), "{message}");
}

#[test]
fn alfred_entries_named_outside_the_collection_are_ignored() {
    let outcome = tools_read(&fixture("alfred/traversal.alfredsnippets"));
    assert_eq!(texts(&outcome), ["Read this one"]);
    assert!(outcome.notes.iter().any(|note| note.reason.contains("leaves the collection")), "{:#?}", outcome.notes);
}

#[test]
fn from_overrides_detection_and_the_cli_prints_the_skipped_list_as_json() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = fixture("textexpander/Support.csv");
    let output =
        tactful(&db, &["--no-builtin", "import", path_arg(&file), "--dry-run", "--json", "--from", "textexpander"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(report["skipped"][0]["location"], "line 4");
    assert_eq!(report["added"].as_array().map(Vec::len), Some(3));
    // Told it is Beeftext, the same file imports under Beeftext's ids: the choice is the person's.
    let output =
        tactful(&db, &["--no-builtin", "import", path_arg(&file), "--dry-run", "--json", "--from", "beeftext"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert!(report["added"][0].as_str().is_some_and(|id| id.starts_with("beeftext.")), "{report}");
    let folder = fixture("espanso");
    let output = tactful(&db, &["--no-builtin", "import", path_arg(&folder), "--dry-run"]);
    assert!(stdout(&output).contains("Skipped 5 entries"), "{}", stdout(&output));
}

// ---- the window's Import dialog -----------------------------------------------------------

#[cfg(feature = "gui")]
#[test]
fn the_import_dialog_previews_the_skipped_entries_before_anything_is_written() {
    use egui_kittest::kittest::Queryable;

    use crate::gui_support::{all_languages, app, store_with, type_into, window};

    let directory = tempfile::tempdir().expect("temp dir");
    let file = write(directory.path(), "team.json", MOSTLY_GOOD_JSON);
    let (state, _) = app(store_with(None), all_languages());
    let mut harness = window(state, [1100.0, 1200.0], 12);
    for label in ["File", "Import…"] {
        harness.get_by_label(label).click();
        harness.run();
    }
    type_into(&mut harness, "File", &file.display().to_string());
    harness.get_by_label("Preview").click();
    harness.run();
    harness.get_by_label("Skipped: not imported (place in the file and reason): 3");
    harness.get_by_label_contains("phrases[2].lnag: unknown field `lnag`");
    assert!(
        harness.state().library.store().phrases().expect("lists").iter().all(|phrase| phrase.id.as_str() != "a.en"),
        "the preview writes nothing"
    );
    harness.get_by_label("Apply import").click();
    harness.run();
    let ids: Vec<String> =
        harness.state().library.store().phrases().expect("lists").iter().map(|phrase| phrase.id.to_string()).collect();
    assert!(ids.contains(&"a.en".to_owned()) && ids.contains(&"e.en".to_owned()), "{ids:?}");
}
