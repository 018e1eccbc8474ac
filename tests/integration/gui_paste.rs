//! The window's paste back, headless, over a fake desktop: what Enter and Shift+Enter do after a
//! summon, the settings that change it, the fill-in form's buttons, and what the agent is told when
//! the window they came from is gone.

use std::sync::{Arc, Mutex};

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use tactful::gui::{AppState, EnterAction};
use tactful::paste::{FakeDesktop, FakeState, PasteBack, PasteKeys, WindowId};

use crate::gui_support::{Clipboard, SIZE, all_languages, app, last_copy, store_with, window};

const BOOK: &str = r#"{"format":"tactful.collection","version":1,"name":"Paste",
  "situations":[{"key":"s","title":{"en":"Paste test"}}],
  "phrases":[
    {"id":"plain","situation":"s","lang":"en","text":"Thanks for waiting: your zebra parcel is on its way.","status":"vetted","group":"plain"},
    {"id":"form","situation":"s","lang":"en","title":"Zebra depot dispatch","text":"Order {order_number} left our zebra depot today.","status":"vetted","tags":["template"],"group":"form"}
  ]}"#;

const PLAIN: &str = "Thanks for waiting: your zebra parcel is on its way.";

/// The window over a fake desktop where "Chat" (window 1) has the focus, not yet summoned.
fn desk() -> (Harness<'static, AppState>, Clipboard, Arc<Mutex<FakeState>>) {
    let (mut state, clipboard) = app(store_with(Some(BOOK)), all_languages());
    let desktop = FakeDesktop::with_windows(&[(1, "Chat"), (2, "Tactful")], 2);
    let fake = desktop.state();
    fake.lock().expect("fake").focus = Some(WindowId(1));
    state.paste = PasteBack::immediate(desktop);
    (window(state, SIZE, 12), clipboard, fake)
}

/// Summoned from Chat: Tactful remembers it and takes the focus.
fn summon(harness: &mut Harness<'_, AppState>, fake: &Arc<Mutex<FakeState>>) {
    fake.lock().expect("fake").focus = Some(WindowId(1));
    harness.state_mut().summoned();
    fake.lock().expect("fake").focus = Some(WindowId(2));
    harness.run();
}

fn search(harness: &mut Harness<'_, AppState>, query: &str) {
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, "Search").type_text(query);
    harness.run();
}

fn sent(fake: &Arc<Mutex<FakeState>>) -> Vec<(WindowId, PasteKeys)> {
    fake.lock().expect("fake").sent.clone()
}

#[test]
fn after_a_summon_enter_pastes_into_the_window_the_agent_came_from() {
    let (mut harness, clipboard, fake) = desk();
    assert_eq!(harness.state().prefs.paste.enter, EnterAction::Paste, "the fresh-install default");
    summon(&mut harness, &fake);
    search(&mut harness, "zebra parcel");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some(PLAIN));
    assert_eq!(sent(&fake), vec![(WindowId(1), PasteKeys::CtrlV)]);
    harness.get_by_label_contains("Pasted into Chat");
}

#[test]
fn a_summon_remembers_the_agents_app_then_takes_the_focus_with_the_last_query_selected() {
    let (mut harness, _clipboard, fake) = desk();
    harness.state_mut().paste.set_own_window(WindowId(2));
    search(&mut harness, "zebra parcel");
    // The agent tabs away from the search box, then goes to the chat and summons Tactful there.
    harness.key_press(Key::Tab);
    harness.run();
    fake.lock().expect("fake").focus = Some(WindowId(1));
    let context = harness.ctx.clone();
    harness.state_mut().come_forward(&context);
    harness.run();
    assert_eq!(harness.state().paste.target().map(|target| target.window), Some(WindowId(1)));
    assert_eq!(fake.lock().expect("fake").focus, Some(WindowId(2)), "Tactful's own window has the focus");
    harness.event(egui::Event::Text("depot".into()));
    harness.run();
    assert_eq!(harness.state().search.query, "depot", "typing replaces the last query");
}

#[test]
fn shift_enter_only_copies_when_enter_pastes() {
    let (mut harness, clipboard, fake) = desk();
    summon(&mut harness, &fake);
    search(&mut harness, "zebra parcel");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some(PLAIN));
    assert!(sent(&fake).is_empty(), "Shift+Enter copies without pasting");
}

