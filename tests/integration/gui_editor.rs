//! Curating in the window, headless: adding, editing, duplicating, deleting with Undo, the trash,
//! status, translations, invalid edits, situations, import preview and export. Each test checks
//! the store through what search sees right after the action.

use std::path::PathBuf;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::{AppState, EditTarget, FileChooser, Modal};
use tactful::interchange::json;
use tactful::model::{Phrase, Status};

use crate::gui_support::{all_languages, app, run_until, store_with, type_into, window};

const BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Team",
  "situations":[{"key":"declining","title":{"en":"Declining","nl":"Afwijzen"}},{"key":"waiting","title":{"en":"Waiting"}}],
  "phrases":[
    {"id":"offer","situation":"declining","lang":"en","text":"What I can do today is order ahead for you.","avoid":["No, we don't do that.","Not possible."],"status":"vetted","group":"offer","tags":["call"]},
    {"id":"offer-nl","situation":"declining","lang":"nl","text":"Wat ik vandaag wél kan doen, is alvast voor u bestellen.","status":"vetted","group":"offer"},
    {"id":"thanks","situation":"waiting","lang":"en","text":"Thanks for waiting, it is nearly there.","status":"vetted"},
    {"id":"thanks-nl","situation":"waiting","lang":"nl","text":"Bedankt voor het wachten, het is bijna klaar.","status":"vetted"}
  ]}"#;

fn state() -> AppState {
    app(store_with(Some(BOOK)), all_languages()).0
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    // Tall enough that the whole editor fits without scrolling: clicks land where widgets are drawn.
    window(state, [1100.0, 1200.0], 12)
}

fn search(harness: &mut Harness<'_, AppState>, text: &str) {
    harness.state_mut().search.query.clear();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text(text);
    harness.run();
}

/// Hovers first, so the click lands where the widget is once hover effects have settled.
fn click(harness: &mut Harness<'_, AppState>, label: &str) {
    harness.get_by_label(label).hover();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Clicks the last widget labelled `label`: the one in the dialog drawn over the window.
fn click_last(harness: &mut Harness<'_, AppState>, label: &str) {
    harness.get_all_by_label(label).last().expect("a widget").click();
    harness.run();
}

fn live(harness: &Harness<'_, AppState>, id: &str) -> Option<Phrase> {
    harness.state().library.index.phrases().iter().find(|phrase| phrase.id.as_str() == id).cloned()
}

fn hit_ids(harness: &Harness<'_, AppState>) -> Vec<String> {
    harness.state().search.hits.iter().map(|hit| hit.id.to_string()).collect()
}

#[test]
fn ctrl_n_adds_a_phrase_that_search_finds_at_once() {
    let mut harness = harness(state());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(harness.state().editor().map(|editor| editor.target.clone()), Some(EditTarget::New));
    type_into(&mut harness, "Text", "I will call you back before five.");
    type_into(&mut harness, "Find a situation", "wait");
    harness.key_press(Key::Enter);
    harness.run();
    type_into(&mut harness, "New blunt line", "Just wait.");
    click(&mut harness, "Add");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().editor().is_none(), "saved and closed");
    search(&mut harness, "call you back before");
    let phrase = harness.state().selected_phrase().expect("found at once").clone();
    assert_eq!(phrase.content.situation.as_str(), "waiting");
    assert_eq!(phrase.content.avoid, ["Just wait."]);
    assert_eq!(phrase.content.status, Status::Draft);
    assert_eq!(phrase.collection, "Personal");
}

#[test]
fn the_new_phrase_button_starts_in_the_default_language() {
    let mut state = state();
    state.prefs.default_lang = Some("nl".into());
    let mut harness = harness(state);
    harness.get_all_by_label("New phrase").next().expect("a button").click();
    harness.run();
    assert_eq!(harness.state().editor().map(|editor| editor.lang.clone()).as_deref(), Some("nl"));
}

#[test]
fn editing_changes_text_and_blunt_lines_and_search_sees_it() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    click(&mut harness, "Edit phrase");
    let editor = harness.state().editor().expect("the editor is open");
    assert_eq!(editor.avoid, ["No, we don't do that.", "Not possible."]);
    harness.get_all_by_label("Remove").next().expect("a remove button").click();
    harness.run();
    type_into(&mut harness, "Text", " Shall I?");
    type_into(&mut harness, "New blunt line", "Can't.");
    harness.key_press(Key::Enter);
    harness.run();
    let avoid = harness.state().editor().map(|editor| editor.avoid.clone()).expect("open");
    assert_eq!(avoid.len(), 2, "one removed, one added: {avoid:?}");
    assert_eq!(avoid[1], "Can't.");
    click(&mut harness, "Save (Ctrl+S)");
    assert!(harness.state().editor().is_none());
    search(&mut harness, "shall i");
    let phrase = harness.state().selected_phrase().expect("found").clone();
    assert_eq!(phrase.id.as_str(), "offer");
    assert_eq!(phrase.content.text, "What I can do today is order ahead for you. Shall I?");
    assert_eq!(phrase.content.avoid, avoid);
}

