//! The search box, the status line under it and the result list: numbered rows (the number is the
//! Ctrl+digit that copies it), a template's title on its first line, highlighted text, the blunt
//! line it replaces, chips.

use crate::gui::action::{Action, Curate, View};
use crate::gui::app::AppState;
use crate::gui::command::Command;
use crate::gui::theme;
use crate::model::Status;

/// How many lines of a long phrase the list shows when there is room.
const PREVIEW_LINES: usize = 3;
/// Below this height (points) rows shrink to two lines with no chips, so three rows stay in sight.
const DENSE_HEIGHT: f32 = 460.0;
/// Below this width (points) rows shrink the same way.
const DENSE_WIDTH: f32 = 400.0;

/// The search box's id (keys read before drawing need it).
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("search-box")
}

/// The search box, focused (with what is typed selected) on start, after a copy, on Ctrl+F.
pub fn search_bar(state: &mut AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let compact = state.prefs.compact;
    ui.horizontal(|ui| {
        let label = ui.label(egui::RichText::new(tr!("search-label")).strong());
        // In a very narrow strip the box needs the room more than the button (Ctrl+K still works).
        let expand = compact && ui.available_width() > 330.0;
        let reserve = if expand { 70.0 } else { 0.0 };
        let edit = egui::TextEdit::singleline(&mut state.search.query)
            .id(search_box_id())
            .hint_text(tr!("search-hint"))
            .desired_width((ui.available_width() - reserve).max(60.0))
            .font(egui::TextStyle::Heading);
        let mut output = edit.show(ui);
        let response = output.response.response.clone().labelled_by(label.id);
        if std::mem::take(&mut state.search.wants_focus) {
            response.request_focus();
            select_all(&mut output.state, &state.search.query);
            output.state.store(ui.ctx(), search_box_id());
        }
        if expand && ui.button(tr!("search-expand")).on_hover_text(Command::Compact.shortcut_text(ui.ctx())).clicked() {
            actions.push(Action::Run(Command::Compact));
        }
    });
    actions
}

/// Selects all of `text` in a text field's state, so typing replaces it.
pub fn select_all(state: &mut egui::text_edit::TextEditState, text: &str) {
    let end = egui::text::CCursor::new(text.chars().count());
    state.cursor.set_char_range(Some(egui::text::CCursorRange::two(egui::text::CCursor::new(0), end)));
}

/// The line under the search box: what happened last (with Undo after a delete), else how many
/// match and what Enter does, and the hint when another language has the matches.
pub fn status_line(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let muted = theme::muted(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        if let Some(toast) = &state.toast {
            ui.label(egui::RichText::new(&toast.message).strong());
            if toast.undoable {
                let undo = Command::Undo;
                if ui.small_button(tr!("toast-undo")).on_hover_text(undo.shortcut_text(ui.ctx())).clicked() {
                    actions.push(Action::Curate(Curate::Undo));
                }
            }
            return;
        }
        let count = state.search.hits.len();
        let view = match state.search.view {
            View::All => "all",
            View::Favourites => "favourites",
            View::Recent => "recent",
            View::Trash => "trash",
        };
        let summary = if state.search.query.trim().is_empty() {
            tr!("results-browsing", count = count, view = view)
        } else if count == 0 {
            tr!("results-nothing", view = view)
        } else {
            tr!("results-matching", count = count, view = view)
        };
        ui.label(egui::RichText::new(summary).color(muted));
        if state.search.elsewhere > 0 {
            let other = state.search.elsewhere;
            let keys = Command::OtherLanguages.shortcut_text(ui.ctx());
            if ui.button(tr!("results-elsewhere", count = other, keys = keys)).clicked() {
                actions.push(Action::Run(Command::OtherLanguages));
            }
        } else if state.search.every_language {
            ui.label(egui::RichText::new(tr!("results-every-language")).color(muted));
        }
    });
    actions
}

