//! The phrase editor: text with its placeholders highlighted and a live fill-in preview, a
//! searchable situation picker, blunt lines as a list, and the group's other languages side by
//! side. It edits the [`Editor`] state in place and returns actions for everything that saves.

use egui::text::LayoutJob;
use egui::{RichText, TextFormat};

use crate::gui::action::{Action, Curate};
use crate::gui::app::AppState;
use crate::gui::editor::{EditTarget, Editor, TranslationDraft};
use crate::gui::theme;
use crate::model::{Situation, Status};

/// How many situations and link candidates the pickers show at once.
const PICKER_ROWS: usize = 6;

/// Draws the editor (and its "discard changes?" question) if it is open.
pub fn ui(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    if state.editor().is_none() {
        return actions;
    }
    let candidates: Vec<(crate::model::PhraseId, String, String)> = state
        .link_candidates(PICKER_ROWS)
        .into_iter()
        .map(|phrase| (phrase.id.clone(), phrase.content.lang.to_string(), phrase.content.text.clone()))
        .collect();
    let lang = state.ui_lang().to_owned();
    let situations = state.library.situations.clone();
    let Some(editor) = state.editor_mut() else { return actions };
    let screen = context.content_rect();
    let modal = egui::Modal::new(egui::Id::unique("editor")).show(context, |ui| {
        ui.set_width((screen.width() * 0.9).min(900.0));
        ui.horizontal(|ui| {
            ui.heading(match editor.target {
                EditTarget::New => tr!("editor-new-heading"),
                EditTarget::Existing(_) => tr!("editor-edit-heading"),
            });
        });
        ui.add_space(4.0);
        egui::ScrollArea::vertical().max_height(screen.height() * 0.76).show(ui, |ui| {
            header_fields(editor, ui);
            ui.add_space(4.0);
            situation_picker(editor, &situations, &lang, ui, &mut actions);
            ui.add_space(4.0);
            text_field(editor, ui);
            ui.add_space(4.0);
            avoid_list(editor, ui);
            ui.add_space(4.0);
            ui.columns(2, |columns| {
                let label = columns[0].label(tr!("editor-tags"));
                columns[0]
                    .add(egui::TextEdit::singleline(&mut editor.tags).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                let label = columns[1].label(tr!("editor-why"));
                columns[1]
                    .add(egui::TextEdit::multiline(&mut editor.note).desired_rows(2).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
            });
            ui.add_space(6.0);
            translations(editor, &candidates, ui, &mut actions);
        });
        ui.separator();
        if let Some(error) = &editor.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(tr!("editor-save")).clicked() {
                actions.push(Action::Curate(Curate::Save));
            }
            if ui.button(tr!("editor-cancel")).clicked() {
                actions.push(Action::Curate(Curate::Cancel));
            }
            if editor.has_unsaved_changes() {
                ui.label(RichText::new(tr!("editor-unsaved")).small().color(theme::muted(ui.visuals())));
            }
        });
    });
    settle(context, modal.response.rect);
    if editor.confirm_discard {
        egui::Modal::new(egui::Id::unique("discard")).show(context, |ui| {
            ui.heading(tr!("editor-discard-heading"));
            ui.label(tr!("editor-discard-body"));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(tr!("editor-discard")).clicked() {
                    actions.push(Action::Curate(Curate::Discard));
                }
                if ui.button(tr!("editor-keep-editing")).clicked() {
                    actions.push(Action::Curate(Curate::KeepEditing));
                }
            });
        });
    }
    actions
}

/// A tall modal can take a few frames to find its size and centre; until its place stops moving,
/// ask for another frame, so it never waits off-centre for the next mouse move.
fn settle(context: &egui::Context, rect: egui::Rect) {
    let key = egui::Id::unique("editor-rect");
    let previous = context.data(|data| data.get_temp::<egui::Rect>(key));
    if previous != Some(rect) {
        context.data_mut(|data| data.insert_temp(key, rect));
        context.request_repaint();
    }
}

fn header_fields(editor: &mut Editor, ui: &mut egui::Ui) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("editor-language"));
        ui.add(egui::TextEdit::singleline(&mut editor.lang).desired_width(56.0)).labelled_by(label.id);
        ui.add_space(12.0);
        ui.label(tr!("editor-status"));
        for status in Status::ALL {
            ui.radio_value(&mut editor.status, status, theme::status_name(status));
        }
        ui.add_space(12.0);
        let label = ui.label(tr!("editor-collection"));
        let new = editor.target == EditTarget::New;
        ui.add_enabled(new, egui::TextEdit::singleline(&mut editor.collection).desired_width(170.0))
            .labelled_by(label.id)
            .on_disabled_hover_text(tr!("editor-collection-fixed"));
    });
}

