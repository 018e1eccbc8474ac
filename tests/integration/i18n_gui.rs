//! The window in the agent's language: the main flows (search, copy, a template's form,
//! Settings) in Russian and in Dutch, situation titles in the interface language, and the layout
//! at 420×700 with text size 1.5 in every language (Russian and Dutch labels run longer).
//!
//! Labels are looked up in the message files rather than written here, so a translator's better
//! wording never breaks a test; each test also proves the label is not the English one.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::{Action, AppState, Prefs};
use tactful::i18n::{Arg, Language, missing_ids, text_in};

use crate::gui_support::{SIZE, app, last_copy, store_with, type_into, window};

const BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Team",
  "situations":[{"key":"declining","title":{"en":"Declining","nl":"Afwijzen","ru":"Отказ"}},{"key":"waiting","title":{"en":"Waiting"}}],
  "phrases":[
    {"id":"offer","situation":"declining","lang":"en","text":"What I can do today is order ahead for you.","avoid":["No, we don't do that."],"status":"vetted","group":"offer"},
    {"id":"offer-nl","situation":"declining","lang":"nl","text":"Wat ik vandaag wél kan doen, is alvast voor u bestellen.","status":"vetted","group":"offer"},
    {"id":"mail","situation":"waiting","lang":"en","text":"Dear {customer_name}, your order leaves on {delivery_date}.","status":"vetted","tags":["template"]}
  ]}"#;

fn say(language: Language, id: &str) -> String {
    text_in(language, id, &[])
}

fn say_with(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    text_in(language, id, args)
}

fn prefs_in(language: Language) -> Prefs {
    Prefs { lang: None, interface_language: Some(language), ..Prefs::default() }
}

/// The label in `language`, after checking the translation exists (differs from English).
fn translated(language: Language, id: &str) -> String {
    let label = say(language, id);
    assert_ne!(label, say(Language::En, id), "{id} is not translated into {}", language.code());
    label
}

/// Search, copy a phrase by its row's button, fill in and copy a template, open Settings and
/// switch the interface language there: the flow an agent runs, in `language`.
fn main_flow(language: Language, then: Language) {
    let (state, clipboard) = app(store_with(Some(BOOK)), prefs_in(language));
    let mut harness = window(state, SIZE, 12);
    let search = translated(language, "search-label");
    assert!(harness.query_by_role_and_label(Role::TextInput, &say(Language::En, "search-label")).is_none());
    harness.get_by_role_and_label(Role::TextInput, &search).type_text("order ahead");
    harness.run();
    let count = harness.state().search.hits.len();
    let view: Arg = "all".into();
    harness.get_by_label(&say_with(language, "results-matching", &[("count", count.into()), ("view", view)]));
    harness.get_by_label(&say_with(language, "results-copy-row", &[("row", 1.into())])).click();
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some("What I can do today is order ahead for you."));
    harness.get_by_label(&translated(language, "toast-copied"));

    harness.get_by_role_and_label(Role::TextInput, &search).focus();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, &search).type_text("leaves on");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.state().fill_form().is_some(), "the template's form is open");
    harness.get_by_label(&translated(language, "fill-heading"));
    type_into(&mut harness, "customer name", "Ana");
    type_into(&mut harness, "delivery date", "3.12.2026");
    let copy = say_with(
        language,
        "paste-button-keys",
        &[("action", translated(language, "paste-button-copy").into()), ("keys", "Shift+Enter".into())],
    );
    harness.get_by_label(&copy).click();
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some("Dear Ana, your order leaves on 3.12.2026."));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    harness.get_by_label(&translated(language, "settings-heading"));
    harness.get_by_role_and_label(Role::ComboBox, &translated(language, "settings-interface-language"));
    // The choice as the combo box's entry makes it (its popup list does not open under kittest).
    let context = harness.ctx.clone();
    harness.state_mut().apply(Action::SetInterfaceLanguage(then), &context);
    harness.run();
    assert_eq!(harness.state().prefs.interface_language, Some(then));
    harness.get_by_label(&say(then, "settings-heading"));
    assert!(harness.query_by_label(&say(language, "settings-heading")).is_none(), "the old language is gone");
    assert!(missing_ids().is_empty(), "ids without an English text: {:?}", missing_ids());
}

