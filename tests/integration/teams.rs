//! Team curation end to end: two databases stand for a lead and an agent, one folder for the
//! shared drive. The lead edits and exports; the agent's subscription (and its watcher) picks it
//! up; local edits survive; conflicts are reported and resolved both ways; a phrase removed
//! upstream is retired and leaves default search. Plus property tests (CSV round trip, merging
//! twice) and bad input that must change nothing.

use std::path::Path;
use std::time::Duration;

use proptest::prelude::*;
use tactful::interchange::{self, ReadOptions};
use tactful::model::{PhraseId, Status};
use tactful::store::{ExportFilter, ImportMode, Resolution, Seed, Store};
use tactful::watch::SubscriptionWatcher;

use crate::{stderr, stdout, tactful};

const TEAM_FILE: &str = r#"{"format":"tactful.collection","version":1,"name":"Support team",
 "situations":[{"key":"s","title":{"en":"Team situation"}}],
 "phrases":[
  {"id":"keep.en","situation":"s","lang":"en","text":"Keepsake wording","status":"vetted","group":"keep"},
  {"id":"keep.nl","situation":"s","lang":"nl","text":"Bewaarde woorden","status":"vetted","group":"keep"},
  {"id":"upstream.en","situation":"s","lang":"en","text":"Upstream wording","status":"vetted"},
  {"id":"clash.en","situation":"s","lang":"en","text":"Clash wording","status":"vetted"},
  {"id":"clash2.en","situation":"s","lang":"en","text":"Second clash wording","status":"vetted"},
  {"id":"gone.en","situation":"s","lang":"en","text":"Vanishing wording","status":"vetted"}
 ]}"#;

fn id(text: &str) -> PhraseId {
    PhraseId::new(text).expect("valid id")
}

