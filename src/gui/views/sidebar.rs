//! The side panel: views, language, drafts, situations with counts, tags.

use crate::gui::action::{Action, DraftAction, View};
use crate::gui::app::AppState;
use crate::gui::command::Command;
use crate::gui::theme;

/// Draws the side panel.
pub fn ui(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.add_space(6.0);
    ui.heading("Tactful");
    ui.label(egui::RichText::new(tr!("sidebar-tagline")).color(theme::muted(ui.visuals())));
    ui.separator();
    for (view, label) in [
        (View::All, "sidebar-all-phrases"),
        (View::Favourites, "sidebar-favourites"),
        (View::Recent, "sidebar-recent"),
        (View::Trash, "sidebar-trash"),
    ] {
        let label = tr!(label);
        if ui.selectable_label(state.search.view == view && !state.draft.open, label).clicked() {
            if state.draft.open {
                actions.push(Action::Draft(DraftAction::Toggle));
            }
            actions.push(Action::ShowView(view));
        }
    }
    let check = ui
        .selectable_label(state.draft.open, tr!("sidebar-check-draft"))
        .on_hover_text(Command::CheckDraft.shortcut_text(ui.ctx()));
    if check.clicked() {
        actions.push(Action::Draft(DraftAction::Toggle));
    }
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label(tr!("sidebar-language"));
        let current = state.prefs.lang.as_deref().map_or_else(|| tr!("sidebar-all-languages"), theme::language_name);
        egui::ComboBox::from_id_salt("language")
            .selected_text(current)
            .show_ui(ui, |ui| {
                if ui.selectable_label(state.prefs.lang.is_none(), tr!("sidebar-all-languages")).clicked() {
                    actions.push(Action::FilterLang(None));
                }
                for lang in &state.library.languages {
                    if ui
                        .selectable_label(state.prefs.lang.as_ref() == Some(lang), theme::language_name(lang))
                        .clicked()
                    {
                        actions.push(Action::FilterLang(Some(lang.clone())));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let mut drafts = state.prefs.show_drafts;
    if ui.checkbox(&mut drafts, tr!("sidebar-include-drafts")).changed() {
        actions.push(Action::ShowDrafts(drafts));
    }
    actions.extend(super::team::sidebar_section(state, ui));
    ui.separator();
    ui.label(egui::RichText::new(tr!("sidebar-situations")).strong());
    egui::ScrollArea::vertical().id_salt("situation-list").max_height(ui.available_height() - 40.0).show(ui, |ui| {
        if ui.selectable_label(state.search.situation.is_none(), tr!("sidebar-all-situations")).clicked() {
            actions.push(Action::FilterSituation(None));
        }
        let lang = state.ui_lang();
        // Alphabetical in the language shown, not by key.
        let mut situations: Vec<_> = state.library.situations.iter().collect();
        situations.sort_by_cached_key(|situation| situation.title_in(lang).to_lowercase());
        for situation in situations {
            let count = state.library.situation_counts.get(situation.key.as_str()).copied().unwrap_or(0);
            let selected = state.search.situation.as_deref() == Some(situation.key.as_str());
            let text = tr!("sidebar-situation-count", situation = situation.title_in(lang), count = count);
            let response = ui.selectable_label(selected, text);
            let response = match situation.text_in(lang).and_then(|text| text.description.as_deref()) {
                Some(description) => response.on_hover_text(description),
                None => response,
            };
            if response.clicked() {
                actions.push(Action::FilterSituation(if selected { None } else { Some(situation.key.to_string()) }));
            }
        }
    });
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label(tr!("sidebar-tag"));
        egui::ComboBox::from_id_salt("tag")
            .selected_text(state.search.tag.clone().unwrap_or_else(|| tr!("sidebar-any-tag")))
            .show_ui(ui, |ui| {
                if ui.selectable_label(state.search.tag.is_none(), tr!("sidebar-any-tag")).clicked() {
                    actions.push(Action::FilterTag(None));
                }
                for tag in &state.library.tags {
                    if ui.selectable_label(state.search.tag.as_ref() == Some(tag), tag).clicked() {
                        actions.push(Action::FilterTag(Some(tag.clone())));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    actions
}
