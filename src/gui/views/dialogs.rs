//! What is drawn over the main window: the fill-in form, the shortcuts overlay, the large-type
//! view and settings. Each fits the window and scrolls, so its buttons are never off screen.

use chrono::{Datelike, NaiveDate};

use crate::gui::action::Action;
use crate::gui::app::{AppState, FillField, Modal};
use crate::gui::command::Command;
use crate::gui::prefs::{Profile, ThemeChoice};
use crate::gui::theme;
use crate::template::PlaceholderKind;

use super::dialog_size;

/// A modal window that never outgrows the window it sits in.
fn fitted(id: &str, context: &egui::Context, body: impl FnOnce(&mut egui::Ui)) -> egui::ModalResponse<()> {
    let size = dialog_size(context);
    egui::Modal::new(egui::Id::unique(id)).show(context, |ui| {
        ui.set_max_width(size.x.min(560.0));
        egui::ScrollArea::vertical().max_height(size.y - 24.0).show(ui, body);
    })
}

/// Like [`fitted`], with a footer (the form's buttons) that stays in sight below the scrolling
/// body however small the window.
pub(super) fn fitted_with_footer(
    id: &str,
    context: &egui::Context,
    body: impl FnOnce(&mut egui::Ui),
    footer: impl FnOnce(&mut egui::Ui),
) -> egui::ModalResponse<()> {
    let size = dialog_size(context);
    egui::Modal::new(egui::Id::unique(id)).show(context, |ui| {
        ui.set_max_width(size.x.min(560.0));
        // Leave room for two rows of buttons under the body.
        let footer_height = 3.0 * ui.spacing().interact_size.y + 16.0;
        egui::ScrollArea::vertical().max_height((size.y - 24.0 - footer_height).max(60.0)).show(ui, body);
        ui.separator();
        footer(ui);
    })
}

/// The About dialog: version, licence, and where this phrasebook and the settings live.
pub fn about(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let facts = super::about::AboutFacts::for_database(state.library.store().path().map(std::path::Path::to_path_buf));
    let mut close = false;
    let response = fitted("about", context, |ui| close = super::about::ui(&facts, ui));
    if close || response.should_close() { vec![Action::CloseModal] } else { Vec::new() }
}