/// The results, best first.
pub fn list(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let selected = state.search.selected;
    let screen = ui.ctx().content_rect();
    let dense = screen.height() < DENSE_HEIGHT || ui.available_width() < DENSE_WIDTH;
    egui::ScrollArea::vertical().id_salt("results").auto_shrink([false, false]).show(ui, |ui| {
        for row in 0..state.search.hits.len() {
            let Some(phrase) = state.phrase_at(row) else {
                continue;
            };
            let hit = &state.search.hits[row];
            let is_selected = row == selected;
            let fill = if is_selected { theme::selected_fill(ui.visuals()) } else { egui::Color32::TRANSPARENT };
            let margin = if dense { egui::Margin::symmetric(4, 3) } else { egui::Margin::symmetric(8, 6) };
            let frame = egui::Frame::new().fill(fill).corner_radius(6.0).inner_margin(margin);
            // The row senses clicks *under* its buttons (registered before them), so the number
            // button still gets its own clicks.
            // Not focusable: Tab goes to the row's number button, which copies on Enter.
            let row_sense = egui::UiBuilder::new().sense(egui::Sense::CLICK);
            let response = ui
                .scope_builder(row_sense, |ui| {
                    frame.show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal(|ui| {
                            let number = if row < 9 { format!("{}", row + 1) } else { "·".to_owned() };
                            let hint = if row < 9 {
                                tr!(
                                    "results-copy-keys",
                                    keys = Command::CopyRow(row).shortcut_text(ui.ctx()).replace(" … 9", "")
                                )
                            } else {
                                tr!("results-copy")
                            };
                            let copy =
                                ui.add(egui::Button::new(egui::RichText::new(number).strong().monospace()).small());
                            let copy = copy.on_hover_text(&hint);
                            copy.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::Button,
                                    true,
                                    tr!("results-copy-row", row = row + 1),
                                )
                            });
                            if copy.clicked() {
                                actions.push(Action::CopyRow(row));
                            }
                            if copy.gained_focus() {
                                actions.push(Action::Select(row));
                            }
                            ui.vertical(|ui| row_body(state, phrase, hit, dense, ui));
                        });
                    })
                })
                .response;
            if response.clicked() {
                actions.push(Action::Select(row));
            }
            if response.double_clicked() {
                actions.push(Action::CopyRow(row));
            }
            // Scroll to the selection once when it (or the query) changes, not every frame: the
            // agent may scroll away, and a request every frame never lets the list settle.
            if is_selected {
                let key = egui::Id::unique("results-scrolled-to");
                let target = (state.search.query.clone(), row);
                if ui.data(|data| data.get_temp::<(String, usize)>(key)).as_ref() != Some(&target) {
                    response.scroll_to_me(None);
                    ui.data_mut(|data| data.insert_temp(key, target));
                }
            }
        }
    });
    actions
}

fn row_body(state: &AppState, phrase: &crate::model::Phrase, hit: &crate::search::Hit, dense: bool, ui: &mut egui::Ui) {
    let content = &phrase.content;
    if let Some(title) = content.title.as_deref().filter(|title| !title.trim().is_empty()) {
        ui.add(egui::Label::new(egui::RichText::new(title).size(theme::BODY_SIZE).strong()).truncate());
    }
    let lines: Vec<&str> = content.text.lines().collect();
    let shown =
        if lines.len() > PREVIEW_LINES { lines[..PREVIEW_LINES].join("\n") + " …" } else { content.text.clone() };
    let ranges: Vec<_> = hit.ranges.iter().filter(|range| range.end <= shown.chars().count()).cloned().collect();
    let mut job = theme::highlighted(&shown, &ranges, ui, theme::BODY_SIZE);
    job.wrap.max_width = ui.available_width();
    if dense {
        job.wrap.max_rows = 2;
    }
    ui.add(egui::Label::new(job).wrap());
    let secondary = theme::secondary(ui.visuals());
    if let Some(avoid) = content.avoid.first() {
        let text = egui::RichText::new(tr!("results-instead-of", blunt = avoid.as_str()))
            .size(theme::SECONDARY_SIZE)
            .italics()
            .color(secondary);
        if dense {
            ui.add(egui::Label::new(text).truncate());
        } else {
            ui.add(egui::Label::new(text).wrap());
        }
    }
    if dense {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if phrase.usage.favorite {
            theme::badge(ui, &tr!("badge-favourite"), true);
        }
        theme::badge(ui, &theme::language_name(content.lang.as_str()), true);
        theme::badge(ui, &state.situation_title(content.situation.as_str(), content.lang.as_str()), false);
        if state.needs_review(&phrase.id) {
            theme::badge(ui, &tr!("badge-needs-review"), true);
        } else if content.status != Status::Vetted {
            theme::badge(ui, &theme::status_name(content.status), true);
        }
        if content.tags.iter().any(|tag| tag == "template") {
            theme::badge(ui, &tr!("badge-template"), false);
        }
    });
}
