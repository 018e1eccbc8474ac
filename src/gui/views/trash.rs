//! The trash: deleted phrases, most recent first, each with Restore and Delete forever.

use egui::RichText;

use crate::gui::action::{Action, Curate, View};
use crate::gui::app::AppState;
use crate::gui::theme;

/// Draws the trash in the central panel.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.heading("Trash");
        if ui.button("Back to search").clicked() {
            actions.push(Action::ShowView(View::All));
        }
    });
    let trash = &state.curation.trash;
    let summary = match trash.len() {
        0 => "The trash is empty. Deleted phrases wait here until you restore them or delete them for good.".to_owned(),
        1 => "1 deleted phrase · hidden from search and export until restored".to_owned(),
        count => format!("{count} deleted phrases · hidden from search and export until restored"),
    };
    if let Some(toast) = &state.toast {
        ui.label(RichText::new(&toast.message).strong());
    }
    ui.label(RichText::new(summary).color(theme::muted(ui.visuals())));
    ui.add_space(4.0);
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for phrase in trash {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.add(egui::Label::new(RichText::new(&phrase.content.text).size(15.0)).wrap());
                ui.horizontal_wrapped(|ui| {
                    theme::badge(ui, &theme::language_name(phrase.content.lang.as_str()), true);
                    theme::badge(
                        ui,
                        &state.situation_title(phrase.content.situation.as_str(), phrase.content.lang.as_str()),
                        false,
                    );
                    theme::badge(ui, &phrase.collection, false);
                });
                ui.horizontal(|ui| {
                    if ui.button("Restore").on_hover_text("Back into search and export").clicked() {
                        actions.push(Action::Curate(Curate::Restore(phrase.id.clone())));
                    }
                    if ui.button("Delete forever").on_hover_text("Cannot be undone").clicked() {
                        actions.push(Action::Curate(Curate::Purge(phrase.id.clone())));
                    }
                });
            });
        }
    });
    actions
}
