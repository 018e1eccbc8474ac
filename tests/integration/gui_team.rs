//! Team curation in the window, headless: the review view resolves conflicts both ways and vets
//! in the agent's name, the collection filter narrows results, and "Subscribe…" follows a folder
//! whose changes on disk reach the list while the window runs.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::{AppState, Prefs};
use tactful::interchange;
use tactful::model::{PhraseId, Status};
use tactful::store::{ImportMode, PhraseEdit, Seed, Store};

use crate::gui_support::{DEFAULT_STEPS, SIZE, all_languages, app, run_until, window};

fn file(texts: [&str; 3]) -> String {
    format!(
        r#"{{"format":"tactful.collection","version":1,"name":"Night shift",
  "situations":[{{"key":"s","title":{{"en":"Team situation"}}}}],
  "phrases":[
    {{"id":"one","situation":"s","lang":"en","text":"{}","status":"vetted"}},
    {{"id":"two","situation":"s","lang":"en","text":"{}","status":"vetted"}},
    {{"id":"new","situation":"s","lang":"en","text":"{}","status":"draft"}}
  ]}}"#,
        texts[0], texts[1], texts[2]
    )
}

fn import(store: &mut Store, folder: &Path, text: &str) {
    let path = folder.join("night.json");
    std::fs::write(&path, text).expect("writes");
    let collection = interchange::read_file(&path).expect("valid");
    store.import(&path, &collection, ImportMode::Apply).expect("imports");
}

fn harness(store: Store) -> Harness<'static, AppState> {
    let (state, _clipboard) = app(store, Prefs { agent_name: "Ana".into(), ..all_languages() });
    window(state, SIZE, DEFAULT_STEPS)
}

fn id(text: &str) -> PhraseId {
    PhraseId::new(text).expect("valid")
}

fn text_of(harness: &Harness<'_, AppState>, phrase: &str) -> String {
    let index = &harness.state().library.index;
    index.phrase(index.position(&id(phrase)).expect("indexed")).expect("phrase").content.text.clone()
}

#[test]
fn review_view_resolves_conflicts_both_ways_and_vets_in_the_agents_name() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
    import(&mut store, folder.path(), &file(["First line", "Second line", "Brand new"]));
    for phrase in ["one", "two"] {
        let edit = PhraseEdit { text: Some(format!("{phrase}, as I say it")), ..PhraseEdit::default() };
        store.edit_phrase(&id(phrase), edit).expect("edits");
    }
    import(&mut store, folder.path(), &file(["First line, lead", "Second line, lead", "Brand new"]));
    let mut harness = harness(store);
    assert_eq!(harness.state().team.queue.conflicts.len(), 2);

    harness.get_by_label("Review (3, 2 conflicts)").click();
    harness.run();
    assert!(matches!(harness.state().modal, tactful::gui::Modal::Review));
    harness.get_all_by_label("Take theirs").next().expect("a take-theirs button").click();
    harness.run();
    assert_eq!(text_of(&harness, "one"), "First line, lead");
    harness.get_by_label("Keep mine").click();
    harness.run();
    assert_eq!(text_of(&harness, "two"), "two, as I say it");
    assert!(harness.state().team.queue.conflicts.is_empty());

    harness.get_by_label("Vet").click();
    harness.run();
    let index = &harness.state().library.index;
    let vetted = index.phrase(index.position(&id("new")).expect("indexed")).expect("phrase");
    assert_eq!(vetted.content.status, Status::Vetted);

    // The detail pane says who vetted the selected phrase, and when.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text("Brand new");
    harness.run();
    let today = tactful::i18n::date(chrono::Local::now().date_naive());
    harness.get_by_label(&format!("Vetted by Ana on {today}"));
}

#[test]
fn collection_filter_keeps_one_collection() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open_in_memory(Seed::Builtin).expect("opens");
    import(&mut store, folder.path(), &file(["First line", "Second line", "Brand new"]));
    let mut harness = harness(store);
    assert!(harness.state().team.collections.contains(&"Night shift".to_owned()));
    harness.get_by_role_and_label(Role::ComboBox, "Collection").click();
    harness.run();
    harness.get_by_label("Night shift").click();
    harness.run();
    assert_eq!(harness.state().team.collection.as_deref(), Some("Night shift"));
    let state = harness.state();
    assert!(!state.search.hits.is_empty());
    assert!(
        state.search.hits.iter().all(|hit| state
            .library
            .index
            .phrase(hit.position)
            .is_some_and(|p| p.collection == "Night shift"))
    );
}

#[test]
fn subscribing_follows_a_folder_and_changes_on_disk_reach_the_list() {
    let folder = tempfile::tempdir().expect("temp dir");
    let shared = folder.path().join("shared");
    std::fs::create_dir(&shared).expect("creates");
    std::fs::write(shared.join("night.json"), file(["First line", "Second line", "Brand new"])).expect("writes");
    let store = Store::open(&folder.path().join("agent.sqlite"), Seed::Empty).expect("opens");
    let mut harness = harness(store);
    harness.get_by_label("Subscribe…").click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Folder, file or web address");
    field.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Folder, file or web address")
        .type_text(shared.to_str().expect("utf-8"));
    harness.run();
    harness.get_by_label("Subscribe").click();
    // The first sync runs on a worker with its own connection; the phrasebook is then re-read.
    run_until(&mut harness, "the folder's phrases in the list", |state| {
        state.team.subscribe_error.is_some() || state.library.phrase(&id("one")).is_some()
    });
    assert!(
        !matches!(harness.state().modal, tactful::gui::Modal::Subscribe),
        "{:?}",
        harness.state().team.subscribe_error
    );
    assert_eq!(text_of(&harness, "one"), "First line");

    std::fs::write(shared.join("night.json"), file(["First line, revised", "Second line", "Brand new"]))
        .expect("writes");
    // The watcher sees the change, the sync worker imports it and wakes the window, and the
    // phrasebook is re-read on another worker: frames come from all three meanwhile.
    run_until(&mut harness, "the revised line in the list", |state| {
        let index = &state.library.index;
        index
            .position(&id("one"))
            .and_then(|position| index.phrase(position))
            .map(|phrase| phrase.content.text.as_str())
            == Some("First line, revised")
    });
}
