//! Window-wide keys, read before the panels draw so arrows and Enter work while the search box has
//! focus. Which keys count depends on what is on top: one `match` on the [`Modal`], then the view
//! underneath. Keys come from the [`Command`] table and turn into actions; nothing here changes
//! the state.

use crate::gui::action::{Action, Curate, DraftAction, View};
use crate::gui::app::{AppState, Modal};
use crate::gui::command::Command;

fn run(command: Command) -> Action {
    Action::Run(command)
}

/// Delete removes the selected phrase unless it would delete a character: it counts when no text
/// field has focus (a result row's button may), or the search box has its cursor at the end
/// (where Delete has nothing to do).
fn delete_pressed(state: &AppState, context: &egui::Context) -> bool {
    let search = super::results::search_box_id();
    let free = match context.memory(|memory| memory.focused()) {
        None => true,
        Some(focused) => match egui::TextEdit::load_state(context, focused) {
            None => true,
            Some(_) if focused != search => false,
            Some(text) => text.cursor.char_range().is_none_or(|range| {
                range.is_empty() && range.primary.index >= egui::text::CharIndex(state.search.query.chars().count())
            }),
        },
    };
    free && Command::DeletePhrase.pressed(context)
}

/// The actions the keys pressed this frame ask for.
pub fn actions(state: &AppState, context: &egui::Context) -> Vec<Action> {
    match &state.modal {
        Modal::Editor(editor) => {
            if Command::SavePhrase.pressed(context) {
                vec![Action::Curate(Curate::Save)]
            } else if Command::Escape.pressed(context) {
                vec![Action::Curate(if editor.confirm_discard { Curate::KeepEditing } else { Curate::Cancel })]
            } else {
                Vec::new()
            }
        }
        Modal::Fill(_) => {
            // Ctrl+Enter before Enter: the plain shortcut would also match with Ctrl held.
            let enter = state.prefs.paste.enter;
            if Command::CopyAnyway.pressed(context) {
                vec![Action::Deliver(enter), Action::CopyFilled { anyway: true }]
            } else if Command::CopyOther.pressed(context) {
                // Before Enter, which would also match with Shift held.
                vec![Action::Deliver(enter.other()), Action::CopyFilled { anyway: false }]
            } else if Command::CopySelected.pressed(context) {
                vec![Action::Deliver(enter), Action::CopyFilled { anyway: false }]
            } else if Command::Escape.pressed(context) {
                vec![Action::CloseModal]
            } else {
                Vec::new()
            }
        }
        // The team views close themselves on Esc (egui's modal); no other key applies.
        Modal::Review | Modal::Subscribe => Vec::new(),
        Modal::Import(_) | Modal::Export(_) | Modal::Situation(_) => {
            if Command::Escape.pressed(context) {
                vec![Action::CloseModal]
            } else {
                Vec::new()
            }
        }
        Modal::Help | Modal::About | Modal::LargeType | Modal::Settings => {
            if Command::Escape.pressed(context) || Command::Help.pressed(context) {
                vec![Action::CloseModal]
            } else {
                Vec::new()
            }
        }
        Modal::None if state.draft.open => draft_keys(state, context),
        Modal::None if state.search.view == View::Trash => {
            let mut actions = window_keys(state, context);
            if Command::Escape.pressed(context) {
                actions.push(run(Command::AllPhrases));
            }
            actions
        }
        Modal::None => search_keys(state, context),
    }
}

/// Keys that work in every view when nothing is on top.
fn window_keys(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    // Shift variants before their plain forms (Ctrl+D would also match Ctrl+Shift+D).
    if Command::CheckDraft.pressed(context) {
        actions.push(run(Command::CheckDraft));
    }
    if Command::PasteAndCheck.pressed(context) {
        // The desktop also sends this chord as a paste; the emptied draft receives it instead of
        // whichever field has focus now.
        context.input_mut(|input| input.events.retain(|event| !matches!(event, egui::Event::Paste(_))));
        actions.push(run(Command::PasteAndCheck));
    }
    for command in [
        Command::NewPhrase,
        Command::Compact,
        Command::SidePanel,
        Command::DetailPane,
        Command::AlwaysOnTop,
        Command::Settings,
        Command::Help,
        Command::Quit,
    ] {
        if command.pressed(context) {
            actions.push(run(command));
        }
    }
    if !state.curation.undo.is_empty() && Command::Undo.pressed(context) {
        actions.push(run(Command::Undo));
    }
    actions
}

