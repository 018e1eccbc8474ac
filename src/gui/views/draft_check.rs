//! The "Check a draft" view: a multi-line editor whose blunt passages are highlighted in place,
//! and beside it the findings, the alternatives of the chosen one, and the fill-in form of a
//! template alternative. Draws from the state and returns actions; the check itself runs in
//! [`crate::gui::app::DraftCheck::refresh`], called by the window after the frame.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};

use crate::gui::action::{Action, DraftAction};
use crate::gui::app::AppState;
use crate::gui::command::Command;
use crate::gui::theme;

/// The draft editor's id (the keyboard needs to know when it has focus).
pub fn editor_id() -> egui::Id {
    egui::Id::unique("draft-editor-text")
}

fn draft(action: DraftAction) -> Action {
    Action::Draft(action)
}

/// The header, the editor and (in compact mode) the findings below it.
pub fn ui(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let mut buttons = |ui: &mut egui::Ui| {
        if ui.button(tr!("trash-back")).on_hover_text("Esc").clicked() {
            actions.push(draft(DraftAction::Toggle));
        }
        let paste = Command::PasteAndCheck;
        if ui.button(tr!("draft-paste-and-check")).on_hover_text(paste.shortcut_text(ui.ctx())).clicked() {
            actions.push(Action::Run(paste));
        }
    };
    // Heading and buttons share a line when they fit; in a narrow strip (and with the longer
    // Dutch, Swedish or Russian labels) the buttons move under the heading instead of off screen.
    let heading = if ui.available_width() < 460.0 {
        let heading = ui.heading(tr!("draft-heading"));
        ui.horizontal_wrapped(|ui| buttons(ui));
        heading.id
    } else {
        ui.horizontal(|ui| {
            let heading = ui.heading(tr!("draft-heading"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), buttons);
            heading.id
        })
        .inner
    };
    ui.horizontal(|ui| actions.extend(language_combo(state, ui)));
    ui.add_space(4.0);
    let compact = state.prefs.compact;
    actions.extend(editor(state, ui, heading));
    ui.horizontal(|ui| {
        let copy = ui.add_enabled(!state.draft.text.trim().is_empty(), egui::Button::new(tr!("draft-copy-revised")));
        let copy = copy.on_hover_text(Command::CopyRevised.shortcut_text(ui.ctx()));
        if copy.clicked() {
            actions.push(draft(DraftAction::CopyRevised));
        }
        match &state.toast {
            Some(toast) => ui.label(egui::RichText::new(&toast.message).strong()),
            None => ui.label(egui::RichText::new(summary(state)).color(theme::muted(ui.visuals()))),
        };
    });
    if compact {
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("draft-findings-compact")
            .show(ui, |ui| actions.extend(findings(state, ui)));
    }
    actions
}

fn language_combo(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let detected =
        state.draft.report.as_ref().map_or_else(|| "…".to_owned(), |report| theme::language_name(&report.lang));
    let shown = match &state.draft.lang {
        Some(lang) => lang.clone(),
        None => tr!("draft-detected", language = detected),
    };
    let mut languages: Vec<&str> =
        state.library.languages.iter().map(|lang| lang.split('-').next().unwrap_or(lang.as_str())).collect();
    languages.dedup();
    let label = ui.label(tr!("draft-language"));
    egui::ComboBox::from_id_salt("draft-language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(state.draft.lang.is_none(), tr!("draft-detect")).clicked() {
                actions.push(draft(DraftAction::SetLang(None)));
            }
            for lang in languages {
                if ui.selectable_label(state.draft.lang.as_deref() == Some(lang), theme::language_name(lang)).clicked()
                {
                    actions.push(draft(DraftAction::SetLang(Some(lang.to_owned()))));
                }
            }
        })
        .response
        .labelled_by(label.id);
    actions
}

