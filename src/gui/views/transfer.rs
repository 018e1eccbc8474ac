//! The import dialog (file, then a dry-run preview of what would be added and updated, then Apply)
//! and the export dialog (one collection or all, to a file).

use egui::RichText;

use crate::gui::action::{Action, Curate};
use crate::gui::app::{AppState, Modal};
use crate::gui::app::{ImportWork, PreviewLine};
use crate::gui::theme;

/// How many added or updated phrases the preview lists before summing up the rest.
const PREVIEW_ROWS: usize = 40;

/// Draws the import dialog if it is open.
pub fn import_ui(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let Modal::Import(dialog) = &mut state.modal else { return actions };
    let screen = context.content_rect();
    let busy = dialog.work.is_some();
    egui::Modal::new(egui::Id::unique("import")).show(context, |ui| {
        let width = super::dialog_size(context).x.min((screen.width() * 0.85).max(320.0)).min(760.0);
        ui.set_width(width);
        ui.heading(tr!("import-title"));
        // The buttons wrap under the path in a narrow window instead of pushing past its edge.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr!("import-file"));
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut dialog.path)
                        .desired_width((width - 80.0).clamp(120.0, 420.0))
                        .hint_text(tr!("import-path-hint")),
                )
                .labelled_by(label.id);
            if response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) && !busy {
                actions.push(Action::Curate(Curate::PreviewImport));
            }
            if ui.add_enabled(!busy, egui::Button::new(tr!("dialog-browse"))).clicked() {
                actions.push(Action::Curate(Curate::BrowseImport));
            }
            if ui.add_enabled(!busy, egui::Button::new(tr!("import-preview"))).clicked() {
                actions.push(Action::Curate(Curate::PreviewImport));
            }
        });
        match &dialog.work {
            Some(ImportWork::Preview(_)) => working(ui, &tr!("import-reading")),
            Some(ImportWork::Apply(_)) => working(ui, &tr!("import-applying")),
            None => {}
        }
        if !dialog.problems.is_empty() {
            ui.add_space(6.0);
            ui.colored_label(ui.visuals().error_fg_color, tr!("import-refused"));
            egui::ScrollArea::vertical().id_salt("import-problems").max_height(220.0).show(ui, |ui| {
                for problem in &dialog.problems {
                    ui.add(
                        egui::Label::new(RichText::new(problem).monospace().color(ui.visuals().error_fg_color)).wrap(),
                    );
                }
            });
        }
        if let Some(preview) = &dialog.preview {
            let report = &preview.report;
            ui.add_space(6.0);
            ui.label(RichText::new(tr!("import-dry-run", collection = &report.collection)).strong());
            egui::Grid::new("import-counts").num_columns(2).spacing([16.0, 2.0]).show(ui, |ui| {
                for (label, count) in [
                    ("import-count-add", report.added.len()),
                    ("import-count-update", report.updated.len()),
                    ("import-count-unchanged", report.unchanged),
                    ("import-count-kept", report.kept_local.len()),
                    ("import-count-retire", report.retired.len()),
                    ("import-count-conflicts", report.conflicts.len()),
                    ("import-count-situations", report.situations_added),
                    ("import-count-titles", report.situation_texts_changed),
                ] {
                    ui.label(RichText::new(count.to_string()).strong());
                    ui.label(tr!(label, count = count));
                    ui.end_row();
                }
            });
            egui::ScrollArea::vertical().id_salt("import-preview").max_height(screen.height() * 0.4).show(ui, |ui| {
                preview_lines(ui, &tr!("import-added"), &preview.added);
                preview_lines(ui, &tr!("import-updated"), &preview.updated);
                place_lines(ui, &tr!("import-skipped"), &preview.skipped);
                place_lines(ui, &tr!("import-with-loss"), &preview.mapped_with_loss);
            });
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let ready = !busy && dialog.preview.as_ref().is_some_and(|preview| preview.report.changes_anything());
            if ui.add_enabled(ready, egui::Button::new(tr!("import-apply"))).clicked() {
                actions.push(Action::Curate(Curate::ApplyImport));
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                actions.push(Action::CloseModal);
            }
            if dialog.preview.as_ref().is_some_and(|preview| !preview.report.changes_anything()) {
                ui.label(RichText::new(tr!("import-nothing-new")).small());
            }
        });
    });
    actions
}

