//! The agent's loop by keyboard: fill-in forms that never leak one customer's details into the
//! next, hold back a copy with an empty blank, select a field's text on Tab; a list that keeps its
//! order after a copy; Ctrl+F that selects the query; Ctrl+Z that undoes a delete; the
//! cross-language hint; the needs-review warning.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::{AppState, Prefs};

use crate::gui_support::{Clipboard, SIZE, all_languages, app, last_copy, store_with, type_into, window};

const BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Team",
  "situations":[{"key":"delays","title":{"en":"Delays","nl":"Vertraging"}}],
  "phrases":[
    {"id":"delay","situation":"delays","lang":"en","title":"Delivery delayed","text":"Dear {customer_name},\n\nOrder {order_number} now arrives on {delivery_date}.\n\n{agent_name}, {company}","status":"vetted","tags":["email","template"]},
    {"id":"refund","situation":"delays","lang":"en","title":"Refund sent","text":"Hi {customer_name}, the refund for {order_number} was sent {today}.","status":"vetted","tags":["email","template"]},
    {"id":"calm-1","situation":"delays","lang":"en","text":"Thank you for waiting, I am checking it now.","status":"vetted","group":"calm"},
    {"id":"calm-2","situation":"delays","lang":"en","text":"Thank you for your patience while I look.","status":"vetted"},
    {"id":"calm-3","situation":"delays","lang":"en","text":"Thank you, I can see the parcel moving.","status":"vetted"},
    {"id":"calm-nl","situation":"delays","lang":"nl","text":"Bedankt voor het wachten, ik kijk het nu na.","status":"vetted","group":"calm"},
    {"id":"wacht-nl","situation":"delays","lang":"nl","text":"Excuses voor het wachten op uw pakket.","status":"vetted"}
  ]}"#;

fn harness_with(prefs: Prefs) -> (Harness<'static, AppState>, Clipboard) {
    let (state, clipboard) = app(store_with(Some(BOOK)), prefs);
    (window(state, SIZE, 12), clipboard)
}

fn search(harness: &mut Harness<'_, AppState>, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text(text);
    harness.run();
}

fn field_value(harness: &Harness<'_, AppState>, name: &str) -> String {
    let form = harness.state().fill_form().expect("the form is open");
    form.fields.iter().find(|field| field.name == name).map(|field| field.value.clone()).expect("the field")
}

#[test]
fn a_second_form_for_another_template_holds_none_of_the_first_customers_details() {
    let prefs = Prefs { agent_name: "Sam".into(), company: "Acme".into(), ..all_languages() };
    let (mut harness, clipboard) = harness_with(prefs);
    search(&mut harness, "now arrives");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(field_value(&harness, "agent_name"), "Sam", "the profile fills the agent's own blanks");
    assert_eq!(field_value(&harness, "company"), "Acme");
    type_into(&mut harness, "customer name", "Ana");
    type_into(&mut harness, "order number", "A-1042");
    type_into(&mut harness, "delivery date", "3 December 2026");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(last_copy(&clipboard).is_some_and(|copied| copied.contains("A-1042")));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    search(&mut harness, "refund for");
    harness.key_press(Key::Enter);
    harness.run();
    let form = harness.state().fill_form().expect("the second form");
    for field in &form.fields {
        assert!(!field.value.contains("Ana") && !field.value.contains("A-1042"), "{field:?}");
    }
    assert_eq!(field_value(&harness, "customer_name"), "");
    assert_eq!(field_value(&harness, "order_number"), "");
    assert!(!field_value(&harness, "today").is_empty(), "{{today}} is the one date filled in");
}

#[test]
fn a_copy_with_an_empty_blank_waits_until_the_agent_fills_it_or_copies_anyway() {
    let (mut harness, clipboard) = harness_with(all_languages());
    search(&mut harness, "refund for");
    harness.key_press(Key::Enter);
    harness.run();
    type_into(&mut harness, "customer name", "Ana");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(last_copy(&clipboard).is_none(), "nothing copied with {{order_number}} empty");
    let form = harness.state().fill_form().expect("the form stays open");
    assert!(form.held_back);
    assert!(form.fields.iter().any(|field| field.name == "order_number" && field.marked));
    harness.get_by_label_contains("Still empty");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    let copied = last_copy(&clipboard).expect("copied anyway");
    assert!(copied.contains("{order_number}"), "{copied}");
}