#[test]
fn an_agent_searches_copies_fills_a_template_and_changes_settings_in_russian() {
    main_flow(Language::Ru, Language::Nl);
}

#[test]
fn an_agent_searches_copies_fills_a_template_and_changes_settings_in_dutch() {
    main_flow(Language::Nl, Language::Sv);
}

#[test]
fn with_every_phrase_language_shown_situation_titles_follow_the_interface_language() {
    for (language, declining) in [(Language::Ru, "Отказ"), (Language::Nl, "Afwijzen"), (Language::Sv, "Declining")]
    {
        let (state, _clipboard) = app(store_with(Some(BOOK)), prefs_in(language));
        let harness = window(state, SIZE, 12);
        let entry =
            say_with(language, "sidebar-situation-count", &[("situation", declining.into()), ("count", 2.into())]);
        harness.get_by_label(&entry);
        if declining != "Declining" {
            assert!(harness.query_by_label("Declining  (2)").is_none(), "{}: no English title", language.code());
        }
    }
    // A phrase filter wins: English phrases, English titles, whatever the interface language.
    let prefs = Prefs { lang: Some("en".into()), ..prefs_in(Language::Ru) };
    let (state, _clipboard) = app(store_with(Some(BOOK)), prefs);
    let harness = window(state, SIZE, 12);
    assert!(harness.query_all_by_label_contains("Declining").next().is_some(), "the English title");
    assert!(harness.query_by_label_contains("Отказ").is_none(), "the filter's language, not the interface's");
}

#[test]
fn russian_counts_take_three_forms() {
    let forms = |id: &str, extra: &[(&str, Arg)]| -> Vec<String> {
        [1, 3, 5, 21]
            .iter()
            .map(|count| {
                let mut args: Vec<(&str, Arg)> = extra.to_vec();
                args.push(("count", (*count).into()));
                say_with(Language::Ru, id, &args).replace(char::is_numeric, "")
            })
            .collect()
    };
    for (id, extra) in [
        ("results-matching", vec![("view", Arg::from("all"))]),
        ("trash-count", vec![]),
        ("toast-blanks-empty", vec![("keys", Arg::from("Ctrl+Enter"))]),
    ] {
        let written = forms(id, &extra);
        assert!(
            written[0] != written[1] && written[1] != written[2] && written[0] != written[2],
            "{id}: one, few and many differ: {written:?}"
        );
        assert_eq!(written[0], written[3], "{id}: 21 takes the form of 1");
    }
}

const NARROW: [f32; 2] = [420.0, 700.0];

fn narrow_window(language: Language, compact: bool) -> Harness<'static, AppState> {
    let prefs = Prefs { lang: Some("en".into()), zoom: 1.5, compact, ..prefs_in(language) };
    let (state, _clipboard) = app(store_with(None), prefs);
    window(state, NARROW, 12)
}

fn assert_inside(harness: &Harness<'_, AppState>, label: &str, case: &str) {
    let window = harness.ctx.content_rect();
    let node = harness.get_all_by_label(label).next().unwrap_or_else(|| panic!("{case}: no {label:?}"));
    let rect = node.rect();
    assert!(
        window.expand(0.5).contains_rect(rect) && rect.width() > 1.0,
        "{case}: {label:?} at {rect:?} is not inside the window {window:?}"
    );
}

