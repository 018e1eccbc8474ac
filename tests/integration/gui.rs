//! The window, headless: egui_kittest finds widgets by their accessible names, clicks and types,
//! and the tests check what was copied and what the state became.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::AppState;

use crate::gui_support::{Clipboard, SIZE, all_languages, app, last_copy, store_with, type_into, window};

const SMALL_BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Team",
  "situations":[{"key":"declining","title":{"en":"Declining","nl":"Afwijzen"}},{"key":"waiting","title":{"en":"Waiting"}}],
  "phrases":[
    {"id":"offer","situation":"declining","lang":"en","text":"What I can do today is order ahead for you.","avoid":["No, we don't do that."],"status":"vetted","group":"offer","tags":["call"]},
    {"id":"offer-nl","situation":"declining","lang":"nl","text":"Wat ik vandaag wél kan doen, is alvast voor u bestellen.","avoid":["Nee, dat doen we niet."],"status":"vetted","group":"offer","tags":["call"]},
    {"id":"mail","situation":"waiting","lang":"en","text":"Dear {customer_name},\n\nYour order {order_number} leaves on {delivery_date}.","status":"vetted","tags":["email","template"]},
    {"id":"draft","situation":"waiting","lang":"en","text":"Thanks for waiting, it is nearly there.","status":"draft","tags":["chat"]}
  ]}"#;

fn state_with(book: Option<&str>) -> (AppState, Clipboard) {
    app(store_with(book), all_languages())
}

fn harness(state: AppState) -> Harness<'static, AppState> {
    // The editor asks for a few frames while it finds its place, so allow more than the default 4.
    window(state, SIZE, 12)
}

fn type_query(harness: &mut Harness<'_, AppState>, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text(text);
    harness.run();
}

#[test]
fn typing_shows_results_and_enter_copies_the_top_one() {
    let (state, clipboard) = state_with(None);
    let mut harness = harness(state);
    type_query(&mut harness, "not my depa");
    let top = harness.state().selected_phrase().expect("a result").clone();
    assert_eq!(top.content.situation.as_str(), "owning-the-problem");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard), Some(top.content.text.clone()));
    assert_eq!(
        harness
            .state()
            .library
            .index
            .phrase(harness.state().library.index.position(&top.id).expect("indexed"))
            .expect("phrase")
            .usage
            .copy_count,
        1
    );
}

#[test]
fn arrows_move_and_ctrl_digit_copies_that_row() {
    let (state, clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "order");
    assert!(harness.state().search.hits.len() >= 2);
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().search.selected, 1);
    let second = harness.state().phrase_at(1).expect("row").content.text.clone();
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().search.selected, 0);
    let first_is_template = harness.state().phrase_at(0).is_some_and(|phrase| phrase.content.text.contains('{'));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    if second.contains('{') {
        assert!(harness.state().fill_form().is_some(), "a template opens the form");
    } else {
        assert_eq!(last_copy(&clipboard), Some(second));
    }
    let _ = first_is_template;
}

#[test]
fn clicking_a_copy_button_copies_that_phrase() {
    let (state, clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "vandaag");
    harness.get_by_label("Copy result 1").click();
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some("Wat ik vandaag wél kan doen, is alvast voor u bestellen."));
}

#[test]
fn template_opens_fill_in_form_and_copies_filled_plain_and_html() {
    let (state, clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "leaves on");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().fill_form().is_some(), "the fill-in form is open");
    type_into(&mut harness, "customer name", "Ana <VIP>");
    type_into(&mut harness, "order number", "A-17");
    type_into(&mut harness, "delivery date", "3 December 2026");
    harness.key_press(Key::Enter);
    harness.run();
    let copied = clipboard.borrow().last().cloned().expect("copied");
    assert_eq!(copied.plain, "Dear Ana <VIP>,\n\nYour order A-17 leaves on 3 December 2026.");
    let html = copied.html.expect("HTML alternative");
    assert!(html.contains("Dear Ana &lt;VIP&gt;,") && html.contains("<p>"), "{html}");
}

#[test]
fn escape_cancels_the_form_and_then_clears_the_query() {
    let (state, clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "leaves");
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().fill_form().is_none());
    assert!(last_copy(&clipboard).is_none(), "cancel copies nothing");
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().search.query, "");
}