#[test]
fn placeholders_are_listed_with_a_live_fill_in_preview() {
    let mut harness = harness(state());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    type_into(&mut harness, "Text", "Dear {customer_name}, thanks.");
    harness.get_by_label("{customer_name}");
    harness.get_by_label("Fill-in form preview");
    type_into(&mut harness, "customer name", "Ana");
    harness.get_by_label("Dear Ana, thanks.");
}

#[test]
fn duplicate_saves_a_new_draft_beside_the_original() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    click(&mut harness, "Duplicate");
    assert_eq!(harness.state().editor().map(|editor| editor.target.clone()), Some(EditTarget::New));
    click(&mut harness, "Save (Ctrl+S)");
    let copies: Vec<Phrase> = harness
        .state()
        .library
        .index
        .phrases()
        .iter()
        .filter(|phrase| phrase.content.text == "What I can do today is order ahead for you.")
        .cloned()
        .collect();
    assert_eq!(copies.len(), 2, "original and duplicate");
    let duplicate = copies.iter().find(|phrase| phrase.id.as_str() != "offer").expect("a new id");
    assert_eq!(duplicate.content.status, Status::Draft);
    assert_eq!(duplicate.content.group, None, "a duplicate is not a translation");
    assert_eq!(duplicate.collection, "Team");
}

#[test]
fn delete_key_removes_the_selected_phrase_and_undo_brings_it_back() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    harness.key_press(Key::Delete);
    harness.run();
    assert!(live(&harness, "offer").is_none(), "gone from the phrasebook");
    assert!(!hit_ids(&harness).contains(&"offer".to_owned()), "gone from search at once");
    harness.get_by_label_contains("Deleted");
    click(&mut harness, "Undo");
    assert!(live(&harness, "offer").is_some(), "back");
    assert_eq!(hit_ids(&harness).first().map(String::as_str), Some("offer"));
}

#[test]
fn the_trash_lists_deleted_phrases_to_restore_or_delete_for_good() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    click(&mut harness, "Delete");
    search(&mut harness, "nearly there");
    click(&mut harness, "Delete");
    click(&mut harness, "Trash");
    harness.get_by_label("2 deleted phrases · hidden from search and export until restored");
    harness.get_by_label("What I can do today is order ahead for you.");
    let first = harness.state().curation.trash.first().map(|phrase| phrase.id.to_string()).expect("listed");
    let second = harness.state().curation.trash.last().map(|phrase| phrase.id.to_string()).expect("listed");
    harness.get_all_by_label("Restore").next().expect("restore").click();
    harness.run();
    assert!(live(&harness, &first).is_some(), "restored");
    click(&mut harness, "Delete forever");
    assert!(harness.state().curation.trash.is_empty());
    assert!(live(&harness, &second).is_none(), "gone for good");
    click(&mut harness, "Back to search");
    harness.state_mut().search.query.clear();
    harness.run();
    assert!(hit_ids(&harness).contains(&first) && !hit_ids(&harness).contains(&second));
}

#[test]
fn status_changes_from_the_detail_pane() {
    let mut harness = harness(state());
    search(&mut harness, "nearly there");
    click(&mut harness, "draft");
    assert_eq!(live(&harness, "thanks").expect("live").content.status, Status::Draft);
    click(&mut harness, "retired");
    assert_eq!(live(&harness, "thanks").expect("live").content.status, Status::Retired);
    assert!(!hit_ids(&harness).contains(&"thanks".to_owned()), "retired phrases leave search at once");
}

#[test]
fn linking_two_phrases_makes_them_translations() {
    let mut harness = harness(state());
    search(&mut harness, "nearly there");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    type_into(&mut harness, "Link an existing phrase", "bijna klaar");
    click(&mut harness, "Link nl");
    let english = live(&harness, "thanks").expect("live");
    let dutch = live(&harness, "thanks-nl").expect("live");
    assert!(english.content.group.is_some());
    assert_eq!(english.content.group, dutch.content.group);
    harness.get_by_role_and_label(Role::MultilineTextInput, "Text in nl");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().editor().is_none(), "nothing unsaved: Esc closes at once");
    harness.get_by_label("Translations");
    harness.get_by_label("Copy Dutch");
}