fn run_ok(db: &Path, args: &[&str]) -> String {
    let output = tactful(db, args);
    assert!(output.status.success(), "tactful {args:?} failed: {}{}", stdout(&output), stderr(&output));
    stdout(&output)
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

#[test]
fn lead_and_agent_share_a_folder_without_losing_anything() {
    let directory = tempfile::tempdir().expect("temp dir");
    let lead = directory.path().join("lead.sqlite");
    let agent_db = directory.path().join("agent.sqlite");
    let shared = directory.path().join("shared");
    std::fs::create_dir(&shared).expect("creates");
    let seed = directory.path().join("seed.json");
    std::fs::write(&seed, TEAM_FILE).expect("writes");
    let team_file = shared.join("team.json");

    // The lead builds the collection and publishes it.
    run_ok(&lead, &["--no-builtin", "import", path_arg(&seed)]);
    run_ok(&lead, &["export", "--collection", "Support team", "-o", path_arg(&team_file)]);

    // The agent follows the shared folder, edits locally and marks a favourite.
    let mut agent = Store::open(&agent_db, Seed::Builtin).expect("opens");
    let outcome = agent.subscribe(&shared).expect("subscribes");
    assert_eq!(outcome.reports.len(), 1);
    let first = outcome.reports[0].result.as_ref().expect("imports");
    assert_eq!(first.added.len(), 6);
    assert_eq!(agent.phrase(&id("upstream.en")).expect("present").collection, "Support team");
    let local = |text: &str| tactful::store::PhraseEdit { text: Some(text.into()), ..Default::default() };
    agent.edit_phrase(&id("keep.en"), local("Keepsake wording, my way")).expect("edits");
    agent.edit_phrase(&id("clash.en"), local("Clash wording, agent")).expect("edits");
    agent.edit_phrase(&id("clash2.en"), local("Second clash, agent")).expect("edits");
    agent.set_favorite(&id("upstream.en"), true).expect("favourite");
    let mut watcher = SubscriptionWatcher::new(std::slice::from_ref(&outcome.path)).expect("watches");

    // The lead changes three phrases, removes one, and publishes again.
    run_ok(&lead, &["edit", "upstream.en", "--text", "Upstream wording, revised"]);
    run_ok(&lead, &["edit", "clash.en", "--text", "Clash wording, lead"]);
    run_ok(&lead, &["edit", "clash2.en", "--text", "Second clash, lead"]);
    run_ok(&lead, &["rm", "gone.en"]);
    run_ok(&lead, &["export", "--collection", "Support team", "-o", path_arg(&team_file)]);

    // The agent's watcher sees the change; syncing merges it.
    assert_eq!(watcher.wait_for_change(Duration::from_secs(15)), vec![outcome.path.clone()]);
    let reports = agent.sync_subscription(&outcome.path).expect("syncs");
    let report = reports[0].result.as_ref().expect("merges");
    assert_eq!(report.updated, [id("upstream.en")]);
    assert_eq!(report.kept_local, [id("keep.en")]);
    assert_eq!(report.conflicts, [id("clash.en"), id("clash2.en")]);
    assert_eq!(report.retired, [id("gone.en")]);
    assert!(report.added.is_empty());

    let upstream = agent.phrase(&id("upstream.en")).expect("present");
    assert_eq!(upstream.content.text, "Upstream wording, revised");
    assert!(upstream.usage.favorite, "favourites survive every import");
    assert_eq!(agent.phrase(&id("keep.en")).expect("present").content.text, "Keepsake wording, my way");
    assert_eq!(agent.phrase(&id("clash.en")).expect("present").content.text, "Clash wording, agent");
    assert_eq!(agent.phrase(&id("gone.en")).expect("kept, not deleted").content.status, Status::Retired);
    drop(agent);

    // The CLI reports the conflicts; the agent resolves one each way.
    let listed = run_ok(&agent_db, &["conflicts"]);
    assert!(listed.contains("clash.en") && listed.contains("Clash wording, lead"), "{listed}");
    run_ok(&agent_db, &["resolve", "clash.en", "--theirs"]);
    run_ok(&agent_db, &["resolve", "clash2.en", "--ours"]);
    assert_eq!(run_ok(&agent_db, &["conflicts"]).trim(), "No conflicts.");
    let shown = run_ok(&agent_db, &["show", "clash.en"]);
    assert!(shown.starts_with("Clash wording, lead"), "{shown}");
    let shown = run_ok(&agent_db, &["show", "clash2.en"]);
    assert!(shown.starts_with("Second clash, agent"), "{shown}");

    // The retired phrase is gone from default search, and found when asked for.
    let found = run_ok(&agent_db, &["search", "Vanishing", "--json"]);
    assert!(!found.contains("gone.en"), "{found}");
    let found = run_ok(&agent_db, &["search", "Vanishing", "--status", "retired", "--json"]);
    assert!(found.contains("gone.en"), "{found}");

    // Syncing the same file again changes nothing.
    let again = run_ok(&agent_db, &["sync"]);
    assert!(again.contains("is up to date"), "{again}");
    assert!(run_ok(&agent_db, &["subscriptions"]).contains("synced"));
    let collections = run_ok(&agent_db, &["collections"]);
    assert!(collections.contains("Support team") && collections.contains("Tactful phrasebook"), "{collections}");
}

#[test]
fn a_changed_translation_flags_its_siblings_in_the_review_queue() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let seed = directory.path().join("team.json");
    std::fs::write(&seed, TEAM_FILE).expect("writes");
    run_ok(&db, &["--no-builtin", "import", path_arg(&seed)]);
    let changed = TEAM_FILE.replace("Keepsake wording", "Keepsake wording, reworded");
    std::fs::write(&seed, changed).expect("writes");
    let output = run_ok(&db, &["import", path_arg(&seed)]);
    assert!(output.contains("1 translations flagged for review"), "{output}");
    let review = run_ok(&db, &["review"]);
    assert!(review.contains("needs review") && review.contains("keep.nl"), "{review}");
    run_ok(&db, &["vet", "keep.nl", "--by", "Ana Lead"]);
    assert!(!run_ok(&db, &["review"]).contains("keep.nl"));
    assert!(run_ok(&db, &["show", "keep.nl"]).contains("vetted by Ana Lead on "));
}