fn situation_picker(
    editor: &mut Editor,
    situations: &[Situation],
    lang: &str,
    ui: &mut egui::Ui,
    actions: &mut Vec<Action>,
) {
    let current = situations.iter().find(|situation| situation.key.as_str() == editor.situation);
    let mut entered = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr!("editor-situation")).strong());
        match current {
            Some(situation) => {
                theme::badge(ui, situation.title_in(lang), true);
                if ui.small_button(tr!("editor-rename-situation")).clicked() {
                    actions.push(Action::Curate(Curate::OpenSituation(Some(situation.key.to_string()))));
                }
            }
            None if editor.situation.is_empty() => {
                ui.label(RichText::new(tr!("editor-no-situation")).color(ui.visuals().warn_fg_color));
            }
            None => {
                ui.label(
                    RichText::new(tr!("editor-unknown-situation", key = &editor.situation))
                        .color(ui.visuals().warn_fg_color),
                );
            }
        }
        ui.add_space(12.0);
        let label = ui.label(tr!("editor-find-situation"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut editor.situation_query)
                    .hint_text(tr!("editor-find-situation-hint"))
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        entered = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if ui.button(tr!("menu-new-situation")).clicked() {
            actions.push(Action::Curate(Curate::OpenSituation(None)));
        }
    });
    let query = crate::search::fold::fold(&editor.situation_query);
    if query.trim().is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let matches = situations
            .iter()
            .filter(|situation| {
                let haystack = crate::search::fold::fold(&format!(
                    "{} {} {}",
                    situation.key.as_str(),
                    situation.title_in(lang),
                    situation.title_in("en")
                ));
                query.split_whitespace().all(|word| haystack.contains(word))
            })
            .take(PICKER_ROWS);
        let mut any = false;
        for situation in matches {
            let first = !any;
            any = true;
            let selected = situation.key.as_str() == editor.situation;
            if ui.selectable_label(selected, situation.title_in(lang)).clicked() || (first && entered) {
                editor.situation = situation.key.to_string();
                editor.situation_query.clear();
            }
        }
        if !any {
            ui.label(RichText::new(tr!("editor-no-situation-matches")).small().color(theme::muted(ui.visuals())));
        }
    });
}

/// Lays out phrase text with each `{placeholder}` in the accent colour (`{{` and `}}` stay plain).
pub fn placeholder_job(text: &str, ui: &egui::Ui) -> LayoutJob {
    let visuals = ui.visuals();
    let normal = TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color: visuals.text_color(),
        ..Default::default()
    };
    let marked = TextFormat {
        color: theme::accent(visuals),
        background: theme::accent(visuals).gamma_multiply(0.15),
        ..normal.clone()
    };
    let mut job = LayoutJob::default();
    let mut rest = text;
    while !rest.is_empty() {
        let Some(open) = rest.find('{') else {
            job.append(rest, 0.0, normal.clone());
            break;
        };
        if rest[open..].starts_with("{{") {
            job.append(&rest[..open + 2], 0.0, normal.clone());
            rest = &rest[open + 2..];
            continue;
        }
        job.append(&rest[..open], 0.0, normal.clone());
        let end = rest[open..].find('}').map_or(rest.len(), |close| open + close + 1);
        job.append(&rest[open..end], 0.0, marked.clone());
        rest = &rest[end..];
    }
    job
}

fn text_field(editor: &mut Editor, ui: &mut egui::Ui) {
    let label = ui.label(tr!("editor-title"));
    ui.add(egui::TextEdit::singleline(&mut editor.title).desired_width(f32::INFINITY)).labelled_by(label.id);
    ui.add_space(4.0);
    let label = ui.label(RichText::new(tr!("editor-text")).strong());
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = placeholder_job(buffer.as_str(), ui);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    };
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut editor.text)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text(tr!("editor-text-hint"))
                .layouter(&mut layouter),
        )
        .labelled_by(label.id);
    if std::mem::take(&mut editor.focus_text) {
        response.request_focus();
    }
    match editor.placeholders() {
        Err(error) => {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        Ok(names) if names.is_empty() => {
            ui.label(RichText::new(tr!("editor-no-placeholders")).small().color(theme::muted(ui.visuals())));
        }
        Ok(names) => {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(tr!("editor-placeholders")).small());
                for name in &names {
                    theme::badge(ui, &format!("{{{name}}}"), true);
                }
            });
            fill_in_preview(editor, &names, ui);
        }
    }
}

