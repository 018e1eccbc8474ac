//! The detail pane: the selected phrase in full, the blunt lines it replaces, why it works, and its
//! translations side by side, each copyable.

use crate::gui::app::{Action, AppState, Overlay};
use crate::gui::curate::Curate;
use crate::gui::theme;
use crate::model::Status;

/// Draws the detail pane.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(phrase) = state.selected_phrase() else {
        ui.add_space(20.0);
        ui.label(egui::RichText::new("Select a phrase to see it in full.").color(theme::muted(ui.visuals())));
        return actions;
    };
    egui::ScrollArea::vertical().id_salt("detail").show(ui, |ui| {
        ui.add_space(6.0);
        let content = &phrase.content;
        ui.label(
            egui::RichText::new(state.situation_title(content.situation.as_str(), content.lang.as_str()))
                .small()
                .color(theme::muted(ui.visuals())),
        );
        ui.add(egui::Label::new(egui::RichText::new(&content.text).size(16.0)).wrap());
        ui.horizontal(|ui| {
            if ui.button("Copy").clicked() {
                actions.push(Action::CopyPhrase(phrase.id.clone()));
            }
            let star = if phrase.usage.favorite { "Unfavourite" } else { "Favourite" };
            if ui.button(star).on_hover_text("Ctrl+D").clicked() {
                actions.push(Action::ToggleFavorite(phrase.id.clone()));
            }
            if ui.button("Large type").on_hover_text("Ctrl+L").clicked() {
                actions.push(Action::Toggle(Overlay::LargeType));
            }
        });
        ui.horizontal(|ui| {
            if ui.button("Edit phrase").on_hover_text("Ctrl+E").clicked() {
                actions.push(Action::Curate(Curate::EditSelected));
            }
            if ui.button("Duplicate").clicked() {
                actions.push(Action::Curate(Curate::DuplicateSelected));
            }
            if ui.button("Delete").on_hover_text("Delete key; undo from the message or the trash").clicked() {
                actions.push(Action::Curate(Curate::Delete(phrase.id.clone())));
            }
        });
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new("Status").small());
            for status in Status::ALL {
                let current = content.status == status;
                if ui.selectable_label(current, status.as_str()).clicked() && !current {
                    actions.push(Action::Curate(Curate::SetStatus(phrase.id.clone(), status)));
                }
            }
        });
        actions.extend(super::team::detail_section(state, phrase, ui));
        if !content.avoid.is_empty() {
            ui.add_space(8.0);
            ui.label(egui::RichText::new("Instead of").strong());
            for line in &content.avoid {
                ui.label(egui::RichText::new(line).strikethrough().color(theme::muted(ui.visuals())));
            }
        }
        if let Some(note) = &content.note {
            ui.add_space(8.0);
            ui.label(egui::RichText::new("Why it works").strong());
            ui.add(egui::Label::new(note).wrap());
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            theme::badge(ui, content.lang.as_str(), true);
            for tag in &content.tags {
                theme::badge(ui, tag, false);
            }
        });
        if phrase.usage.copy_count > 0 {
            ui.label(
                egui::RichText::new(format!("Copied {} times", phrase.usage.copy_count))
                    .small()
                    .color(theme::muted(ui.visuals())),
            );
        }
        let translations = state.translations(phrase);
        if !translations.is_empty() {
            ui.add_space(10.0);
            ui.separator();
            ui.label(egui::RichText::new("Translations").strong());
            for translation in translations {
                ui.add_space(4.0);
                ui.horizontal(|ui| {
                    theme::badge(ui, translation.content.lang.as_str(), true);
                    if ui.small_button(format!("Copy {}", translation.content.lang)).clicked() {
                        actions.push(Action::CopyPhrase(translation.id.clone()));
                    }
                });
                ui.add(egui::Label::new(&translation.content.text).wrap());
            }
        }
    });
    actions
}