/// A spinner and what is being done, while the dialog's work runs on a worker.
fn working(ui: &mut egui::Ui, what: &str) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(what);
    });
}

fn preview_lines(ui: &mut egui::Ui, heading: &str, lines: &[PreviewLine]) {
    if lines.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.label(RichText::new(heading).strong());
    for line in lines.iter().take(PREVIEW_ROWS) {
        ui.horizontal(|ui| {
            theme::badge(ui, &line.lang, true);
            let short: String = line.text.chars().take(110).collect();
            ui.label(short).on_hover_text(line.phrase_id.as_str());
        });
        if let Some(before) = &line.before {
            let short: String = before.chars().take(110).collect();
            ui.horizontal(|ui| {
                ui.add_space(28.0);
                ui.label(RichText::new(short).strikethrough().color(theme::muted(ui.visuals())));
            });
        }
    }
    if lines.len() > PREVIEW_ROWS {
        ui.label(
            RichText::new(tr!("import-and-more", count = lines.len() - PREVIEW_ROWS))
                .small()
                .color(theme::muted(ui.visuals())),
        );
    }
}

/// A list of entries by their place in the file, such as the skipped ones, all of them (each is
/// a line the agent may want back, so none is summed up as "and more").
fn place_lines(ui: &mut egui::Ui, heading: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.label(RichText::new(format!("{heading}: {}", lines.len())).strong());
    for line in lines {
        ui.add(egui::Label::new(RichText::new(line).monospace().small()).wrap());
    }
}

/// Draws the export dialog if it is open.
pub fn export_ui(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let collections = state.library.collection_names();
    let Modal::Export(dialog) = &mut state.modal else { return actions };
    egui::Modal::new(egui::Id::unique("export")).show(context, |ui| {
        ui.set_width(super::dialog_size(context).x.min(560.0));
        ui.heading(tr!("export-title"));
        ui.horizontal(|ui| {
            let label = ui.label(tr!("team-collection"));
            egui::ComboBox::from_id_salt("export-collection")
                .selected_text(dialog.collection.clone().unwrap_or_else(|| tr!("export-all-collections")))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut dialog.collection, None, tr!("export-all-collections"));
                    for name in &collections {
                        ui.selectable_value(&mut dialog.collection, Some(name.clone()), name);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            let label = ui.label(tr!("export-save-to"));
            ui.add(
                egui::TextEdit::singleline(&mut dialog.path).desired_width(360.0).hint_text(tr!("import-path-hint")),
            )
            .labelled_by(label.id);
            if ui.button(tr!("dialog-browse")).clicked() {
                actions.push(Action::Curate(Curate::BrowseExport));
            }
        });
        if let Some(error) = &dialog.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(tr!("export-button")).clicked() {
                actions.push(Action::Curate(Curate::Export));
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
    actions
}

/// Draws the situation dialog (add one, or rename it in a language) if it is open.
pub fn situation_ui(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let Modal::Situation(form) = &mut state.modal else { return actions };
    egui::Modal::new(egui::Id::unique("situation")).show(context, |ui| {
        ui.set_width(super::dialog_size(context).x.min(480.0));
        ui.heading(if form.existing { tr!("situation-rename-heading") } else { tr!("situation-new-heading") });
        egui::Grid::new("situation-grid").num_columns(2).spacing([10.0, 6.0]).show(ui, |ui| {
            let label = ui.label(tr!("situation-title"));
            ui.add(egui::TextEdit::singleline(&mut form.title).desired_width(300.0)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr!("situation-title-language"));
            ui.add(egui::TextEdit::singleline(&mut form.lang).desired_width(56.0)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr!("situation-description"));
            ui.add(egui::TextEdit::singleline(&mut form.description).desired_width(300.0)).labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr!("situation-key"));
            ui.add_enabled(
                !form.existing,
                egui::TextEdit::singleline(&mut form.key).desired_width(300.0).hint_text(tr!("situation-key-hint")),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
        if let Some(error) = &form.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            if ui.button(tr!("situation-save")).clicked() {
                actions.push(Action::Curate(Curate::SaveSituation));
            }
            if ui.button(tr!("dialog-cancel")).clicked() {
                actions.push(Action::CloseModal);
            }
        });
    });
    actions
}
