//! The detail pane: the selected phrase in full, the blunt lines it replaces, why it works, and its
//! translations side by side, each copyable.

use crate::gui::action::{Action, Curate};
use crate::gui::app::AppState;
use crate::gui::command::Command;
use crate::gui::theme;
use crate::model::Status;

/// Draws the detail pane.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(phrase) = state.selected_phrase() else {
        ui.add_space(20.0);
        ui.label(egui::RichText::new(tr!("detail-select-a-phrase")).color(theme::muted(ui.visuals())));
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
        if let Some(title) = content.title.as_deref().filter(|title| !title.trim().is_empty()) {
            ui.label(egui::RichText::new(title).size(16.0).strong());
        }
        // Full contrast: the selected phrase must not look disabled.
        let strong = ui.visuals().strong_text_color();
        ui.add(egui::Label::new(egui::RichText::new(&content.text).size(16.0).color(strong)).wrap());
        ui.horizontal(|ui| {
            if ui.button(tr!("detail-copy")).clicked() {
                actions.push(Action::CopyPhrase(phrase.id.clone()));
            }
            let star = if phrase.usage.favorite { tr!("detail-unfavourite") } else { tr!("detail-favourite") };
            if ui.button(star).on_hover_text(Command::ToggleFavourite.shortcut_text(ui.ctx())).clicked() {
                actions.push(Action::ToggleFavorite(phrase.id.clone()));
            }
            if ui.button(tr!("detail-large-type")).on_hover_text(Command::LargeType.shortcut_text(ui.ctx())).clicked() {
                actions.push(Action::Run(Command::LargeType));
            }
        });
        ui.horizontal(|ui| {
            if ui.button(tr!("detail-edit")).on_hover_text(Command::EditPhrase.shortcut_text(ui.ctx())).clicked() {
                actions.push(Action::Curate(Curate::EditSelected));
            }
            if ui.button(tr!("detail-duplicate")).clicked() {
                actions.push(Action::Curate(Curate::DuplicateSelected));
            }
            if ui.button(tr!("detail-delete")).on_hover_text(Command::DeletePhrase.tooltip()).clicked() {
                actions.push(Action::Curate(Curate::Delete(phrase.id.clone())));
            }
        });
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(tr!("detail-status")).small());
            for status in Status::ALL {
                let current = content.status == status;
                if ui.selectable_label(current, theme::status_name(status)).clicked() && !current {
                    actions.push(Action::Curate(Curate::SetStatus(phrase.id.clone(), status)));
                }
            }
        });
        actions.extend(super::team::detail_section(state, phrase, ui));
        if !content.avoid.is_empty() {
            ui.add_space(8.0);
            ui.label(egui::RichText::new(tr!("detail-instead-of")).strong());
            for line in &content.avoid {
                ui.label(
                    egui::RichText::new(tr!("detail-quoted", line = line.as_str()))
                        .italics()
                        .color(theme::secondary(ui.visuals())),
                );
            }
        }
        if let Some(note) = &content.note {
            ui.add_space(8.0);
            ui.label(egui::RichText::new(tr!("detail-why")).strong());
            ui.add(egui::Label::new(note).wrap());
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            theme::badge(ui, &theme::language_name(content.lang.as_str()), true);
            for tag in &content.tags {
                theme::badge(ui, tag, false);
            }
        });
        if phrase.usage.copy_count > 0 {
            ui.label(
                egui::RichText::new(tr!("detail-copied-times", count = phrase.usage.copy_count))
                    .small()
                    .color(theme::muted(ui.visuals())),
            );
        }
        let translations = state.library.translations(phrase);
        if !translations.is_empty() {
            ui.add_space(10.0);
            ui.separator();
            ui.label(egui::RichText::new(tr!("detail-translations")).strong());
            for translation in translations {
                ui.add_space(4.0);
                ui.horizontal_wrapped(|ui| {
                    let name = theme::language_name(translation.content.lang.as_str());
                    theme::badge(ui, &name, true);
                    let unreviewed = state.needs_review(&translation.id);
                    if unreviewed {
                        ui.label(
                            egui::RichText::new(tr!("badge-needs-review")).strong().color(ui.visuals().warn_fg_color),
                        );
                    } else if translation.content.status != Status::Vetted {
                        theme::badge(ui, &theme::status_name(translation.content.status), false);
                    }
                    let copy = ui.small_button(tr!("detail-copy-language", language = &name));
                    let copy = if unreviewed { copy.on_hover_text(tr!("detail-not-reviewed")) } else { copy };
                    if copy.clicked() {
                        actions.push(Action::CopyPhrase(translation.id.clone()));
                    }
                });
                ui.add(egui::Label::new(&translation.content.text).wrap());
            }
        }
    });
    actions
}
