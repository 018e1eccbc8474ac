//! One panel per file; each draws from the state and returns actions.

pub mod about;
mod detail;
mod dialogs;
mod draft_check;
mod editor;
pub mod keyboard;
mod menu;
mod results;
mod sidebar;
mod team;
mod transfer;
mod trash;

use super::app::{Action, AppState, View};

/// Draws the whole window: side panel, detail pane, search and results, overlays.
pub fn draw(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    if !state.prefs.compact {
        egui::Panel::top("menu").show(ui, |ui| {
            actions.extend(menu::ui(state, ui));
        });
        egui::Panel::left("situations").resizable(true).default_size(220.0).show(ui, |ui| {
            actions.extend(sidebar::ui(state, ui));
        });
        if state.draft.open {
            egui::Panel::right("draft-findings").resizable(true).default_size(330.0).show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| actions.extend(draft_check::findings(state, ui)));
            });
        } else if state.view != View::Trash {
            // The trash lists its own phrases; the selected search result would only confuse it.
            egui::Panel::right("detail").resizable(true).default_size(330.0).show(ui, |ui| {
                actions.extend(detail::ui(state, ui));
            });
        }
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if state.draft.open {
            actions.extend(draft_check::ui(state, ui));
            return;
        }
        if state.view == View::Trash {
            actions.extend(trash::ui(state, ui));
            return;
        }
        actions.extend(results::search_bar(state, ui));
        // The box may have changed this frame: list the results for what is in it now.
        state.refresh_for_frame(ui.ctx());
        ui.add_space(4.0);
        actions.extend(results::list(state, ui));
    });
    actions.extend(editor::ui(state, ui.ctx()));
    actions.extend(transfer::import_ui(state, ui.ctx()));
    actions.extend(transfer::export_ui(state, ui.ctx()));
    actions.extend(transfer::situation_ui(state, ui.ctx()));
    actions.extend(dialogs::ui(state, ui.ctx()));
    actions.extend(team::overlays(state, ui.ctx()));
    actions
}
