//! Window-wide shortcuts, read before the panels draw so arrows and Enter work while the search
//! box has focus. Every shortcut here is listed in the help overlay.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::gui::app::{Action, AppState, Overlay, View};
use crate::gui::curate::Curate;
use crate::gui::draft::DraftAction;

/// Shortcuts with what they do, for the help overlay.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Type", "Search phrases, blunt lines, situations and tags"),
    ("↑ ↓", "Move through the results"),
    ("Enter", "Paste into the app you came from, or copy (see Settings); templates open the fill-in form"),
    ("Shift+Enter", "The other of copy and paste"),
    ("Ctrl+1 … Ctrl+9", "Copy result 1 … 9"),
    ("Esc", "Clear the search; again to minimise"),
    ("Ctrl+F  or  /", "Focus the search box"),
    ("Ctrl+D", "Favourite / unfavourite the selected phrase"),
    ("Ctrl+N", "New phrase"),
    ("Ctrl+E", "Edit the selected phrase (Ctrl+S saves, Esc cancels)"),
    ("Delete", "Move the selected phrase to the trash (Undo in the message)"),
    ("Ctrl+L", "Show the selected phrase in large type"),
    ("Ctrl+K", "Compact mode (search and results only)"),
    ("Ctrl+T", "Keep the window on top"),
    ("Ctrl+,", "Settings"),
    ("Ctrl+Shift+D", "Check a draft: blunt passages marked, kinder alternatives one click away (Esc returns)"),
    ("F1  or  ?", "This help"),
    ("In the fill-in form: Tab, Enter, Shift+Enter, Esc", "Next field, paste or copy, the other one, cancel"),
];

const DIGITS: [Key; 9] =
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];

fn pressed(context: &egui::Context, modifiers: Modifiers, key: Key) -> bool {
    context.input_mut(|input| input.consume_shortcut(&KeyboardShortcut::new(modifiers, key)))
}

/// Delete removes the selected phrase unless it would delete a character: it counts when no text
/// field has focus, or the search box has its cursor at the end (where Delete has nothing to do).
fn delete_pressed(state: &AppState, context: &egui::Context) -> bool {
    if state.view == View::Trash {
        return false;
    }
    let search = egui::Id::unique("search-box");
    let free = match context.memory(|memory| memory.focused()) {
        None => true,
        Some(focused) if focused == search => {
            egui::TextEdit::load_state(context, search).and_then(|text| text.cursor.char_range()).is_none_or(|range| {
                range.is_empty() && range.primary.index >= egui::text::CharIndex(state.query.chars().count())
            })
        }
        Some(_) => false,
    };
    free && pressed(context, Modifiers::NONE, Key::Delete)
}

