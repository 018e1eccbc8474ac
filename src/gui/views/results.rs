//! The search box and the result list: highlighted text, the blunt line it replaces, badges and a
//! copy button per row.

use crate::gui::app::{Action, AppState, View};
use crate::gui::theme;
use crate::model::Status;

/// How many lines of a long template the list shows.
const PREVIEW_LINES: usize = 3;

/// The search box, focused on start and after every copy.
pub fn search_bar(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        let label = ui.label(egui::RichText::new("Search").strong());
        let edit = egui::TextEdit::singleline(&mut state.query)
            .id(egui::Id::unique("search-box"))
            .hint_text("a few letters of the phrase, the blunt line, a situation or tag…")
            .desired_width(ui.available_width() - if state.prefs.compact { 76.0 } else { 0.0 })
            .font(egui::TextStyle::Heading);
        let response = ui.add(edit).labelled_by(label.id);
        if std::mem::take(&mut state.wants_search_focus) {
            response.request_focus();
        }
        if state.prefs.compact && ui.button("Expand").on_hover_text("Leave compact mode (Ctrl+K)").clicked() {
            actions.push(Action::SetCompact(false));
        }
    });
    let count = state.hits.len();
    let scope = match state.view {
        View::All => "",
        View::Favourites => " among favourites",
        View::Recent => " among recently copied",
        View::Trash => " in the trash",
    };
    let summary = if state.query.trim().is_empty() {
        let phrases = if count == 1 { "phrase" } else { "phrases" };
        format!("{count} {phrases}{scope} · favourites and recent first")
    } else if count == 0 {
        format!("Nothing matches{scope}. Fewer letters, another language, or drafts may help.")
    } else {
        let matches = if count == 1 { "match" } else { "matches" };
        format!("{count} {matches}{scope} · Enter copies the selected one")
    };
    ui.label(egui::RichText::new(summary).small().color(theme::muted(ui.visuals())));
    actions
}

/// The results, best first.
pub fn list(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let selected = state.selected;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        for row in 0..state.hits.len() {
            let Some(phrase) = state.phrase_at(row) else {
                continue;
            };
            let hit = &state.hits[row];
            let is_selected = row == selected;
            let fill = if is_selected { theme::selected_fill(ui.visuals()) } else { egui::Color32::TRANSPARENT };
            let frame = egui::Frame::new().fill(fill).corner_radius(6.0).inner_margin(egui::Margin::symmetric(8, 6));
            let response = frame
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        let copy = ui.add(egui::Button::new("Copy").small()).on_hover_text(if row < 9 {
                            format!("Copy (Enter, or Ctrl+{})", row + 1)
                        } else {
                            "Copy".to_owned()
                        });
                        if copy.clicked() {
                            actions.push(Action::CopyRow(row));
                        }
                        ui.vertical(|ui| {
                            let lines: Vec<&str> = phrase.content.text.lines().collect();
                            let shown = if lines.len() > PREVIEW_LINES {
                                lines[..PREVIEW_LINES].join("\n") + " …"
                            } else {
                                phrase.content.text.clone()
                            };
                            let ranges: Vec<_> =
                                hit.ranges.iter().filter(|range| range.end <= shown.chars().count()).cloned().collect();
                            let mut job = theme::highlighted(&shown, &ranges, ui, 15.0);
                            job.wrap.max_width = ui.available_width();
                            ui.add(egui::Label::new(job).wrap());
                            if let Some(avoid) = phrase.content.avoid.first() {
                                ui.label(
                                    egui::RichText::new(format!("instead of: {avoid}"))
                                        .small()
                                        .strikethrough()
                                        .color(theme::muted(ui.visuals())),
                                );
                            }
                            ui.horizontal_wrapped(|ui| {
                                if phrase.usage.favorite {
                                    theme::badge(ui, "favourite", true);
                                }
                                theme::badge(ui, phrase.content.lang.as_str(), true);
                                theme::badge(
                                    ui,
                                    &state.situation_title(
                                        phrase.content.situation.as_str(),
                                        phrase.content.lang.as_str(),
                                    ),
                                    false,
                                );
                                if phrase.content.status != Status::Vetted {
                                    theme::badge(ui, phrase.content.status.as_str(), true);
                                }
                                if phrase.content.tags.iter().any(|tag| tag == "template") {
                                    theme::badge(ui, "template", false);
                                }
                            });
                        });
                    });
                })
                .response;
            let response = response.interact(egui::Sense::click());
            if response.clicked() {
                actions.push(Action::Select(row));
            }
            if response.double_clicked() {
                actions.push(Action::CopyRow(row));
            }
            if is_selected {
                response.scroll_to_me(None);
            }
        }
    });
    actions
}