#[test]
fn translations_are_edited_side_by_side_and_saved_together() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    type_into(&mut harness, "Text in nl", " Goed?");
    type_into(&mut harness, "Add a language", "sv");
    click(&mut harness, "Add translation");
    type_into(&mut harness, "Text in sv", "Det jag kan göra i dag är att beställa åt dig.");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().editor().is_none(), "{:?}", harness.state().editor().and_then(|e| e.error.clone()));
    assert!(live(&harness, "offer-nl").expect("live").content.text.ends_with("Goed?"));
    let swedish = harness
        .state()
        .library
        .index
        .phrases()
        .iter()
        .find(|phrase| phrase.content.lang.as_str() == "sv")
        .cloned()
        .expect("the Swedish translation was added");
    assert_eq!(swedish.content.group.as_deref(), Some("offer"));
    assert_eq!(swedish.content.situation.as_str(), "declining");
}

#[test]
fn an_invalid_new_phrase_shows_what_is_wrong_and_saves_nothing() {
    let mut harness = harness(state());
    let before = harness.state().library.index.len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    type_into(&mut harness, "Text", "Hello {name");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label_contains("Situation: pick one");
    type_into(&mut harness, "Find a situation", "declin");
    click_last(&mut harness, "Declining");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label_contains("Text: unclosed placeholder");
    assert_eq!(harness.state().library.index.len(), before, "nothing was saved");
    harness.key_press(Key::Escape);
    harness.run();
    click(&mut harness, "Keep editing");
    assert!(harness.state().editor().is_some(), "still editing");
}

#[test]
fn a_new_situation_is_added_and_picked_for_the_phrase() {
    let mut harness = harness(state());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    click(&mut harness, "New situation…");
    type_into(&mut harness, "Title", "Refunds and returns");
    click(&mut harness, "Save situation");
    assert_eq!(harness.state().editor().map(|editor| editor.situation.clone()).as_deref(), Some("refunds-and-returns"));
    assert!(harness.state().library.situations.iter().any(|situation| situation.key.as_str() == "refunds-and-returns"));
    type_into(&mut harness, "Text", "The refund is on its way.");
    click(&mut harness, "Save (Ctrl+S)");
    assert_eq!(harness.state().library.situation_counts.get("refunds-and-returns"), Some(&1));
}

/// A file chooser that always picks one path, standing in for the native dialog.
struct Picks(PathBuf);

impl FileChooser for Picks {
    fn open_collection(&self) -> Option<PathBuf> {
        Some(self.0.clone())
    }

    fn save_collection(&self, _suggested: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

#[test]
fn import_shows_a_dry_run_preview_and_applies_it_on_confirmation() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("more.json");
    std::fs::write(
        &file,
        r#"{"format":"tactful.collection","version":1,"name":"More",
  "phrases":[
    {"id":"offer","situation":"declining","lang":"en","text":"What I can do today is order it ahead for you.","status":"vetted","group":"offer"},
    {"id":"thanks","situation":"waiting","lang":"en","text":"Thanks for waiting, it is nearly there.","status":"vetted"},
    {"id":"later","situation":"waiting","lang":"en","text":"I will write as soon as the parcel ships.","status":"vetted"}
  ]}"#,
    )
    .expect("writes");
    let mut state = state();
    state.curation.files = Box::new(Picks(file));
    let mut harness = harness(state);
    click(&mut harness, "File");
    click(&mut harness, "Import…");
    harness.get_by_label_contains("Dry run into");
    harness.get_by_label("I will write as soon as the parcel ships.");
    harness.get_by_label("What I can do today is order it ahead for you.");
    let preview = import_dialog(&harness).and_then(|dialog| dialog.preview.clone()).expect("preview");
    assert_eq!((preview.report.added.len(), preview.report.updated.len(), preview.report.unchanged), (1, 1, 1));
    assert!(live(&harness, "later").is_none(), "a preview changes nothing");
    click(&mut harness, "Apply import");
    assert!(import_dialog(&harness).is_none());
    search(&mut harness, "parcel ships");
    assert_eq!(hit_ids(&harness).first().map(String::as_str), Some("later"));
    assert_eq!(live(&harness, "offer").expect("live").content.text, "What I can do today is order it ahead for you.");
}