fn editor(state: &mut AppState, ui: &mut egui::Ui, label: egui::Id) -> Vec<Action> {
    let mut actions = Vec::new();
    let ranges: Vec<Range<usize>> = state
        .draft
        .report
        .as_ref()
        .map(|report| report.findings.iter().map(|finding| finding.start..finding.end).collect())
        .unwrap_or_default();
    let selected = state.draft.selected;
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, wrap_width: f32| {
        let mut job = marked_job(buffer.as_str(), &ranges, selected, ui);
        job.wrap.max_width = wrap_width;
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    };
    // The editor fills the panel (half of it in compact mode, where the findings sit below).
    let share = if state.prefs.compact { 0.5 } else { 1.0 };
    let height = ((ui.available_height() - 36.0) * share).max(80.0);
    let output = egui::ScrollArea::vertical()
        .id_salt("draft-editor")
        .max_height(height)
        .show(ui, |ui| {
            egui::TextEdit::multiline(&mut state.draft.text)
                .id(editor_id())
                .hint_text(tr!("draft-explanation"))
                .desired_width(f32::INFINITY)
                .min_size(egui::vec2(0.0, height))
                .layouter(&mut layouter)
                .show(ui)
        })
        .inner;
    let response = output.response.response.clone().labelled_by(label);
    if std::mem::take(&mut state.draft.focus_editor) {
        response.request_focus();
    }
    // "Paste and check": once the emptied editor has focus, the desktop's clipboard is pasted into
    // it like Ctrl+V would.
    if state.draft.paste_pending && response.has_focus() {
        state.draft.paste_pending = false;
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::RequestPaste);
    }
    if response.changed() {
        state.draft.touched(ui.input(|input| input.time));
    }
    // Putting the caret into a marked passage (a click, or the arrow keys) shows that finding.
    let caret = output
        .cursor_range
        .filter(|cursor| cursor.primary.index == cursor.secondary.index)
        .map(|cursor| cursor.primary.index.0);
    if caret != state.draft.caret {
        state.draft.caret = caret;
        if let Some(caret) = caret
            && let Some(finding) = ranges.iter().position(|range| (range.start..=range.end).contains(&caret))
            && selected != Some(finding)
        {
            actions.push(draft(DraftAction::SelectFinding(finding)));
        }
    }
    actions
}

/// The draft with each finding's passage marked, the selected one more strongly.
fn marked_job(text: &str, ranges: &[Range<usize>], selected: Option<usize>, ui: &egui::Ui) -> LayoutJob {
    let visuals = ui.visuals();
    let normal =
        TextFormat { font_id: egui::FontId::proportional(15.0), color: visuals.text_color(), ..Default::default() };
    let accent = theme::accent(visuals);
    let marked = TextFormat {
        background: accent.gamma_multiply(0.16),
        underline: egui::Stroke::new(1.5, accent),
        ..normal.clone()
    };
    let chosen = TextFormat { background: accent.gamma_multiply(0.42), ..marked.clone() };
    let mut job = LayoutJob::default();
    let byte_at = |character: usize| text.char_indices().nth(character).map_or(text.len(), |(byte, _)| byte);
    let mut cursor = 0;
    for (number, range) in ranges.iter().enumerate() {
        let (start, end) = (byte_at(range.start), byte_at(range.end));
        // While the draft is being typed the last report may be stale; skip what no longer fits.
        if start < cursor || end <= start {
            continue;
        }
        job.append(&text[cursor..start], 0.0, normal.clone());
        let format = if selected == Some(number) { chosen.clone() } else { marked.clone() };
        job.append(&text[start..end], 0.0, format);
        cursor = end;
    }
    job.append(&text[cursor..], 0.0, normal);
    job.keep_trailing_whitespace = true;
    job
}

fn summary(state: &AppState) -> String {
    if state.draft.text.trim().is_empty() {
        return tr!("draft-esc-returns");
    }
    match &state.draft.report {
        _ if !state.draft.is_fresh() => tr!("draft-checking"),
        Some(report) if report.findings.is_empty() => {
            tr!("draft-nothing-found", language = theme::language_name(&report.lang))
        }
        Some(report) => {
            tr!("draft-findings-count", count = report.findings.len(), language = theme::language_name(&report.lang))
        }
        None => String::new(),
    }
}

