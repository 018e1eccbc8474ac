//! The trash: deleted phrases, most recent first, each with Restore and Delete forever.

use egui::RichText;

use crate::gui::action::{Action, Curate, View};
use crate::gui::app::AppState;
use crate::gui::theme;

/// Draws the trash in the central panel.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.heading(tr!("trash-heading"));
        if ui.button(tr!("trash-back")).clicked() {
            actions.push(Action::ShowView(View::All));
        }
    });
    let trash = &state.curation.trash;
    let summary = match trash.len() {
        0 => tr!("trash-empty"),
        count => tr!("trash-count", count = count),
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
                    if ui.button(tr!("trash-restore")).on_hover_text(tr!("trash-restore-tooltip")).clicked() {
                        actions.push(Action::Curate(Curate::Restore(phrase.id.clone())));
                    }
                    if ui
                        .button(tr!("trash-delete-forever"))
                        .on_hover_text(tr!("trash-delete-forever-tooltip"))
                        .clicked()
                    {
                        actions.push(Action::Curate(Curate::Purge(phrase.id.clone())));
                    }
                });
            });
        }
    });
    actions
}