#[test]
fn without_a_summon_enter_copies_and_types_nothing() {
    let (mut harness, clipboard, fake) = desk();
    search(&mut harness, "zebra parcel");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some(PLAIN));
    assert!(sent(&fake).is_empty());
}

#[test]
fn choosing_copy_in_settings_makes_enter_copy_and_shift_enter_paste() {
    let (mut harness, clipboard, fake) = desk();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    // Settings scrolls inside the window; bring each control into view so the click lands on it.
    harness.get_by_role_and_label(Role::RadioButton, "Copy").scroll_to_me();
    harness.run();
    // Through the accessibility tree, as a screen reader does: the dialog settles its size over a
    // few frames, so a pointer click at the first frame's position can land on a neighbour.
    harness.get_by_role_and_label(Role::RadioButton, "Copy").click_accesskit();
    harness.run();
    assert_eq!(harness.state().prefs.paste.enter, EnterAction::Copy);
    harness.get_by_label("Shift+Enter: paste into the app i came from");
    harness.get_by_label("Put back what was on the clipboard after pasting").scroll_to_me();
    harness.run();
    harness.get_by_label("Put back what was on the clipboard after pasting").click();
    harness.run();
    assert!(!harness.state().prefs.paste.restore_clipboard);
    harness.key_press(Key::Escape);
    harness.run();

    summon(&mut harness, &fake);
    search(&mut harness, "zebra parcel");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some(PLAIN));
    assert!(sent(&fake).is_empty(), "Enter copies");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    harness.run();
    assert_eq!(sent(&fake), vec![(WindowId(1), PasteKeys::CtrlV)], "Shift+Enter pastes");
}

/// The window copying to the fake desktop's own clipboard, which holds the agent's earlier text.
fn desk_sharing_the_clipboard(restore: bool) -> (Harness<'static, AppState>, Arc<Mutex<FakeState>>) {
    let desktop = FakeDesktop::with_windows(&[(1, "Chat"), (2, "Tactful")], 2);
    let fake = desktop.state();
    fake.lock().expect("fake").clipboard = Some("the agent's earlier text".into());
    let mut prefs = all_languages();
    prefs.paste.keys = PasteKeys::CtrlShiftV;
    prefs.paste.restore_clipboard = restore;
    let mut state = AppState::new(store_with(Some(BOOK)), Box::new(desktop.clone()), prefs).expect("state");
    state.paste = PasteBack::immediate(desktop);
    (window(state, SIZE, 12), fake)
}

#[test]
fn the_paste_keystroke_and_the_restored_clipboard_follow_the_settings() {
    let (mut harness, fake) = desk_sharing_the_clipboard(true);
    summon(&mut harness, &fake);
    search(&mut harness, "zebra parcel");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(sent(&fake), vec![(WindowId(1), PasteKeys::CtrlShiftV)]);
    assert_eq!(fake.lock().expect("fake").clipboard.as_deref(), Some("the agent's earlier text"));

    let (mut harness, fake) = desk_sharing_the_clipboard(false);
    summon(&mut harness, &fake);
    search(&mut harness, "zebra parcel");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(sent(&fake).len(), 1);
    assert_eq!(fake.lock().expect("fake").clipboard.as_deref(), Some(PLAIN), "restoring is off");
}

#[test]
fn the_fill_in_form_offers_paste_on_enter_and_copy_on_shift_enter() {
    let (mut harness, clipboard, fake) = desk();
    summon(&mut harness, &fake);
    search(&mut harness, "zebra depot");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Paste (Enter)");
    // The form opens with its first blank focused.
    harness.event(egui::Event::Text("A-1042".into()));
    harness.run();
    harness.get_by_label("Copy (Shift+Enter)").click();
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some("Order A-1042 left our zebra depot today."));
    assert!(sent(&fake).is_empty(), "the copy button copies only");
}

#[test]
fn a_window_that_was_closed_gets_nothing_and_the_agent_is_told() {
    let (mut harness, clipboard, fake) = desk();
    summon(&mut harness, &fake);
    fake.lock().expect("fake").windows.retain(|(window, _)| *window != WindowId(1));
    search(&mut harness, "zebra parcel");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(last_copy(&clipboard).as_deref(), Some(PLAIN), "the phrase stays on the clipboard");
    assert!(sent(&fake).is_empty());
    harness.get_by_label_contains("Not pasted: the window you came from (Chat) is gone");
}