#[test]
fn tab_into_a_filled_field_selects_it_so_typing_replaces_it() {
    let prefs = Prefs { agent_name: "Sam".into(), company: "Acme".into(), ..all_languages() };
    let (mut harness, clipboard) = harness_with(prefs);
    search(&mut harness, "now arrives");
    harness.key_press(Key::Enter);
    harness.run();
    type_into(&mut harness, "customer name", "Ana");
    type_into(&mut harness, "order number", "B-7");
    type_into(&mut harness, "delivery date", "4 December 2026");
    // Tab from the date past its calendar button to the agent's name (filled from the profile)
    // and type over it.
    for _ in 0..2 {
        harness.key_press(Key::Tab);
        harness.run();
    }
    harness.event(egui::Event::Text("Kim".into()));
    harness.run();
    assert_eq!(field_value(&harness, "agent_name"), "Kim", "the old value was selected and replaced");
    harness.key_press(Key::Enter);
    harness.run();
    let copied = last_copy(&clipboard).expect("copied");
    assert!(copied.ends_with("Kim, Acme"), "{copied}");
}

#[test]
fn ctrl_digit_on_a_template_opens_its_form_instead_of_copying_blanks() {
    let (mut harness, clipboard) = harness_with(all_languages());
    search(&mut harness, "refund for");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert!(harness.state().fill_form().is_some());
    assert!(last_copy(&clipboard).is_none());
}

#[test]
fn a_template_row_starts_with_its_title() {
    let (mut harness, _clipboard) = harness_with(all_languages());
    search(&mut harness, "arrives");
    let title = harness.get_all_by_label("Delivery delayed").next().expect("the title").rect();
    let text = harness.get_all_by_label_contains("Dear {customer_name}").next().expect("the text").rect();
    assert!(title.max.y <= text.min.y + 1.0, "the title is the row's first line: {title:?} above {text:?}");
}

#[test]
fn the_list_keeps_its_order_after_a_copy_so_the_same_number_copies_the_same_phrase() {
    let (mut harness, clipboard) = harness_with(all_languages());
    search(&mut harness, "thank you");
    assert!(harness.state().search.hits.len() >= 3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    let first = last_copy(&clipboard).expect("copied");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    assert_eq!(last_copy(&clipboard), Some(first));
    harness.get_by_label("Copy result 2");
}

#[test]
fn ctrl_f_selects_the_query_so_typing_replaces_it() {
    let (mut harness, _clipboard) = harness_with(all_languages());
    search(&mut harness, "refund");
    harness.key_press(Key::Tab);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.event(egui::Event::Text("sorry".into()));
    harness.run();
    assert_eq!(harness.state().search.query, "sorry");
}

#[test]
fn ctrl_z_brings_back_what_delete_removed() {
    let (mut harness, _clipboard) = harness_with(all_languages());
    search(&mut harness, "parcel moving");
    let deleted = harness.state().selected_phrase().expect("a result").id.clone();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().library.phrase(&deleted).is_none(), "deleted");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(harness.state().library.phrase(&deleted).is_some(), "restored");
    assert_eq!(harness.state().search.query, "parcel moving", "the search text was not undone instead");
}

#[test]
fn tab_from_the_search_box_goes_to_the_first_result() {
    let (mut harness, _clipboard) = harness_with(all_languages());
    search(&mut harness, "thank you");
    harness.key_press(Key::Tab);
    harness.run();
    assert!(harness.get_by_label("Copy result 1").is_focused());
}

#[test]
fn a_query_in_another_language_offers_those_matches_with_one_key() {
    let prefs = Prefs { lang: Some("en".into()), ..Prefs::default() };
    let (mut harness, _clipboard) = harness_with(prefs);
    search(&mut harness, "wachten");
    assert!(harness.state().search.hits.is_empty());
    harness.get_by_label_contains("more in other languages");
    harness.key_press_modifiers(Modifiers::ALT, Key::L);
    harness.run();
    assert!(harness.state().search.hits.len() >= 2, "the Dutch phrases are listed");
}

#[test]
fn a_translation_waiting_for_review_says_so_in_the_list_and_when_copied() {
    let (mut state, clipboard) = app(store_with(Some(BOOK)), all_languages());
    let dutch = state.library.index.phrases().iter().find(|phrase| phrase.id.as_str() == "calm-nl").cloned();
    let dutch = dutch.expect("the Dutch phrase");
    // Edit the English original: its Dutch translation now waits for review.
    let english = tactful::model::PhraseId::new("calm-1").expect("an id");
    let edit = tactful::store::PhraseEdit {
        text: Some("Thank you for waiting, I am checking it right now.".into()),
        ..Default::default()
    };
    state.library.store_mut().edit_phrase(&english, edit).expect("edits");
    state.reload().expect("reloads");
    assert!(state.needs_review(&dutch.id));
    let mut harness = window(state, SIZE, 12);
    search(&mut harness, "checking it right now");
    harness.get_by_label("needs review");
    harness.get_by_label("Copy Dutch").click();
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some(dutch.content.text.as_str()));
    harness.get_by_label_contains("still needs review");
}