#[test]
fn dry_run_reports_every_count_and_lists_conflicts_without_changing_anything() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = directory.path().join("team.json");
    std::fs::write(&file, TEAM_FILE).expect("writes");
    run_ok(&db, &["--no-builtin", "import", path_arg(&file)]);
    run_ok(&db, &["edit", "clash.en", "--text", "Mine"]);
    let upstream = TEAM_FILE.replace("Clash wording", "Theirs").replace(
        r#",
  {"id":"gone.en","situation":"s","lang":"en","text":"Vanishing wording","status":"vetted"}"#,
        "",
    );
    std::fs::write(&file, upstream).expect("writes");
    let before = run_ok(&db, &["export"]);
    let dry = run_ok(&db, &["import", path_arg(&file), "--dry-run"]);
    for expected in ["0 added", "0 updated", "4 unchanged", "1 retired", "1 conflicts", "conflict clash.en"] {
        assert!(dry.contains(expected), "missing {expected:?} in {dry}");
    }
    assert_eq!(run_ok(&db, &["export"]), before, "a dry run changes nothing");
    assert_eq!(run_ok(&db, &["conflicts"]).trim(), "No conflicts.");
}

#[test]
fn csv_export_neutralises_formulas_and_imports_back_by_line() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = directory.path().join("team.json");
    std::fs::write(&file, TEAM_FILE.replace("Upstream wording", "=HYPERLINK(\\\"x\\\")")).expect("writes");
    run_ok(&db, &["--no-builtin", "import", path_arg(&file)]);
    let csv = directory.path().join("team.csv");
    run_ok(&db, &["export", "--collection", "Support team", "-o", path_arg(&csv)]);
    let text = std::fs::read_to_string(&csv).expect("reads");
    assert!(text.starts_with("id,situation,lang,title,text,avoid,note,tags,status,group,updated_at\n"), "{text}");
    assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{text}");
    let up_to_date = run_ok(&db, &["import", path_arg(&csv), "--collection", "Support team"]);
    assert!(up_to_date.contains("is up to date"), "{up_to_date}");

    std::fs::write(&csv, "situation,lang,text\ns,en,fine\ns,xx-,\"two\nlines\"\n").expect("writes");
    let output = tactful(&db, &["import", path_arg(&csv), "--strict"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("line 3, lang"), "{}", stderr(&output));
}

#[test]
fn espanso_file_imports_as_drafts_and_reports_what_it_cannot_use() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    let file = directory.path().join("support.yml");
    std::fs::write(
        &file,
        "matches:\n  - trigger: ':late'\n    replace: 'Sorry, {{form1.name}}, your order is late.'\n    vars:\n      - name: form1\n        type: form\n        params:\n          layout: 'Name [[name]]'\n  - trigger: ':now'\n    replace: 'It is {{time}}'\n    vars:\n      - name: time\n        type: date\n        params:\n          format: '%H:%M'\n",
    )
    .expect("writes");
    let output = run_ok(&db, &["--no-builtin", "import", path_arg(&file)]);
    assert!(output.contains("2 added") && output.contains("into \"support\""), "{output}");
    assert!(output.contains("not supported: matches[1]: variable `time` of type `date`"), "{output}");
    let review = run_ok(&db, &["review"]);
    assert!(review.contains("Sorry, {name}, your order is late."), "{review}");
}

