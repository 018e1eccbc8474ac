//! The "Check a draft" view, headless: open it, type a reply, see the blunt passage found, swap in
//! an alternative with one click, fill a template alternative, and copy the revised draft.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::AppState;

use crate::gui_support::{
    Clipboard, DEFAULT_STEPS, SIZE, all_languages, app, last_copy, store_with, type_into, window,
};

const BLUNT: &str = "Hi Sam, that is really not my department, please call billing.";

fn open_draft_view() -> (Harness<'static, AppState>, Clipboard) {
    let (state, clipboard) = app(store_with(None), all_languages());
    let mut harness = window(state, SIZE, DEFAULT_STEPS);
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::D);
    harness.run();
    assert!(harness.state().draft.open, "Ctrl+Shift+D opens the view");
    (harness, clipboard)
}

/// Types into the draft editor and lets the debounce pass (each harness step is 0.25 s).
fn type_draft(harness: &mut Harness<'_, AppState>, text: &str) {
    type_into(harness, "Check a draft", text);
    harness.run_steps(2);
}

#[test]
fn typing_a_blunt_line_marks_it_and_one_click_puts_the_alternative_in_the_draft() {
    let (mut harness, clipboard) = open_draft_view();
    type_draft(&mut harness, BLUNT);
    assert_eq!(harness.state().draft.text, BLUNT);
    let report = harness.state().draft.report.clone().expect("checked");
    let finding = report.findings.first().expect("the blunt passage is found").clone();
    let passage: String = BLUNT.chars().skip(finding.start).take(finding.end - finding.start).collect();
    assert_eq!(passage, "that is really not my department");
    // The only finding is selected: its blunt line and alternatives are shown.
    harness.get_by_label("That's not my department.");
    let chosen = finding.alternatives.iter().find(|alternative| !alternative.text.contains('{')).expect("plain");
    harness.get_by_label(&chosen.text).click();
    harness.run();
    let revised = harness.state().draft.text.clone();
    let expected = tactful::check::revise::revise(BLUNT, finding.start..finding.end, &chosen.text);
    assert_eq!(revised, expected);
    assert!(revised.starts_with("Hi Sam, ") && revised.ends_with(", please call billing."), "{revised}");
    assert!(!revised.contains("not my department"), "{revised}");
    harness.get_by_label("Copy revised draft").click();
    harness.run();
    assert_eq!(last_copy(&clipboard), Some(revised));
}

#[test]
fn a_clean_draft_shows_no_findings() {
    let (mut harness, _clipboard) = open_draft_view();
    type_draft(&mut harness, "Thanks for your patience. Our billing team will write to you tomorrow.");
    assert!(harness.state().draft.report.as_ref().is_some_and(|report| report.findings.is_empty()));
    harness.get_by_label("No findings");
}

#[test]
fn a_template_alternative_is_filled_in_before_it_enters_the_draft() {
    let (mut harness, _clipboard) = open_draft_view();
    type_draft(&mut harness, "Sorry, you misread the invoice.");
    let report = harness.state().draft.report.clone().expect("checked");
    let finding = report.findings.first().expect("found");
    let template = finding.alternatives.iter().find(|alternative| alternative.text.contains("{amount}")).expect("one");
    harness.get_by_label(&template.text).click();
    harness.run();
    assert!(harness.state().draft.fill.is_some(), "the form opens instead of inserting {{amount}}");
    assert!(!harness.state().draft.text.contains('{'), "nothing inserted yet");
    harness.get_by_role_and_label(Role::TextInput, "amount").focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "amount").type_text("€40");
    harness.run();
    harness.get_by_label("Insert into draft (Enter)").click();
    harness.run();
    let text = harness.state().draft.text.clone();
    assert!(text.starts_with("Sorry, ") && text.contains("€40"), "{text}");
    assert!(!text.contains("{amount}"), "{text}");
}

#[test]
fn escape_returns_to_search_and_enter_in_the_draft_is_a_new_line() {
    let (mut harness, clipboard) = open_draft_view();
    type_draft(&mut harness, "Hello");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(clipboard.borrow().last().is_none(), "Enter copies nothing while drafting");
    assert!(harness.state().draft.text.contains('\n'), "{:?}", harness.state().draft.text);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().draft.open);
    harness.get_by_role_and_label(Role::TextInput, "Search");
}

#[test]
fn the_language_is_detected_and_can_be_overridden() {
    let (mut harness, _clipboard) = open_draft_view();
    type_draft(&mut harness, "Dat kan niet, sorry.");
    assert_eq!(harness.state().draft.report.as_ref().map(|report| report.lang.as_str()), Some("nl"));
    assert_eq!(harness.state().draft.report.as_ref().map(|report| report.findings.len()), Some(1));
    harness.get_by_role_and_label(Role::ComboBox, "Draft language").click();
    harness.run();
    harness.get_by_label("Swedish").click();
    harness.run();
    let report = harness.state().draft.report.clone().expect("checked again at once");
    assert_eq!(report.lang, "sv");
    assert!(report.findings.is_empty(), "no Swedish blunt line in a Dutch draft");
}

#[test]
fn moving_the_caret_into_a_marked_passage_shows_its_finding() {
    let (mut harness, _clipboard) = open_draft_view();
    type_draft(&mut harness, "That's not my department. You misread it.");
    assert_eq!(harness.state().draft.report.as_ref().map(|report| report.findings.len()), Some(2));
    assert_eq!(harness.state().draft.selected, None, "two findings: none chosen yet");
    harness.key_press(Key::Home);
    harness.run();
    assert_eq!(harness.state().draft.selected, Some(0));
    harness.get_by_label("That's not my department.");
}