/// The keyboard shortcuts, from the command table.
pub fn help(context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let response = fitted("help", context, |ui| {
        ui.heading(tr!("help-heading"));
        ui.add_space(6.0);
        egui::Grid::new("shortcuts").num_columns(2).spacing([18.0, 4.0]).show(ui, |ui| {
            ui.label(egui::RichText::new(tr!("help-type")).monospace().strong());
            ui.label(tr!("help-type-searches"));
            ui.end_row();
            for command in Command::ALL {
                let keys = command.shortcut_text(ui.ctx());
                if keys.is_empty() {
                    continue;
                }
                let keys = match command.also() {
                    Some(other) => tr!("help-keys-or", keys = keys, other = other),
                    None => keys,
                };
                ui.label(egui::RichText::new(keys).monospace().strong());
                ui.label(command.label());
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        ui.label(egui::RichText::new(tr!("help-search-syntax")).color(theme::muted(ui.visuals())));
        if ui.button(tr!("dialog-close")).clicked() {
            actions.push(Action::CloseModal);
        }
    });
    if response.should_close() {
        actions.push(Action::CloseModal);
    }
    actions
}

/// The selected phrase in large type, for reading aloud.
pub fn large_type(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(phrase) = state.selected_phrase() else { return vec![Action::CloseModal] };
    let text = phrase.content.text.clone();
    let response = fitted("large-type", context, |ui| {
        ui.add(egui::Label::new(egui::RichText::new(text).size(34.0).strong()).wrap());
        ui.add_space(10.0);
        if ui.button(tr!("dialog-close")).clicked() {
            actions.push(Action::CloseModal);
        }
    });
    if response.should_close() {
        actions.push(Action::CloseModal);
    }
    actions
}

/// The id of a form field, so tests and the focus logic can find it.
fn field_id(name: &str) -> egui::Id {
    egui::Id::unique(("fill-field", name))
}

/// The fill-in form of a phrase with blanks.
pub fn fill_form(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let enter = state.prefs.paste.enter;
    let Modal::Fill(form) = &mut state.modal else { return actions };
    let held_back = form.held_back;
    let mut footer_actions = Vec::new();
    let response = fitted_with_footer(
        "fill-in",
        context,
        |ui| {
            ui.heading(tr!("fill-heading"));
            if form.needs_review {
                ui.label(egui::RichText::new(tr!("fill-needs-review")).color(ui.visuals().warn_fg_color));
            }
            ui.add_space(6.0);
            let focus_first = std::mem::take(&mut form.focus_first);
            let lang = form.lang.clone();
            let mut first_open = true;
            // Side by side when there is room; label above field in a narrow strip.
            let narrow = dialog_size(ui.ctx()).x < 420.0;
            let field_width = if narrow { (dialog_size(ui.ctx()).x - 110.0).clamp(60.0, 320.0) } else { 300.0 };
            let mut blank = |ui: &mut egui::Ui, field: &mut FillField, label: egui::Response| {
                ui.horizontal(|ui| {
                    let picker = field.kind == PlaceholderKind::Date;
                    let response = text_field(ui, field, field_width).labelled_by(label.id);
                    if focus_first && first_open && field.value.is_empty() {
                        response.request_focus();
                        first_open = false;
                    }
                    if picker && let Some(date) = date_picker(ui, &field.name, &lang) {
                        actions.push(Action::SetFillDate { name: field.name.clone(), date });
                    }
                });
            };
            if narrow {
                for field in &mut form.fields {
                    let label = ui.label(field.name.replace('_', " "));
                    blank(ui, field, label);
                }
            } else {
                egui::Grid::new("fields").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
                    for field in &mut form.fields {
                        let label = ui.label(field.name.replace('_', " "));
                        blank(ui, field, label);
                        ui.end_row();
                    }
                });
            }
            if form.held_back {
                let blanks = form.empty_blanks().join(", ").replace('_', " ");
                ui.label(
                    egui::RichText::new(tr!("fill-still-empty", blanks = blanks))
                        .strong()
                        .color(ui.visuals().warn_fg_color),
                );
            }
            ui.add_space(8.0);
            ui.label(egui::RichText::new(tr!("fill-preview")).color(theme::muted(ui.visuals())));
            let (preview, _) = form.render();
            egui::Frame::group(ui.style()).show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("fill-preview").max_height(160.0).show(ui, |ui| {
                    ui.add(egui::Label::new(preview).wrap());
                });
            });
        },
        |ui| {
            ui.horizontal_wrapped(|ui| {
                if let Some(choice) = crate::gui::paste_back::delivery_buttons(ui, enter) {
                    footer_actions.extend([Action::Deliver(choice), Action::CopyFilled { anyway: false }]);
                }
                if held_back {
                    let keys = Command::CopyAnyway.shortcut_text(ui.ctx());
                    if ui.button(tr!("fill-copy-anyway", keys = keys)).clicked() {
                        footer_actions.push(Action::CopyFilled { anyway: true });
                    }
                }
                if ui.button(tr!("fill-cancel")).clicked() {
                    footer_actions.push(Action::CloseModal);
                }
            });
        },
    );
    actions.extend(footer_actions);
    if response.should_close() {
        actions.push(Action::CloseModal);
    }
    actions
}