#[test]
fn an_import_into_a_database_file_runs_on_a_worker_and_its_phrases_reach_the_list() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("more.json");
    std::fs::write(&file, crate::collection("More", "more", 3)).expect("writes");
    let store =
        tactful::store::Store::open(&folder.path().join("agent.sqlite"), tactful::store::Seed::Empty).expect("opens");
    let (mut state, _clipboard) = app(store, all_languages());
    state.curation.files = Box::new(Picks(file));
    let mut harness = harness(state);
    click(&mut harness, "File");
    harness.get_by_label("Import…").click();
    run_until(
        &mut harness,
        "the preview",
        |state| matches!(&state.modal, Modal::Import(dialog) if dialog.preview.is_some() || !dialog.problems.is_empty()),
    );
    let preview = import_dialog(&harness).and_then(|dialog| dialog.preview.clone()).expect("preview");
    assert_eq!(preview.report.added.len(), 3);
    assert!(live(&harness, "more0").is_none(), "a preview changes nothing");
    harness.get_by_label("Apply import").click();
    run_until(&mut harness, "the imported phrases in the list", |state| {
        !matches!(state.modal, Modal::Import(_)) && state.library.index.len() == 3
    });
    assert!(live(&harness, "more0").is_some());
}

#[test]
fn an_invalid_import_lists_each_problem_with_its_place_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("bad.json");
    std::fs::write(
        &file,
        r#"{"format":"tactful.collection","version":1,"name":"Bad",
  "phrases":[{"id":"x","situation":"waiting","lang":"english","text":"Hi"},{"id":"y","situation":"waiting","lang":"en","text":" "}]}"#,
    )
    .expect("writes");
    let mut harness = harness(state());
    click(&mut harness, "File");
    click(&mut harness, "Import…");
    type_into(&mut harness, "File", &file.display().to_string());
    click(&mut harness, "Preview");
    let problems = import_dialog(&harness).map(|dialog| dialog.problems.clone()).expect("open");
    assert!(problems.iter().any(|line| line.contains("bad.json") && line.contains("phrases[0].lang")), "{problems:?}");
    assert!(problems.iter().any(|line| line.contains("phrases[1].text")), "{problems:?}");
    assert!(harness.query_by_label("Apply import").is_some());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(import_dialog(&harness).is_none());
}

#[test]
fn export_writes_one_collection_to_the_chosen_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let file = folder.path().join("team.json");
    let mut state = state();
    state.curation.files = Box::new(Picks(file.clone()));
    let mut harness = harness(state);
    click(&mut harness, "File");
    click(&mut harness, "Export…");
    click(&mut harness, "Browse…");
    click(&mut harness, "Export");
    let written = std::fs::read_to_string(&file).expect("written");
    let parsed = json::parse(&file, &written).expect("a collection file");
    assert_eq!(parsed.phrases.len(), 4);
    harness.get_by_label_contains("Exported 4 phrases");
}

#[test]
fn unlinking_a_translation_takes_it_out_of_the_group_on_save() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    click(&mut harness, "Unlink nl");
    assert!(harness.state().editor().is_some_and(|editor| editor.translations[0].unlink), "ticked");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(live(&harness, "offer-nl").expect("live").content.group, None);
    assert!(harness.query_by_label("Copy Dutch").is_none(), "no longer listed as a translation");
}

#[test]
fn a_situation_is_renamed_from_the_edit_menu() {
    let mut harness = harness(state());
    click(&mut harness, "Waiting  (2)");
    click(&mut harness, "Edit");
    click(&mut harness, "Rename this situation…");
    match &mut harness.state_mut().modal {
        Modal::Situation(form) => form.title.clear(),
        other => panic!("the situation dialog is not open: {other:?}"),
    }
    type_into(&mut harness, "Title", "Delays");
    click(&mut harness, "Save situation");
    harness.get_by_label("Delays  (2)");
}

#[test]
fn the_editor_settles_in_place_when_it_opens() {
    let mut harness = harness(state());
    search(&mut harness, "order ahead");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    let opened = harness.get_by_label("Save (Ctrl+S)").rect();
    harness.run();
    harness.run();
    assert_eq!(harness.get_by_label("Save (Ctrl+S)").rect(), opened, "no shift after the first settled frame");
}

fn import_dialog<'a>(harness: &'a Harness<'_, AppState>) -> Option<&'a tactful::gui::ImportDialog> {
    match &harness.state().modal {
        Modal::Import(dialog) => Some(dialog.as_ref()),
        _ => None,
    }
}