/// The findings, the alternatives of the selected one, and the template form.
pub fn findings(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let muted = theme::muted(ui.visuals());
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr!("draft-findings")).strong());
    // The form of a chosen template comes first, so its Insert button is in sight.
    actions.extend(fill_form(state, ui));
    let Some(report) = state.draft.report.clone().filter(|_| !state.draft.text.trim().is_empty()) else {
        ui.add(egui::Label::new(egui::RichText::new(tr!("draft-explanation")).color(muted)).wrap());
        return actions;
    };
    if report.findings.is_empty() {
        ui.label(tr!("draft-no-findings"));
        ui.add(egui::Label::new(egui::RichText::new(tr!("draft-no-findings-body")).color(muted)).wrap());
        return actions;
    }
    let characters: Vec<char> = state.draft.text.chars().collect();
    let passage = |range: Range<usize>| -> String {
        let end = range.end.min(characters.len());
        characters[range.start.min(end)..end].iter().collect()
    };
    for (number, finding) in report.findings.iter().enumerate() {
        let title = state.situation_title(&finding.situation, &report.lang);
        let text = tr!("draft-finding", passage = passage(finding.start..finding.end), situation = title);
        let response = ui.add(egui::Button::selectable(state.draft.selected == Some(number), text).wrap());
        if response.clicked() {
            actions.push(draft(DraftAction::SelectFinding(number)));
        }
    }
    ui.separator();
    let Some((number, finding)) =
        state.draft.selected.and_then(|number| report.findings.get(number).map(|finding| (number, finding)))
    else {
        ui.label(egui::RichText::new(tr!("draft-click-a-finding")).color(muted));
        return actions;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(tr!("draft-sounds-like")).color(muted));
        let secondary = theme::secondary(ui.visuals());
        ui.label(egui::RichText::new(finding.avoid.as_str()).italics().color(secondary));
    });
    ui.label(
        egui::RichText::new(tr!(
            "draft-situation",
            situation = state.situation_title(&finding.situation, &report.lang)
        ))
        .color(muted),
    );
    ui.add_space(4.0);
    ui.label(egui::RichText::new(tr!("draft-say-instead")).strong());
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        for (alternative_number, alternative) in finding.alternatives.iter().enumerate() {
            let blanks: Vec<String> = crate::template::Template::parse(&alternative.text)
                .map(|template| template.placeholders().iter().map(|name| name.replace('_', " ")).collect())
                .unwrap_or_default();
            let hover = if blanks.is_empty() {
                tr!("draft-put-in-place")
            } else {
                tr!("draft-fill-first", blanks = blanks.join(", "))
            };
            let text = if alternative_number < 9 {
                format!("{}. {}", alternative_number + 1, alternative.text)
            } else {
                alternative.text.clone()
            };
            let response = ui.add(egui::Button::new(text).wrap());
            // Screen readers and tests name it by its text; the number is the Alt+digit key.
            let label = alternative.text.clone();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            let response = response.on_hover_text(hover);
            if response.clicked() {
                actions.push(draft(DraftAction::Replace { finding: number, alternative: alternative_number }));
            }
            if !blanks.is_empty() {
                ui.label(egui::RichText::new(tr!("draft-template-blanks", blanks = blanks.join(", "))).color(muted));
            }
            ui.add_space(2.0);
        }
    });
    actions
}

fn fill_form(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(form) = state.draft.fill.as_mut().map(|fill| &mut fill.form) else { return actions };
    ui.separator();
    ui.label(egui::RichText::new(tr!("draft-fill-heading")).strong());
    egui::Grid::new("draft-fields").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let mut focus = std::mem::take(&mut form.focus_first);
        for field in &mut form.fields {
            let label = ui.label(field.name.replace('_', " "));
            let response = super::dialogs::text_field(ui, field, 180.0).labelled_by(label.id);
            if focus && field.value.is_empty() {
                response.request_focus();
                focus = false;
            }
            ui.end_row();
        }
    });
    let preview = form.template.render_plain(&form.values());
    ui.add(egui::Label::new(egui::RichText::new(preview)).wrap());
    ui.horizontal(|ui| {
        if ui.button(tr!("draft-insert")).clicked() {
            actions.push(draft(DraftAction::InsertFilled));
        }
        if ui.button(tr!("dialog-cancel")).clicked() {
            actions.push(draft(DraftAction::CancelFill));
        }
    });
    actions
}