#[test]
fn bad_input_gives_a_clear_error_and_changes_nothing() {
    let directory = tempfile::tempdir().expect("temp dir");
    let db = directory.path().join("db.sqlite");
    run_ok(&db, &["--no-builtin", "situations"]);
    let before = run_ok(&db, &["export"]);
    let cases: [(&str, &[u8], &str); 4] = [
        ("bad.yml", b"matches:\n  - trigger: ':a'\n   replace: [\n", "line "),
        ("bad.csv", b"situation,lang,text\ns,en,\"unclosed\n", "line 2: a quoted cell"),
        ("bad.json", b"{\"format\":\"tactful.collection\",\"version\":1,\"phrases\":[", "line 1"),
        ("bad2.csv", b"situation,lang\n", "\"text\" is missing"),
    ];
    for (name, bytes, expected) in cases {
        let file = directory.path().join(name);
        std::fs::write(&file, bytes).expect("writes");
        let output = tactful(&db, &["import", path_arg(&file)]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        let message = stderr(&output);
        assert!(message.contains(name) && message.contains(expected), "{name}: {message}");
    }
    let huge = directory.path().join("huge.csv");
    std::fs::File::create(&huge).expect("creates").set_len(1 << 30).expect("sparse 1 GB file");
    let output = tactful(&db, &["import", path_arg(&huge)]);
    assert!(stderr(&output).contains("over the import limit"), "{}", stderr(&output));
    let missing = directory.path().join("nowhere");
    let output = tactful(&db, &["subscribe", path_arg(&missing)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("nowhere"), "{}", stderr(&output));
    assert!(run_ok(&db, &["subscriptions"]).contains("No subscriptions"));
    assert_eq!(run_ok(&db, &["export"]), before);
}

#[test]
fn a_followed_file_that_disappears_or_grows_huge_changes_nothing() {
    let directory = tempfile::tempdir().expect("temp dir");
    let shared = directory.path().join("shared");
    std::fs::create_dir(&shared).expect("creates");
    let file = shared.join("team.json");
    std::fs::write(&file, TEAM_FILE).expect("writes");
    let mut store = Store::open(&directory.path().join("db.sqlite"), Seed::Empty).expect("opens");
    let outcome = store.subscribe(&file).expect("subscribes");
    let before = store.export(&ExportFilter::default()).expect("exports");
    let mut watcher = SubscriptionWatcher::new(std::slice::from_ref(&outcome.path)).expect("watches");

    std::fs::remove_file(&file).expect("removes");
    assert_eq!(watcher.wait_for_change(Duration::from_secs(15)), vec![outcome.path.clone()]);
    let reports = store.sync_subscription(&outcome.path).expect("syncs");
    let error = reports[0].result.as_ref().expect_err("missing file is an error");
    assert!(error.to_string().contains("team.json") && error.to_string().contains("cannot read"), "{error}");
    assert_eq!(store.export(&ExportFilter::default()).expect("exports"), before, "nothing retired");
    let listed = store.subscriptions().expect("lists");
    assert!(listed[0].last_error.as_deref().is_some_and(|error| error.contains("cannot read")));

    std::fs::File::create(&file).expect("creates").set_len(1 << 30).expect("sparse 1 GB file");
    let reports = store.sync_subscription(&outcome.path).expect("syncs");
    assert!(reports[0].result.as_ref().is_err_and(|error| error.to_string().contains("over the import limit")));
    assert_eq!(store.export(&ExportFilter::default()).expect("exports"), before);
}

fn import_text(store: &mut Store, name: &str, text: &str) -> tactful::store::ImportReport {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join(name);
    std::fs::write(&path, text).expect("writes");
    let outcome = interchange::read_any(&path, &ReadOptions::default()).expect("valid");
    // One merge source for every call: the source key is the path's text once the file is gone.
    let source = Path::new("/merge-source").join(name);
    store.import(&source, &outcome.collection, ImportMode::Apply).expect("imports")
}

#[test]
fn a_new_file_does_not_overwrite_a_phrase_edited_since_another_file_sent_it() {
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    import_text(&mut store, "a.json", TEAM_FILE);
    let edit = tactful::store::PhraseEdit { text: Some("Keepsake, my way".into()), ..Default::default() };
    store.edit_phrase(&id("keep.en"), edit).expect("edits");
    let other =
        TEAM_FILE.replace("Keepsake wording", "Keepsake, from b").replace("Upstream wording", "Upstream, from b");
    let report = import_text(&mut store, "b.json", &other);
    assert_eq!(report.conflicts, [id("keep.en")]);
    assert_eq!(report.updated, [id("upstream.en")], "an unedited phrase takes the new file's version");
    assert_eq!(store.phrase(&id("keep.en")).expect("present").content.text, "Keepsake, my way");
}

#[test]
fn search_puts_vetted_before_drafts_and_hides_retired_unless_asked() {
    use tactful::search::{Filters, SearchIndex, Searcher};
    let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
    let file = r#"{"format":"tactful.collection","version":1,"name":"Team","situations":[{"key":"s","title":{"en":"S"}}],
      "phrases":[
        {"id":"a-draft","situation":"s","lang":"en","text":"Thanks for holding, the parcel is on its way","status":"draft"},
        {"id":"b-vetted","situation":"s","lang":"en","text":"Thanks for holding, the parcel is on its way now","status":"vetted"},
        {"id":"c-retired","situation":"s","lang":"en","text":"Thanks for holding, the parcel is on its way today","status":"retired"}]}"#;
    import_text(&mut store, "team.json", file);
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    let ids = |filters: &Filters| -> Vec<String> {
        Searcher::new().search(&index, "parcel on its way", filters, 10).iter().map(|hit| hit.id.to_string()).collect()
    };
    assert_eq!(ids(&Filters::default()), ["b-vetted", "a-draft"]);
    let retired = Filters { statuses: Some(vec![Status::Retired]), ..Filters::default() };
    assert_eq!(ids(&retired), ["c-retired"]);
}

fn phrase_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[A-Za-zäöåéёжЯ0-9 .,!?'\"=+@-]{1,30}").expect("regex")
}

fn team_file(phrases: &[(String, usize)]) -> String {
    let statuses = ["draft", "vetted", "retired"];
    let entries: Vec<serde_json::Value> = phrases
        .iter()
        .enumerate()
        .filter(|(_, (text, _))| !text.trim().is_empty())
        .map(|(index, (text, status))| {
            serde_json::json!({
                "id": format!("p{index}"), "situation": "s", "lang": if index % 2 == 0 { "en" } else { "nl" },
                "text": text.trim(), "avoid": [format!("{} no", text.trim())], "note": text.trim(),
                "tags": ["call", "email"], "status": statuses[*status], "group": format!("g{}", index / 2),
                "updated_at": "2026-01-02T03:04:05Z"
            })
        })
        .collect();
    serde_json::json!({
        "format": "tactful.collection", "version": 1, "name": "Prop",
        "situations": [{"key": "s", "title": {"en": "S"}}], "phrases": entries
    })
    .to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn csv_export_import_round_trips_without_change(
        phrases in proptest::collection::vec((phrase_text(), 0usize..3), 1..10)
    ) {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        import_text(&mut store, "seed.json", &team_file(&phrases));
        let filter = ExportFilter { collection: Some("Prop".into()), ..ExportFilter::default() };
        let csv = interchange::csv::to_string(&store.export(&filter).expect("exports")).expect("CSV holds it");
        let report = import_text(&mut store, "Prop.csv", &csv);
        prop_assert!(!report.changes_anything(), "{:?}", report);
        let mut fresh = Store::open_in_memory(Seed::Empty).expect("opens");
        import_text(&mut fresh, "seed.json", &team_file(&[]));
        import_text(&mut fresh, "Prop.csv", &csv);
        let again = interchange::csv::to_string(&fresh.export(&filter).expect("exports")).expect("CSV holds it");
        prop_assert_eq!(csv, again);
    }

    #[test]
    fn merging_the_same_file_twice_changes_nothing_the_second_time(
        base in proptest::collection::vec((phrase_text(), 0usize..3), 1..8),
        upstream in proptest::collection::vec((phrase_text(), 0usize..3), 1..8),
        local_edits in proptest::collection::vec(proptest::option::of(phrase_text()), 8),
    ) {
        let mut store = Store::open_in_memory(Seed::Empty).expect("opens");
        import_text(&mut store, "team.json", &team_file(&base));
        for (index, edit) in local_edits.iter().enumerate() {
            if let Some(text) = edit.as_ref().filter(|text| !text.trim().is_empty()) {
                let edit = tactful::store::PhraseEdit { text: Some(text.clone()), ..Default::default() };
                let _ = store.edit_phrase(&id(&format!("p{index}")), edit);
            }
        }
        import_text(&mut store, "team.json", &team_file(&upstream));
        let after_first = store.export(&ExportFilter::default()).expect("exports");
        let conflicts = store.conflicts().expect("lists").len();
        let second = import_text(&mut store, "team.json", &team_file(&upstream));
        prop_assert!(!second.writes_anything(), "{:?}", second);
        prop_assert_eq!(store.export(&ExportFilter::default()).expect("exports"), after_first);
        prop_assert_eq!(store.conflicts().expect("lists").len(), conflicts);
        for conflict in store.conflicts().expect("lists") {
            store.resolve(&conflict.ours.id, Resolution::Ours).expect("resolves");
        }
    }
}