fn fill_in_preview(editor: &mut Editor, names: &[String], ui: &mut egui::Ui) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("editor-form-preview")).small().strong());
        ui.columns(2, |columns| {
            egui::Grid::new("preview-fields").num_columns(2).spacing([8.0, 4.0]).show(&mut columns[0], |ui| {
                for name in names {
                    let label = ui.label(name.replace('_', " "));
                    let value = editor.preview_values.entry(name.clone()).or_default();
                    ui.add(egui::TextEdit::singleline(value).desired_width(150.0).hint_text(tr!("editor-sample")))
                        .labelled_by(label.id);
                    ui.end_row();
                }
            });
            if let Some(preview) = editor.preview() {
                columns[1].add(egui::Label::new(RichText::new(preview).italics()).wrap());
            }
        });
    });
}

fn avoid_list(editor: &mut Editor, ui: &mut egui::Ui) {
    ui.label(RichText::new(tr!("editor-blunt-lines")).strong());
    let mut remove = None;
    for (index, line) in editor.avoid.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui.small_button(tr!("editor-remove")).on_hover_text(tr!("editor-remove-tooltip")).clicked() {
                remove = Some(index);
            }
            ui.label(RichText::new(line).strikethrough());
        });
    }
    if let Some(index) = remove {
        editor.avoid.remove(index);
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!("editor-new-blunt-line"));
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut editor.new_avoid)
                    .desired_width(320.0)
                    .hint_text(tr!("editor-new-blunt-line-hint")),
            )
            .labelled_by(label.id);
        let entered = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if ui.button(tr!("editor-add")).clicked() || entered {
            editor.add_avoid_line();
            if entered {
                response.request_focus();
            }
        }
    });
}

fn translations(
    editor: &mut Editor,
    candidates: &[(crate::model::PhraseId, String, String)],
    ui: &mut egui::Ui,
    actions: &mut Vec<Action>,
) {
    ui.separator();
    ui.label(RichText::new(tr!("detail-translations")).strong());
    if editor.translations.is_empty() {
        ui.label(RichText::new(tr!("editor-no-translations")).small().color(theme::muted(ui.visuals())));
    } else {
        let count = editor.translations.len().min(4);
        for chunk in editor.translations.chunks_mut(count) {
            ui.columns(count, |columns| {
                for (column, draft) in columns.iter_mut().zip(chunk.iter_mut()) {
                    translation_column(draft, column);
                }
            });
        }
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!("editor-add-language"));
        ui.add(egui::TextEdit::singleline(&mut editor.new_translation_lang).desired_width(56.0).hint_text("nl"))
            .labelled_by(label.id);
        let lang = editor.new_translation_lang.trim().to_owned();
        let taken = lang == editor.lang || editor.translations.iter().any(|draft| draft.lang == lang);
        if ui.add_enabled(!lang.is_empty() && !taken, egui::Button::new(tr!("editor-add-translation"))).clicked() {
            editor.translations.push(TranslationDraft {
                phrase_id: None,
                lang,
                text: String::new(),
                stored_text: None,
                unlink: false,
            });
            editor.new_translation_lang.clear();
        }
    });
    if editor.target == EditTarget::New {
        ui.label(RichText::new(tr!("editor-save-before-link")).small().color(theme::muted(ui.visuals())));
        return;
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr!("editor-link-existing"));
        ui.add(
            egui::TextEdit::singleline(&mut editor.link_query).desired_width(300.0).hint_text(tr!("editor-link-hint")),
        )
        .labelled_by(label.id);
    });
    for (phrase_id, lang, text) in candidates {
        ui.horizontal(|ui| {
            if ui
                .small_button(tr!("editor-link-language", language = lang.as_str()))
                .on_hover_text(phrase_id.as_str())
                .clicked()
            {
                actions.push(Action::Curate(Curate::LinkTranslation(phrase_id.clone())));
            }
            let short: String = text.chars().take(90).collect();
            ui.label(short);
        });
    }
}

fn translation_column(draft: &mut TranslationDraft, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        theme::badge(ui, &draft.lang, true);
        if draft.phrase_id.is_none() {
            ui.label(RichText::new(tr!("editor-new-translation")).small().color(theme::muted(ui.visuals())));
        } else {
            ui.checkbox(&mut draft.unlink, tr!("editor-unlink", language = draft.lang.as_str()))
                .on_hover_text(tr!("editor-unlink-tooltip"));
        }
    });
    let label = ui.label(tr!("editor-text-in", language = draft.lang.as_str()));
    ui.add(egui::TextEdit::multiline(&mut draft.text).desired_rows(3).desired_width(f32::INFINITY))
        .labelled_by(label.id);
}
