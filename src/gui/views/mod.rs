//! One panel per file; each draws from the state and returns actions. The panes are laid out by
//! hand rather than as egui side panels so that they are *drawn* in the order Tab should visit
//! them (search → results → detail → side panel) while sitting left to right on screen.

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

use super::action::{Action, View};
use super::app::{AppState, Modal};
use super::layout::{DETAIL_MIN_WIDTH, SIDE_WIDTH};

/// Draws the whole window: menu, side panel, results, detail pane, and whatever is on top.
pub fn draw(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    if !state.prefs.compact {
        egui::Panel::top("menu").show(ui, |ui| {
            actions.extend(menu::ui(state, ui));
        });
    }
    let panes = state.panes;
    egui::CentralPanel::default().show(ui, |ui| {
        let whole = ui.available_rect_before_wrap();
        let gap = 10.0;
        let mut main = whole;
        let side = panes.side.then(|| {
            let side = egui::Rect::from_min_max(whole.min, egui::pos2(whole.min.x + SIDE_WIDTH, whole.max.y));
            main.min.x = side.max.x + gap;
            side
        });
        let detail = panes.detail.then(|| {
            let width = (main.width() * 0.4).clamp(DETAIL_MIN_WIDTH, 460.0).min(main.width() * 0.5);
            let detail = egui::Rect::from_min_max(egui::pos2(main.max.x - width, main.min.y), main.max);
            main.max.x = detail.min.x - gap;
            detail
        });
        let painter = ui.painter().clone();
        let line = ui.visuals().widgets.noninteractive.bg_stroke;
        ui.scope_builder(egui::UiBuilder::new().max_rect(main).id_salt("main-pane"), |ui| {
            actions.extend(main_pane(state, ui));
        });
        if let Some(detail) = detail {
            painter.vline(detail.min.x - gap / 2.0, detail.y_range(), line);
            ui.scope_builder(egui::UiBuilder::new().max_rect(detail).id_salt("detail-pane"), |ui| {
                if state.draft.open {
                    egui::ScrollArea::vertical()
                        .id_salt("draft-findings")
                        .show(ui, |ui| actions.extend(draft_check::findings(state, ui)));
                } else if state.search.view == View::Trash {
                    ui.label(tr!("detail-restore-to-see"));
                } else {
                    actions.extend(detail::ui(state, ui));
                }
            });
        }
        if let Some(side) = side {
            painter.vline(side.max.x + gap / 2.0, side.y_range(), line);
            ui.scope_builder(egui::UiBuilder::new().max_rect(side).id_salt("side-pane"), |ui| {
                actions.extend(sidebar::ui(state, ui));
            });
        }
    });
    actions.extend(modal(state, ui.ctx()));
    actions
}

/// The middle column: the search and its results, the trash, or Check a draft.
fn main_pane(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    if state.draft.open {
        actions.extend(draft_check::ui(state, ui));
    } else if state.search.view == View::Trash {
        actions.extend(trash::ui(state, ui));
    } else {
        actions.extend(results::search_bar(state, ui));
        // The box may have changed this frame: list the results for what is in it now.
        state.refresh_for_frame(ui.ctx());
        ui.add_space(2.0);
        actions.extend(results::status_line(state, ui));
        ui.add_space(2.0);
        actions.extend(results::list(state, ui));
    }
    actions
}

/// Whatever sits on top of the window.
fn modal(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    match &state.modal {
        Modal::None => Vec::new(),
        Modal::Help => dialogs::help(context),
        Modal::About => dialogs::about(state, context),
        Modal::LargeType => dialogs::large_type(state, context),
        Modal::Settings => dialogs::settings(state, context),
        Modal::Fill(_) => dialogs::fill_form(state, context),
        Modal::Editor(_) => editor::ui(state, context),
        Modal::Import(_) => transfer::import_ui(state, context),
        Modal::Export(_) => transfer::export_ui(state, context),
        Modal::Situation(_) => transfer::situation_ui(state, context),
        Modal::Review => team::review(state, context),
        Modal::Subscribe => team::subscribe(state, context),
    }
}

/// The largest a dialog may be in this window, so its buttons stay on screen.
pub fn dialog_size(context: &egui::Context) -> egui::Vec2 {
    let screen = context.content_rect().size();
    // Never wider than the window: at text size 2 a 360-pixel window is 180 points wide.
    egui::vec2((screen.x - 24.0).max(screen.x * 0.9), (screen.y - 48.0).max(screen.y * 0.8))
}