#[test]
fn at_420_by_700_and_text_size_1_5_search_results_and_menus_fit_in_every_language() {
    for language in Language::ALL {
        for compact in [false, true] {
            let case =
                format!("{} at 420x700, text size 1.5{}", language.code(), if compact { ", compact" } else { "" });
            let harness = narrow_window(language, compact);
            let search = say(language, "search-label");
            assert_inside(&harness, &search, &case);
            let width = harness.get_by_role_and_label(Role::TextInput, &search).rect().width();
            assert!(width >= 100.0, "{case}: the search box is {width:.0} points wide");
            for row in 1..=3 {
                assert_inside(&harness, &say_with(language, "results-copy-row", &[("row", row.into())]), &case);
            }
            if !compact {
                let (help, new_phrase) = (say(language, "menu-help"), say(language, "command-new-phrase"));
                assert_inside(&harness, &help, &case);
                // The New phrase button shows only where it fits; where it shows, it is whole.
                if harness.query_all_by_label(&new_phrase).next().is_some() {
                    assert_inside(&harness, &new_phrase, &case);
                }
                let help = harness.get_all_by_label(&help).next().map(|node| node.rect());
                let button = harness.query_all_by_label(&new_phrase).next().map(|node| node.rect());
                if let (Some(help), Some(button)) = (help, button) {
                    assert!(!help.intersects(button), "{case}: the menu's Help overlaps the New phrase button");
                }
            }
        }
    }
}

#[test]
fn at_420_by_700_and_text_size_1_5_the_form_and_settings_keep_their_buttons_in_sight_in_every_language() {
    for language in Language::ALL {
        let case = format!("{} at 420x700, text size 1.5", language.code());
        let mut harness = narrow_window(language, true);
        harness.get_by_role_and_label(Role::TextInput, &say(language, "search-label")).type_text("delivery delay");
        harness.run();
        let row = harness.state().search.hits.iter().position(|hit| {
            harness.state().library.index.phrase(hit.position).is_some_and(|phrase| phrase.content.text.contains('{'))
        });
        let row = row.expect("a template matches");
        harness.key_press_modifiers(Modifiers::COMMAND, [Key::Num1, Key::Num2, Key::Num3, Key::Num4][row.min(3)]);
        harness.run();
        assert!(harness.state().fill_form().is_some(), "{case}: the form is open");
        let paste = say_with(
            language,
            "paste-button-keys",
            &[("action", say(language, "paste-button-paste").into()), ("keys", "Enter".into())],
        );
        assert_inside(&harness, &paste, &case);
        assert_inside(&harness, &say(language, "fill-cancel"), &case);
        harness.key_press(Key::Escape);
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
        harness.run();
        harness.get_all_by_label(&say(language, "settings-heading")).next().expect("Settings is open");
        assert_inside(&harness, &say(language, "settings-interface-language"), &case);
        assert_inside(&harness, &say(language, "settings-done"), &case);
    }
}

#[test]
fn at_360_pixels_and_text_size_2_settings_put_labels_above_fields_inside_the_window_in_every_language() {
    for language in Language::ALL {
        let case = format!("{} at 360x640, text size 2", language.code());
        let prefs = Prefs { lang: Some("en".into()), zoom: 2.0, compact: true, ..prefs_in(language) };
        let (state, _clipboard) = app(store_with(None), prefs);
        let mut harness = window(state, [360.0, 640.0], 12);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
        harness.run();
        harness.get_all_by_label(&say(language, "settings-heading")).next().expect("Settings is open");
        assert_inside(&harness, &say(language, "settings-heading"), &case);
        assert_inside(&harness, &say(language, "settings-done"), &case);
        // The body scrolls, so rows below the fold are out of sight downwards; none may stick
        // out sideways, and each field sits below its label (there is no room beside it).
        let window = harness.ctx.content_rect();
        let interface_language = say(language, "settings-interface-language");
        let label_rect = harness.get_all_by_label(&interface_language).next().expect("label").rect();
        let field = harness
            .get_all_by_role(Role::ComboBox)
            .map(|node| node.rect())
            .find(|rect| rect.top() >= label_rect.bottom() - 0.5)
            .unwrap_or_else(|| panic!("{case}: no list below the interface-language label"));
        for (what, rect) in [("the interface-language label", label_rect), ("its list", field)] {
            assert!(
                rect.left() >= window.left() - 0.5 && rect.right() <= window.right() + 0.5,
                "{case}: {what} at {rect:?} sticks out of the window {window:?}"
            );
        }
    }
}
