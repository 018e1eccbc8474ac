//! The menu bar: File, Edit and View, every entry from the command table with the platform's
//! shortcut text (Cmd on macOS), and a "New phrase" button always in sight.

use crate::gui::action::{Action, Curate};
use crate::gui::app::AppState;
use crate::gui::command::Command;

/// Draws the menu bar.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let has_selection = state.selected_phrase().is_some();
    egui::MenuBar::new().ui(ui, |ui| {
        // Wrapped: four Russian or Dutch menu names at a large text size are wider than a narrow
        // window, and the last would be cut off instead of moving to a second row.
        ui.horizontal_wrapped(|ui| menus(state, ui, &mut actions, has_selection));
        new_phrase_button(ui, &mut actions);
    });
    actions
}

/// The "New phrase" button at the right, only where it fits beside the menus: in a narrow window
/// with longer Dutch or Russian menu names it would cover Help (or the menus took two rows);
/// Edit → New phrase and Ctrl+N stay.
fn new_phrase_button(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let label = tr!("command-new-phrase");
    let galley = egui::WidgetText::from(label.as_str()).into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Button,
    );
    let needed = galley.size().x + 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    if ui.available_width() >= needed {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let hint = Command::NewPhrase.shortcut_text(ui.ctx());
            if ui.button(label).on_hover_text(hint).clicked() {
                actions.push(Action::Run(Command::NewPhrase));
            }
        });
    }
}

/// File, Edit, View and Help.
fn menus(state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>, has_selection: bool) {
    ui.menu_button(tr!("menu-file"), |ui| {
        entry(ui, actions, Command::Import, true);
        entry(ui, actions, Command::Export, true);
        entry(ui, actions, Command::Subscribe, true);
        ui.separator();
        entry(ui, actions, Command::Quit, true);
    });
    ui.menu_button(tr!("menu-edit"), |ui| {
        entry(ui, actions, Command::NewPhrase, true);
        entry(ui, actions, Command::EditPhrase, has_selection);
        entry(ui, actions, Command::DuplicatePhrase, has_selection);
        entry(ui, actions, Command::DeletePhrase, has_selection);
        entry(ui, actions, Command::Undo, !state.curation.undo.is_empty());
        ui.separator();
        if ui.button(tr!("menu-new-situation")).clicked() {
            actions.push(Action::Curate(Curate::OpenSituation(None)));
        }
        if let Some(key) = &state.search.situation
            && ui.button(tr!("menu-rename-situation")).clicked()
        {
            actions.push(Action::Curate(Curate::OpenSituation(Some(key.clone()))));
        }
    });
    ui.menu_button(tr!("menu-view"), |ui| {
        entry(ui, actions, Command::AllPhrases, true);
        entry(ui, actions, Command::Trash, true);
        entry(ui, actions, Command::Review, true);
        entry(ui, actions, Command::CheckDraft, true);
        ui.separator();
        entry(ui, actions, Command::SidePanel, true);
        entry(ui, actions, Command::DetailPane, true);
        entry(ui, actions, Command::Compact, true);
        entry(ui, actions, Command::AlwaysOnTop, true);
        ui.separator();
        entry(ui, actions, Command::Settings, true);
    });
    ui.menu_button(tr!("menu-help"), |ui| {
        entry(ui, actions, Command::Help, true);
        entry(ui, actions, Command::About, true);
    });
}

/// One menu entry from the command table.
fn entry(ui: &mut egui::Ui, actions: &mut Vec<Action>, command: Command, enabled: bool) {
    if command.menu_button(ui, enabled) {
        actions.push(Action::Run(command));
    }
}
