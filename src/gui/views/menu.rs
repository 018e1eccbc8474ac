//! The menu bar: File (import, export, subscribe, quit), Edit (new, edit, duplicate, delete, situations) and
//! View (trash, review, check a draft, compact mode, settings, shortcuts), with a "New phrase" button always in sight.

use crate::gui::app::{Action, AppState, Overlay, View};
use crate::gui::curate::Curate;
use crate::gui::draft::DraftAction;
use crate::gui::team::TeamAction;

/// Draws the menu bar.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let selected = state.selected_phrase().map(|phrase| phrase.id.clone());
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            if ui.button("Import…").clicked() {
                actions.push(Action::Curate(Curate::OpenImport));
            }
            if ui.button("Export…").clicked() {
                actions.push(Action::Curate(Curate::OpenExport));
            }
            if ui.button("Subscribe to folder…").clicked() {
                actions.push(Action::Team(TeamAction::ToggleSubscribe));
            }
            ui.separator();
            if ui.button("Quit").clicked() {
                actions.push(Action::Quit);
            }
        });
        ui.menu_button("Edit", |ui| {
            if ui.add(egui::Button::new("New phrase").shortcut_text("Ctrl+N")).clicked() {
                actions.push(Action::Curate(Curate::NewPhrase));
            }
            let has_selection = selected.is_some();
            if ui.add_enabled(has_selection, egui::Button::new("Edit phrase").shortcut_text("Ctrl+E")).clicked() {
                actions.push(Action::Curate(Curate::EditSelected));
            }
            if ui.add_enabled(has_selection, egui::Button::new("Duplicate phrase")).clicked() {
                actions.push(Action::Curate(Curate::DuplicateSelected));
            }
            if ui.add_enabled(has_selection, egui::Button::new("Delete phrase").shortcut_text("Delete")).clicked()
                && let Some(phrase_id) = &selected
            {
                actions.push(Action::Curate(Curate::Delete(phrase_id.clone())));
            }
            ui.separator();
            if ui.button("New situation…").clicked() {
                actions.push(Action::Curate(Curate::OpenSituation(None)));
            }
            if let Some(key) = &state.situation
                && ui.button("Rename this situation…").clicked()
            {
                actions.push(Action::Curate(Curate::OpenSituation(Some(key.clone()))));
            }
        });
        ui.menu_button("View", |ui| {
            if ui.button("Phrases").clicked() {
                actions.push(Action::ShowView(View::All));
            }
            if ui.button("Trash").clicked() {
                actions.push(Action::ShowView(View::Trash));
            }
            if ui.button("Review").clicked() {
                actions.push(Action::Team(TeamAction::ToggleReview));
            }
            if ui.add(egui::Button::new("Check a draft").shortcut_text("Ctrl+Shift+D")).clicked() {
                actions.push(Action::Draft(DraftAction::Toggle));
            }
            if ui.add(egui::Button::new("Compact mode").shortcut_text("Ctrl+K")).clicked() {
                actions.push(Action::SetCompact(!state.prefs.compact));
            }
            ui.separator();
            if ui.add(egui::Button::new("Settings").shortcut_text("Ctrl+,")).clicked() {
                actions.push(Action::Toggle(Overlay::Settings));
            }
            if ui.add(egui::Button::new("Keyboard shortcuts").shortcut_text("F1")).clicked() {
                actions.push(Action::Toggle(Overlay::Help));
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("New phrase").on_hover_text("Ctrl+N").clicked() {
                actions.push(Action::Curate(Curate::NewPhrase));
            }
        });
    });
    actions
}