#[test]
fn situation_and_language_filters_narrow_the_list() {
    let (state, _clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    assert_eq!(harness.state().search.hits.len(), 4);
    harness.get_by_label("Waiting  (2)").click();
    harness.run();
    assert_eq!(harness.state().search.situation.as_deref(), Some("waiting"));
    assert!(harness.state().search.hits.iter().all(|hit| hit.id.as_str() == "mail" || hit.id.as_str() == "draft"));
    harness.get_by_label("Include drafts").click();
    harness.run();
    assert_eq!(harness.state().search.hits.len(), 1, "drafts hidden");
    harness.get_by_label_contains("All situations").click();
    harness.run();
    harness.state_mut().prefs.lang = Some("nl".into());
    harness.run();
    let ids: Vec<&str> = harness.state().search.hits.iter().map(|hit| hit.id.as_str()).collect();
    assert_eq!(ids, ["offer-nl"]);
}

#[test]
fn ctrl_d_marks_a_favourite_and_the_favourites_view_lists_it() {
    let (state, _clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "thanks waiting");
    assert_eq!(harness.state().selected_phrase().expect("result").id.as_str(), "draft");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Favourites").click();
    harness.run();
    let ids: Vec<&str> = harness.state().search.hits.iter().map(|hit| hit.id.as_str()).collect();
    assert_eq!(ids, ["draft"]);
}

#[test]
fn detail_pane_lists_translations_with_copy_buttons() {
    let (state, clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "order ahead");
    harness.get_by_label("Translations");
    harness.get_by_label("Copy Dutch").click();
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some("Wat ik vandaag wél kan doen, is alvast voor u bestellen."));
}

#[test]
fn f1_opens_the_shortcut_help() {
    let (state, _clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.get_all_by_label("Keyboard shortcuts").count() >= 1);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
}

#[test]
fn ctrl_e_edits_the_selected_phrase_and_search_sees_it_at_once() {
    let (state, _clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "order ahead");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    assert!(harness.state().editor().is_some(), "the editor is open");
    harness.state_mut().editor_mut().expect("editor").text = "What I can do today is ring you when it is ready.".into();
    harness.state_mut().editor_mut().expect("editor").status = tactful::model::Status::Draft;
    harness.run();
    harness.get_by_label("Save (Ctrl+S)").click();
    harness.run();
    assert!(harness.state().editor().is_none(), "saved and closed");
    harness.key_press(Key::Escape);
    harness.run();
    type_query(&mut harness, "ring you when");
    let phrase = harness.state().selected_phrase().expect("found").clone();
    assert_eq!(phrase.id.as_str(), "offer");
    assert_eq!(phrase.content.status, tactful::model::Status::Draft);
}

#[test]
fn an_invalid_edit_shows_its_error_and_changes_nothing() {
    let (state, _clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    type_query(&mut harness, "order ahead");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.state_mut().editor_mut().expect("editor").text = "Broken {placeholder".into();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let error = harness.state().editor().and_then(|form| form.error.clone()).expect("an inline error");
    assert!(error.contains("unclosed placeholder"), "{error}");
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Discard unsaved changes?");
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(harness.state().editor().is_none());
    assert_eq!(
        harness
            .state()
            .library
            .index
            .phrases()
            .iter()
            .find(|phrase| phrase.id.as_str() == "offer")
            .expect("kept")
            .content
            .text,
        "What I can do today is order ahead for you."
    );
}

#[test]
fn a_large_phrasebook_is_searched_in_the_background_and_results_arrive() {
    let big = crate::collection("Big", "b", 25_000);
    let (state, clipboard) = state_with(Some(&big));
    let mut harness = harness(state);
    type_query(&mut harness, "phrase 24999");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while harness.state().search.hits.first().is_none_or(|hit| hit.id.as_str() != "b24999") {
        assert!(std::time::Instant::now() < deadline, "the background search never answered");
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some("Phrase 24999 of b"));
}

/// Runs frames until the top result is `id` (a large phrasebook is searched in the background).
fn wait_for_top(harness: &mut Harness<'_, AppState>, id: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while harness.state().search.hits.first().is_none_or(|hit| hit.id.as_str() != id) {
        assert!(std::time::Instant::now() < deadline, "{id} never came first");
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.run();
    }
}

#[test]
fn at_25000_phrases_an_edited_phrase_is_found_right_after_saving() {
    let big = crate::collection("Big", "b", 25_000);
    let (state, _clipboard) = state_with(Some(&big));
    let mut harness = harness(state);
    type_query(&mut harness, "phrase 12345");
    wait_for_top(&mut harness, "b12345");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.state_mut().editor_mut().expect("editor").text = "Phrase 12345 of b, now with a quokka.".into();
    harness.run();
    harness.get_by_label("Save (Ctrl+S)").click();
    harness.run();
    assert!(harness.state().editor().is_none(), "saved and closed");
    assert!(!harness.state().library.is_rereading(), "one edit changes the index in place");
    harness.key_press(Key::Escape);
    harness.run();
    type_query(&mut harness, "quokka");
    wait_for_top(&mut harness, "b12345");
}

#[test]
fn help_about_names_the_version_and_licence_and_closes_with_escape() {
    let (state, _clipboard) = state_with(Some(SMALL_BOOK));
    let mut harness = harness(state);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("About Tactful").click();
    harness.run();
    harness.get_by_label(tactful::about::VERSION_LINE);
    harness.get_by_label(tactful::about::LICENSE);
    assert!(harness.query_by_label("Copy phrasebook path").is_none(), "an in-memory phrasebook has no path to copy");
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label(tactful::about::VERSION_LINE).is_none());
}