/// The actions the keys pressed this frame ask for.
pub fn actions(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    if state.curation.dialog_open() {
        if pressed(context, Modifiers::NONE, Key::Escape) {
            actions.push(Action::Curate(Curate::CloseDialog));
        }
        return actions;
    }
    if let Some(editor) = &state.edit {
        if pressed(context, Modifiers::COMMAND, Key::S) {
            actions.push(Action::Curate(Curate::Save));
        } else if pressed(context, Modifiers::NONE, Key::Escape) {
            actions.push(Action::Curate(if editor.confirm_discard { Curate::KeepEditing } else { Curate::Cancel }));
        }
        return actions;
    }
    if state.fill.is_some() {
        if pressed(context, Modifiers::SHIFT, Key::Enter) {
            actions.extend([Action::Deliver(state.prefs.paste.enter.other()), Action::CopyFilled]);
        } else if pressed(context, Modifiers::NONE, Key::Enter) {
            actions.extend([Action::Deliver(state.prefs.paste.enter), Action::CopyFilled]);
        } else if pressed(context, Modifiers::NONE, Key::Escape) {
            actions.push(Action::CancelFill);
        }
        return actions;
    }
    if state.team.review_open || state.team.subscribe_open {
        // The team views close themselves on Esc (egui's modal); no other shortcut applies.
        return actions;
    }
    if state.help_open || state.large_type_open || state.settings_open {
        if pressed(context, Modifiers::NONE, Key::Escape) || pressed(context, Modifiers::NONE, Key::F1) {
            state.help_open = false;
            state.large_type_open = false;
            state.settings_open = false;
            state.focus_search();
        }
        return actions;
    }
    // Before Ctrl+D, which would also match with Shift held.
    if pressed(context, Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::D) {
        actions.push(Action::Draft(DraftAction::Toggle));
        return actions;
    }
    if state.draft.open {
        return draft_keys(state, context);
    }
    let rows = state.hits.len();
    if pressed(context, Modifiers::COMMAND, Key::N) {
        actions.push(Action::Curate(Curate::NewPhrase));
    }
    if delete_pressed(state, context)
        && let Some(phrase) = state.selected_phrase()
    {
        actions.push(Action::Curate(Curate::Delete(phrase.id.clone())));
    }
    if pressed(context, Modifiers::NONE, Key::ArrowDown) {
        actions.push(Action::Select((state.selected + 1).min(rows.saturating_sub(1))));
    }
    if pressed(context, Modifiers::NONE, Key::ArrowUp) {
        actions.push(Action::Select(state.selected.saturating_sub(1)));
    }
    if pressed(context, Modifiers::SHIFT, Key::Enter) && rows > 0 {
        actions.extend([Action::Deliver(state.prefs.paste.enter.other()), Action::CopyRow(state.selected)]);
    }
    if pressed(context, Modifiers::NONE, Key::Enter) && rows > 0 {
        actions.extend([Action::Deliver(state.prefs.paste.enter), Action::CopyRow(state.selected)]);
    }
    for (row, key) in DIGITS.iter().enumerate() {
        if pressed(context, Modifiers::COMMAND, *key) && row < rows {
            actions.push(Action::CopyRow(row));
        }
    }
    if pressed(context, Modifiers::NONE, Key::Escape) {
        if state.query.is_empty() {
            context.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
        } else {
            state.query.clear();
        }
        state.focus_search();
    }
    if pressed(context, Modifiers::COMMAND, Key::F) {
        state.focus_search();
    }
    let typing_elsewhere = context.memory(|memory| memory.focused().is_some());
    if !typing_elsewhere && pressed(context, Modifiers::NONE, Key::Slash) {
        state.focus_search();
    }
    if pressed(context, Modifiers::COMMAND, Key::D)
        && let Some(phrase) = state.selected_phrase()
    {
        actions.push(Action::ToggleFavorite(phrase.id.clone()));
    }
    if pressed(context, Modifiers::COMMAND, Key::E) && state.selected_phrase().is_some() {
        actions.push(Action::Curate(Curate::EditSelected));
    }
    if pressed(context, Modifiers::COMMAND, Key::L) {
        actions.push(Action::Toggle(Overlay::LargeType));
    }
    if pressed(context, Modifiers::COMMAND, Key::K) {
        actions.push(Action::SetCompact(!state.prefs.compact));
    }
    if pressed(context, Modifiers::COMMAND, Key::T) {
        actions.push(Action::SetAlwaysOnTop(!state.prefs.always_on_top));
    }
    if pressed(context, Modifiers::COMMAND, Key::Comma) {
        actions.push(Action::Toggle(Overlay::Settings));
    }
    let question = state.query.is_empty()
        && context
            .input(|input| input.events.iter().any(|event| matches!(event, egui::Event::Text(text) if text == "?")));
    if pressed(context, Modifiers::NONE, Key::F1) || question {
        if question {
            context.input_mut(|input| {
                input.events.retain(|event| !matches!(event, egui::Event::Text(text) if text == "?"))
            });
        }
        actions.push(Action::Toggle(Overlay::Help));
    }
    actions
}

/// In the "Check a draft" view Enter and digits belong to the editor: only Esc and F1 act.
fn draft_keys(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    if pressed(context, Modifiers::NONE, Key::Escape) {
        let action = if state.draft.fill.is_some() { DraftAction::CancelFill } else { DraftAction::Toggle };
        actions.push(Action::Draft(action));
    }
    if pressed(context, Modifiers::NONE, Key::F1) {
        actions.push(Action::Toggle(Overlay::Help));
    }
    actions
}