/// One blank's text field. Focus by Tab or click selects what is in it, so typing replaces it
/// rather than appending ("29 November 20263 December"). An empty blank that held a copy back is
/// outlined.
pub(super) fn text_field(ui: &mut egui::Ui, field: &mut FillField, width: f32) -> egui::Response {
    let id = field_id(&field.name);
    let hint = match field.kind {
        PlaceholderKind::Date => tr!("fill-date-hint"),
        PlaceholderKind::Time => tr!("fill-time-hint"),
        _ => String::new(),
    };
    let flagged = field.marked && field.value.trim().is_empty();
    let mut edit = egui::TextEdit::singleline(&mut field.value).id(id).hint_text(hint).desired_width(width);
    if flagged {
        edit = edit.background_color(ui.visuals().warn_fg_color.gamma_multiply(0.25));
    }
    let mut output = edit.show(ui);
    let response = output.response.response.clone();
    if response.gained_focus() {
        super::results::select_all(&mut output.state, &field.value);
        output.state.store(ui.ctx(), id);
    }
    if flagged && field.value.trim().is_empty() {
        let stroke = egui::Stroke::new(2.0, ui.visuals().warn_fg_color);
        ui.painter().rect_stroke(response.rect.expand(1.0), 3.0, stroke, egui::StrokeKind::Outside);
    }
    if response.changed() {
        field.marked = false;
    }
    response
}

/// A calendar button beside a date blank; returns the day picked this frame.
fn date_picker(ui: &mut egui::Ui, name: &str, lang: &str) -> Option<NaiveDate> {
    let popup_id = egui::Id::unique(("date-picker", name));
    let button = ui.button(tr!("fill-pick")).on_hover_text(tr!("fill-pick-tooltip"));
    button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, tr!("fill-pick-blank", blank = name)));
    let mut picked = None;
    egui::Popup::menu(&button).id(popup_id).close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside).show(|ui| {
        let today = chrono::Local::now().date_naive();
        let shown_month: NaiveDate =
            ui.data(|data| data.get_temp(popup_id)).unwrap_or_else(|| today.with_day(1).unwrap_or(today));
        ui.horizontal(|ui| {
            if ui.small_button("<").clicked() {
                let previous = shown_month.pred_opt().map(|day| day.with_day(1).unwrap_or(day));
                ui.data_mut(|data| data.insert_temp(popup_id, previous.unwrap_or(shown_month)));
            }
            ui.label(egui::RichText::new(month_title(shown_month, lang)).strong());
            if ui.small_button(">").clicked() {
                let next = shown_month.checked_add_months(chrono::Months::new(1)).unwrap_or(shown_month);
                ui.data_mut(|data| data.insert_temp(popup_id, next));
            }
        });
        egui::Grid::new(("days", name)).spacing([2.0, 2.0]).show(ui, |ui| {
            for weekday in tr!("calendar-weekdays").split_whitespace() {
                ui.label(egui::RichText::new(weekday).color(theme::muted(ui.visuals())));
            }
            ui.end_row();
            let offset = shown_month.weekday().num_days_from_monday();
            for _ in 0..offset {
                ui.label("");
            }
            let mut column = offset;
            let mut day = shown_month;
            while day.month() == shown_month.month() {
                let text = egui::RichText::new(format!("{:>2}", day.day())).monospace();
                let text = if day == today { text.strong() } else { text };
                if ui.add_enabled(day >= today, egui::Button::new(text).small()).clicked() {
                    picked = Some(day);
                    ui.close();
                }
                column += 1;
                if column.is_multiple_of(7) {
                    ui.end_row();
                }
                let Some(next) = day.succ_opt() else { break };
                day = next;
            }
        });
    });
    picked
}

/// "December 2026" in the phrase's language, from the same date writer the text uses.
fn month_title(first_of_month: NaiveDate, lang: &str) -> String {
    let written = crate::template::format_date(first_of_month, lang);
    // "1 December 2026" and "December 1, 2026" → "December 2026"; ISO dates stay as they are.
    written.split(' ').filter(|word| word.trim_end_matches([',', '.']) != "1").collect::<Vec<_>>().join(" ")
}