fn search_keys(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = window_keys(state, context);
    if actions.contains(&run(Command::CheckDraft)) || actions.contains(&run(Command::PasteAndCheck)) {
        return actions;
    }
    let rows = state.search.hits.len();
    if delete_pressed(state, context) {
        actions.push(run(Command::DeletePhrase));
    }
    for command in [
        Command::SelectNext,
        Command::SelectPrevious,
        Command::Escape,
        Command::FocusSearch,
        Command::ToggleFavourite,
        Command::EditPhrase,
        Command::LargeType,
        Command::OtherLanguages,
    ] {
        if command.pressed(context) {
            actions.push(run(command));
        }
    }
    // Enter copies only when the search box or nothing has focus: on a focused button it presses
    // that button instead.
    let focus = context.memory(|memory| memory.focused());
    let in_search = focus.is_none_or(|id| id == super::results::search_box_id());
    let enter = state.prefs.paste.enter;
    if in_search && rows > 0 && Command::CopyOther.pressed(context) {
        actions.extend([Action::Deliver(enter.other()), run(Command::CopySelected)]);
    }
    if in_search && rows > 0 && Command::CopySelected.pressed(context) {
        actions.extend([Action::Deliver(enter), run(Command::CopySelected)]);
    }
    for row in 0..rows.min(9) {
        if Command::CopyRow(row).pressed(context) {
            actions.push(run(Command::CopyRow(row)));
        }
    }
    if focus.is_none() && context.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Slash)) {
        actions.push(run(Command::FocusSearch));
    }
    if state.search.query.is_empty() && take_text(context, "?") {
        actions.push(run(Command::Help));
    }
    actions
}

/// Removes a typed character from this frame's input, reporting whether it was there.
fn take_text(context: &egui::Context, wanted: &str) -> bool {
    context.input_mut(|input| {
        let before = input.events.len();
        input.events.retain(|event| !matches!(event, egui::Event::Text(text) if text == wanted));
        input.events.len() != before
    })
}

/// In the "Check a draft" view Enter and digits belong to the editor; findings move with F6 or
/// Alt+arrows, alternatives are picked with Alt+digit, Ctrl+Enter copies the revised draft.
fn draft_keys(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = window_keys(state, context);
    if Command::Escape.pressed(context) {
        let action = if state.draft.fill.is_some() { DraftAction::CancelFill } else { DraftAction::Toggle };
        actions.push(Action::Draft(action));
    }
    let alt = egui::Modifiers::ALT;
    if Command::PreviousFinding.pressed(context) || context.input_mut(|i| i.consume_key(alt, egui::Key::ArrowUp)) {
        actions.push(run(Command::PreviousFinding));
    }
    if Command::NextFinding.pressed(context) || context.input_mut(|i| i.consume_key(alt, egui::Key::ArrowDown)) {
        actions.push(run(Command::NextFinding));
    }
    for number in 0..9 {
        if Command::PickAlternative(number).pressed(context) {
            // X11 also types the digit when Alt is held; it must not land in the draft.
            take_text(context, &(number + 1).to_string());
            actions.push(run(Command::PickAlternative(number)));
        }
    }
    if state.draft.fill.is_some() {
        // The template form of an alternative: Enter puts it in the draft.
        let in_editor = context.memory(|memory| memory.focused()) == Some(super::draft_check::editor_id());
        if !in_editor && Command::CopySelected.pressed(context) {
            actions.push(Action::Draft(DraftAction::InsertFilled));
        }
    } else if Command::CopyRevised.pressed(context) {
        actions.push(run(Command::CopyRevised));
    }
    actions
}
