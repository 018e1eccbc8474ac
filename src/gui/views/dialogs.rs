//! What is drawn over the main window: the template fill-in form, the shortcuts overlay, the
//! large-type view, settings, and the toast ("Copied", or "Deleted … Undo").

use crate::gui::app::{Action, AppState, Overlay};
use crate::gui::curate::Curate;
use crate::gui::prefs::ThemeChoice;
use crate::gui::theme;

use super::keyboard::SHORTCUTS;

/// Draws whichever overlays are open.
pub fn ui(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    if state.fill.is_some() {
        actions.extend(fill_form(state, context));
    }
    if state.help_open {
        egui::Modal::new(egui::Id::unique("help")).show(context, |ui| {
            ui.heading("Keyboard shortcuts");
            ui.add_space(6.0);
            egui::Grid::new("shortcuts").num_columns(2).spacing([18.0, 6.0]).show(ui, |ui| {
                for (keys, meaning) in SHORTCUTS {
                    ui.label(egui::RichText::new(*keys).monospace().strong());
                    ui.label(*meaning);
                    ui.end_row();
                }
            });
            ui.add_space(6.0);
            ui.label(
                egui::RichText::new("Search: 'exact  ^start  !exclude  \"two words\"")
                    .small()
                    .color(theme::muted(ui.visuals())),
            );
            if ui.button("Close").clicked() {
                actions.push(Action::Toggle(Overlay::Help));
            }
        });
    }
    if state.large_type_open
        && let Some(phrase) = state.selected_phrase()
    {
        let text = phrase.content.text.clone();
        egui::Modal::new(egui::Id::unique("large-type")).show(context, |ui| {
            ui.set_max_width(context.content_rect().width() * 0.85);
            ui.add(egui::Label::new(egui::RichText::new(text).size(34.0).strong()).wrap());
            ui.add_space(10.0);
            if ui.button("Close (Esc)").clicked() {
                actions.push(Action::Toggle(Overlay::LargeType));
            }
        });
    }
    if state.settings_open {
        actions.extend(settings(state, context));
    }
    if let Some((message, _)) = &state.toast {
        let undo = state.curation.undo.is_some();
        egui::Area::new(egui::Id::unique("toast"))
            .anchor(egui::Align2::CENTER_BOTTOM, [0.0, -18.0])
            .interactable(undo)
            .order(egui::Order::Foreground)
            .show(context, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(egui::RichText::new(message).strong());
                        if undo && ui.button("Undo").clicked() {
                            actions.push(Action::Curate(Curate::Undo));
                        }
                    })
                });
            });
    }
    actions
}

fn fill_form(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let enter = state.prefs.paste.enter;
    let Some(form) = state.fill.as_mut() else {
        return actions;
    };
    egui::Modal::new(egui::Id::unique("fill-in")).show(context, |ui| {
        ui.set_width(460.0);
        ui.heading("Fill in the template");
        ui.add_space(6.0);
        egui::Grid::new("fields").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let focus_first = std::mem::take(&mut form.focus_first);
            for (index, (name, value)) in form.fields.iter_mut().enumerate() {
                let label = ui.label(name.replace('_', " "));
                let response = ui.add(egui::TextEdit::singleline(value).desired_width(300.0)).labelled_by(label.id);
                if focus_first && index == 0 {
                    response.request_focus();
                }
                ui.end_row();
            }
        });
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Preview").small().color(theme::muted(ui.visuals())));
        let preview = form.template.render_plain(&form.values());
        egui::ScrollArea::vertical().max_height(220.0).show(ui, |ui| {
            ui.add(egui::Label::new(preview).wrap());
        });
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if let Some(choice) = crate::gui::paste_back::delivery_buttons(ui, enter) {
                actions.extend([Action::Deliver(choice), Action::CopyFilled]);
            }
            if ui.button("Cancel (Esc)").clicked() {
                actions.push(Action::CancelFill);
            }
            ui.label(egui::RichText::new("copied as plain text and as HTML").small().color(theme::muted(ui.visuals())));
        });
    });
    actions
}

fn settings(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    egui::Modal::new(egui::Id::unique("settings")).show(context, |ui| {
        ui.heading("Settings");
        ui.add_space(6.0);
        egui::Grid::new("settings-grid").num_columns(2).spacing([12.0, 8.0]).show(ui, |ui| {
            let label = ui.label("Your name");
            let mut name = state.prefs.agent_name.clone();
            if ui
                .add(egui::TextEdit::singleline(&mut name).hint_text("fills {agent_name}"))
                .labelled_by(label.id)
                .changed()
            {
                actions.push(Action::SetAgentName(name));
            }
            ui.end_row();
            ui.label("Theme");
            ui.horizontal(|ui| {
                for (choice, label) in
                    [(ThemeChoice::System, "System"), (ThemeChoice::Light, "Light"), (ThemeChoice::Dark, "Dark")]
                {
                    if ui.selectable_label(state.prefs.theme == choice, label).clicked() {
                        actions.push(Action::SetTheme(choice));
                    }
                }
            });
            ui.end_row();
            let label = ui.label("New phrases in");
            egui::ComboBox::from_id_salt("default-language")
                .selected_text(state.prefs.default_lang.clone().unwrap_or_else(|| "the shown language".to_owned()))
                .show_ui(ui, |ui| {
                    if ui.selectable_label(state.prefs.default_lang.is_none(), "the shown language").clicked() {
                        actions.push(Action::SetDefaultLang(None));
                    }
                    for lang in &state.languages {
                        if ui.selectable_label(state.prefs.default_lang.as_ref() == Some(lang), lang).clicked() {
                            actions.push(Action::SetDefaultLang(Some(lang.clone())));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Text size");
            let mut zoom = state.prefs.zoom;
            if ui.add(egui::Slider::new(&mut zoom, 0.7..=2.0).step_by(0.1)).labelled_by(label.id).changed() {
                actions.push(Action::SetZoom(zoom));
            }
            ui.end_row();
            ui.label("Global shortcut");
            ui.vertical(|ui| {
                let mut enabled = state.prefs.global_shortcut.is_some();
                if ui.checkbox(&mut enabled, "Bring Tactful forward from any app (X11, Windows, macOS)").changed() {
                    actions.push(Action::SetGlobalShortcut(enabled.then(|| crate::gui::hotkey::SUGGESTED.to_owned())));
                }
                if let Some(shortcut) = &state.prefs.global_shortcut {
                    let mut keys = shortcut.clone();
                    let label = ui.label("Keys");
                    let response =
                        ui.add(egui::TextEdit::singleline(&mut keys).desired_width(160.0)).labelled_by(label.id);
                    if response.lost_focus() && &keys != shortcut {
                        actions.push(Action::SetGlobalShortcut(Some(keys)));
                    }
                }
            });
            ui.end_row();
            if let Some(paste) = crate::gui::paste_back::settings_row(ui, &state.prefs.paste, state.paste.why_not()) {
                actions.push(Action::SetPaste(paste));
            }
            ui.label("Window");
            ui.vertical(|ui| {
                let mut compact = state.prefs.compact;
                if ui.checkbox(&mut compact, "Compact (search and results only)").changed() {
                    actions.push(Action::SetCompact(compact));
                }
                let mut on_top = state.prefs.always_on_top;
                if ui.checkbox(&mut on_top, "Always on top").changed() {
                    actions.push(Action::SetAlwaysOnTop(on_top));
                }
            });
            ui.end_row();
        });
        ui.add_space(8.0);
        if ui.button("Done").clicked() {
            actions.push(Action::Toggle(Overlay::Settings));
        }
    });
    actions
}