/// The language of the window's words, each named in itself so an agent finds their own.
fn interface_language_row(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let label = ui.label(tr!("settings-interface-language"));
    let chosen = state.interface_language();
    egui::ComboBox::from_id_salt("interface-language")
        .selected_text(chosen.native_name())
        .show_ui(ui, |ui| {
            for language in crate::i18n::Language::ALL {
                if ui.selectable_label(language == chosen, language.native_name()).clicked() {
                    actions.push(Action::SetInterfaceLanguage(language));
                }
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    actions
}

/// The agent's profile lines, each filling its placeholder in every template.
fn profile_grid(state: &AppState, ui: &mut egui::Ui, fit: SettingsFit) -> Vec<Action> {
    let mut actions = Vec::new();
    let field_width = fit.field_width;
    fit.rows(ui, "profile-grid", |ui| {
        for line in Profile::ALL {
            let label = ui.label(line.label());
            let mut value = state.prefs.profile(line).to_owned();
            let hint = tr!("settings-fills", placeholder = format!("{{{}}}", line.placeholder()));
            let edit = if line == Profile::Signature {
                egui::TextEdit::multiline(&mut value).desired_rows(2)
            } else {
                egui::TextEdit::singleline(&mut value)
            };
            if ui.add(edit.hint_text(hint).desired_width(field_width)).labelled_by(label.id).changed() {
                actions.push(Action::SetProfile(line, value));
            }
            ui.end_row();
        }
    });
    actions
}

/// How the settings fit the dialog: labels beside their fields where there is room, above them
/// in a narrow window or at a large text size (a 360-pixel window at text size 2 leaves 180
/// points, less than a label and a field side by side need).
#[derive(Debug, Clone, Copy)]
struct SettingsFit {
    /// Labels above their fields.
    stacked: bool,
    /// How wide a field may be.
    field_width: f32,
}

impl SettingsFit {
    /// Below this width (in points) a label and its field no longer fit side by side.
    const SIDE_BY_SIDE_MIN: f32 = 340.0;

    fn for_width(dialog_width: f32) -> Self {
        let width = dialog_width.min(560.0);
        if width < Self::SIDE_BY_SIDE_MIN {
            Self { stacked: true, field_width: (width - 24.0).max(80.0) }
        } else {
            Self { stacked: false, field_width: (width - 140.0).clamp(80.0, 260.0) }
        }
    }

    /// Lays out rows of a label, a field and `end_row`: as a two-column grid, or stacked, where
    /// `end_row` does nothing and each label sits above its field.
    fn rows(self, ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui)) {
        if self.stacked {
            ui.vertical(|ui| {
                ui.set_max_width(self.field_width);
                add(ui);
            });
        } else {
            egui::Grid::new(id).num_columns(2).max_col_width(self.field_width).spacing([12.0, 8.0]).show(ui, add);
        }
    }
}

/// Preferences and the agent's profile.
pub fn settings(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut done = false;
    // Done stays in sight below the scrolling settings: longer labels in Dutch or Russian and a
    // large text size push it past a narrow window's edge otherwise. Fields and long checkbox
    // labels take what a narrow window leaves beside the labels.
    let fit = SettingsFit::for_width(dialog_size(context).x);
    let field_width = fit.field_width;
    let response = fitted_with_footer(
        "settings",
        context,
        |ui| {
            ui.heading(tr!("settings-heading"));
            ui.spacing_mut().slider_width = (field_width - 60.0).max(60.0);
            ui.add_space(6.0);
            ui.label(egui::RichText::new(tr!("settings-profile")).color(theme::muted(ui.visuals())));
            actions.extend(profile_grid(state, ui, fit));
            ui.separator();
            fit.rows(ui, "settings-grid", |ui| {
                actions.extend(interface_language_row(state, ui));
                ui.label(tr!("settings-theme"));
                ui.horizontal_wrapped(|ui| {
                    ui.set_max_width(field_width);
                    for (choice, label) in [
                        (ThemeChoice::System, "settings-theme-system"),
                        (ThemeChoice::Light, "settings-theme-light"),
                        (ThemeChoice::Dark, "settings-theme-dark"),
                    ] {
                        let label = tr!(label);
                        if ui.selectable_label(state.prefs.theme == choice, label).clicked() {
                            actions.push(Action::SetTheme(choice));
                        }
                    }
                });
                ui.end_row();
                let label = ui.label(tr!("settings-new-phrases-in"));
                let shown = state
                    .prefs
                    .default_lang
                    .as_deref()
                    .map_or_else(|| tr!("settings-shown-language"), theme::language_name);
                egui::ComboBox::from_id_salt("default-language")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(state.prefs.default_lang.is_none(), tr!("settings-shown-language"))
                            .clicked()
                        {
                            actions.push(Action::SetDefaultLang(None));
                        }
                        for lang in &state.library.languages {
                            let current = state.prefs.default_lang.as_ref() == Some(lang);
                            if ui.selectable_label(current, theme::language_name(lang)).clicked() {
                                actions.push(Action::SetDefaultLang(Some(lang.clone())));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(tr!("settings-text-size"));
                let mut zoom = state.prefs.zoom;
                if ui
                    .add(
                        egui::Slider::new(&mut zoom, 0.7..=2.0)
                            .step_by(0.1)
                            .custom_formatter(|value, _| crate::i18n::decimal(value, 1))
                            .custom_parser(|text| text.trim().replace(',', ".").parse().ok()),
                    )
                    .labelled_by(label.id)
                    .changed()
                {
                    actions.push(Action::SetZoom(zoom));
                }
                ui.end_row();
                ui.label(tr!("settings-global-shortcut"));
                ui.vertical(|ui| {
                    ui.set_max_width(field_width);
                    let mut enabled = state.prefs.global_shortcut.is_some();
                    if ui.checkbox(&mut enabled, tr!("settings-global-shortcut-on")).changed() {
                        actions
                            .push(Action::SetGlobalShortcut(enabled.then(|| crate::gui::hotkey::SUGGESTED.to_owned())));
                    }
                    if let Some(shortcut) = &state.prefs.global_shortcut {
                        let mut keys = shortcut.clone();
                        let label = ui.label(tr!("settings-keys"));
                        let response =
                            ui.add(egui::TextEdit::singleline(&mut keys).desired_width(160.0)).labelled_by(label.id);
                        if response.lost_focus() && &keys != shortcut {
                            actions.push(Action::SetGlobalShortcut(Some(keys)));
                        }
                    }
                });
                ui.end_row();
                let why_not = state.paste.why_not();
                if let Some(paste) = crate::gui::paste_back::settings_row(ui, &state.prefs.paste, why_not) {
                    actions.push(Action::SetPaste(paste));
                }
                ui.label(tr!("settings-window"));
                ui.vertical(|ui| {
                    ui.set_max_width(field_width);
                    let mut compact = state.prefs.compact;
                    if ui.checkbox(&mut compact, tr!("settings-compact")).changed() {
                        actions.push(Action::SetCompact(compact));
                    }
                    let mut on_top = state.prefs.always_on_top;
                    if ui.checkbox(&mut on_top, tr!("command-always-on-top")).changed() {
                        actions.push(Action::SetAlwaysOnTop(on_top));
                    }
                });
                ui.end_row();
            });
        },
        |ui| {
            done = ui.button(tr!("settings-done")).clicked();
        },
    );
    if done || response.should_close() {
        actions.push(Action::CloseModal);
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_names_the_month_without_its_day_in_every_date_order() {
        let first = NaiveDate::from_ymd_opt(2026, 12, 1).expect("valid date");
        assert_eq!(month_title(first, "en"), "December 2026");
        assert_eq!(month_title(first, "en-US"), "December 2026");
        assert_eq!(month_title(first, "nl"), "december 2026");
        assert_eq!(month_title(first, "xx"), "2026-12-01");
    }
}
