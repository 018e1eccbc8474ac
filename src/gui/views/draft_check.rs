//! The "Check a draft" view: a multi-line editor whose blunt passages are highlighted in place,
//! and beside it the findings, the alternatives of the chosen one, and the fill-in form of a
//! template alternative. Draws from the state and returns actions; the check itself runs in
//! [`crate::gui::draft::DraftCheck::refresh`].

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};

use crate::gui::app::{Action, AppState};
use crate::gui::draft::DraftAction;
use crate::gui::theme;

/// What the view is for, shown while the draft is empty.
const EXPLANATION: &str = "Paste or type the reply you are about to send. Tactful marks every blunt phrase \
    the phrasebook knows a kinder alternative for. Click a marked passage or a finding to see the \
    alternatives; one click on an alternative puts it in the draft. Then copy the revised draft.";

fn draft(action: DraftAction) -> Action {
    Action::Draft(action)
}

/// The header, the editor and (in compact mode) the findings below it.
pub fn ui(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let heading = ui.horizontal(|ui| {
        let heading = ui.heading("Check a draft");
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Back to search").on_hover_text("Esc or Ctrl+Shift+D").clicked() {
                actions.push(draft(DraftAction::Toggle));
            }
        });
        heading.id
    });
    ui.horizontal(|ui| actions.extend(language_combo(state, ui)));
    ui.add_space(4.0);
    let compact = state.prefs.compact;
    actions.extend(editor(state, ui, heading.inner));
    ui.horizontal(|ui| {
        let copy = ui.add_enabled(!state.draft.text.trim().is_empty(), egui::Button::new("Copy revised draft"));
        if copy.clicked() {
            actions.push(draft(DraftAction::CopyRevised));
        }
        ui.label(egui::RichText::new(summary(state)).small().color(theme::muted(ui.visuals())));
    });
    let now = ui.input(|input| input.time);
    if let Some(wait) = state.draft.refresh(&state.index, now) {
        ui.ctx().request_repaint_after(wait);
    }
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
    let detected = state.draft.report.as_ref().map_or("…", |report| report.lang.as_str());
    let shown = match &state.draft.lang {
        Some(lang) => lang.clone(),
        None => format!("detect ({detected})"),
    };
    let mut languages: Vec<&str> =
        state.languages.iter().map(|lang| lang.split('-').next().unwrap_or(lang.as_str())).collect();
    languages.dedup();
    let label = ui.label("Draft language");
    egui::ComboBox::from_id_salt("draft-language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(state.draft.lang.is_none(), "detect").clicked() {
                actions.push(draft(DraftAction::SetLang(None)));
            }
            for lang in languages {
                if ui.selectable_label(state.draft.lang.as_deref() == Some(lang), lang).clicked() {
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
                .id(egui::Id::unique("draft-editor-text"))
                .hint_text(EXPLANATION)
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
        return "Ctrl+Shift+D or Esc returns to search".to_owned();
    }
    match &state.draft.report {
        _ if !state.draft.is_fresh() => "checking…".to_owned(),
        Some(report) if report.findings.is_empty() => format!("No blunt wording found ({}).", report.lang),
        Some(report) => format!(
            "{} finding{} ({}) · click one to see alternatives",
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            report.lang
        ),
        None => String::new(),
    }
}

/// The findings, the alternatives of the selected one, and the template form.
pub fn findings(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let muted = theme::muted(ui.visuals());
    ui.add_space(6.0);
    ui.label(egui::RichText::new("Findings").strong());
    let Some(report) = state.draft.report.clone().filter(|_| !state.draft.text.trim().is_empty()) else {
        ui.add(egui::Label::new(egui::RichText::new(EXPLANATION).color(muted)).wrap());
        return actions;
    };
    if report.findings.is_empty() {
        ui.label("No findings");
        ui.add(
            egui::Label::new(
                egui::RichText::new("Nothing in this draft matches a blunt line in the phrasebook.")
                    .small()
                    .color(muted),
            )
            .wrap(),
        );
        return actions;
    }
    let characters: Vec<char> = state.draft.text.chars().collect();
    let passage = |range: Range<usize>| -> String {
        let end = range.end.min(characters.len());
        characters[range.start.min(end)..end].iter().collect()
    };
    for (number, finding) in report.findings.iter().enumerate() {
        let title = state.situation_title(&finding.situation, &report.lang);
        let text = format!("“{}”  · {title}", passage(finding.start..finding.end));
        let response = ui.add(egui::Button::selectable(state.draft.selected == Some(number), text).wrap());
        if response.clicked() {
            actions.push(draft(DraftAction::SelectFinding(number)));
        }
    }
    ui.separator();
    let Some((number, finding)) =
        state.draft.selected.and_then(|number| report.findings.get(number).map(|finding| (number, finding)))
    else {
        ui.label(egui::RichText::new("Click a finding to see what to say instead.").small().color(muted));
        return actions;
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Sounds like").small().color(muted));
        ui.label(egui::RichText::new(finding.avoid.as_str()).strikethrough().color(muted));
    });
    ui.label(
        egui::RichText::new(format!("Situation: {}", state.situation_title(&finding.situation, &report.lang)))
            .small()
            .color(muted),
    );
    ui.add_space(4.0);
    ui.label(egui::RichText::new("Say instead (click to use)").strong());
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        for (alternative_number, alternative) in finding.alternatives.iter().enumerate() {
            let blanks: Vec<String> = crate::template::Template::parse(&alternative.text)
                .map(|template| template.placeholders().iter().map(|name| name.replace('_', " ")).collect())
                .unwrap_or_default();
            let hover = if blanks.is_empty() {
                "Put this in the draft in place of the marked passage".to_owned()
            } else {
                format!("Fill in {} first, then it goes into the draft", blanks.join(", "))
            };
            let response = ui.add(egui::Button::new(alternative.text.as_str()).wrap()).on_hover_text(hover);
            if response.clicked() {
                actions.push(draft(DraftAction::Replace { finding: number, alternative: alternative_number }));
            }
            if !blanks.is_empty() {
                ui.label(
                    egui::RichText::new(format!("template · fill in: {}", blanks.join(", "))).small().color(muted),
                );
            }
            ui.add_space(2.0);
        }
    });
    actions.extend(fill_form(state, ui));
    actions
}

fn fill_form(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let Some(form) = state.draft.fill.as_mut().map(|fill| &mut fill.form) else { return actions };
    ui.separator();
    ui.label(egui::RichText::new("Fill in before it goes into the draft").strong());
    egui::Grid::new("draft-fields").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        let mut focus = std::mem::take(&mut form.focus_first);
        for (name, value) in &mut form.fields {
            let label = ui.label(name.replace('_', " "));
            let response = ui.add(egui::TextEdit::singleline(value).desired_width(180.0)).labelled_by(label.id);
            if focus && value.is_empty() {
                response.request_focus();
                focus = false;
            }
            ui.end_row();
        }
    });
    let preview = form.template.render_plain(&form.values());
    ui.add(egui::Label::new(egui::RichText::new(preview).small()).wrap());
    ui.horizontal(|ui| {
        if ui.button("Insert into draft").clicked() {
            actions.push(draft(DraftAction::InsertFilled));
        }
        if ui.button("Cancel").clicked() {
            actions.push(draft(DraftAction::CancelFill));
        }
    });
    actions
}
