//! Team curation in the window: the collection filter and buttons in the side panel, the review
//! view (drafts, translations to re-check, conflicts with both versions) and the subscribe form.

use crate::gui::action::Action;
use crate::gui::app::AppState;
use crate::gui::team::TeamAction;
use crate::gui::theme;
use crate::model::Phrase;
use crate::store::Resolution;

fn team(action: TeamAction) -> Action {
    Action::Team(action)
}

/// The side panel's team section: collection filter, review and subscribe buttons.
pub fn sidebar_section(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        let label = ui.label("Collection");
        egui::ComboBox::from_id_salt("collection")
            .selected_text(state.team.collection.clone().unwrap_or_else(|| "all".to_owned()))
            .truncate()
            .show_ui(ui, |ui| {
                if ui.selectable_label(state.team.collection.is_none(), "all").clicked() {
                    actions.push(team(TeamAction::FilterCollection(None)));
                }
                for name in &state.team.collections {
                    if ui.selectable_label(state.team.collection.as_ref() == Some(name), name).clicked() {
                        actions.push(team(TeamAction::FilterCollection(Some(name.clone()))));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
    let queue = &state.team.queue;
    let waiting = queue.drafts.len() + queue.needs_review.len() + queue.conflicts.len();
    ui.horizontal(|ui| {
        let review = if queue.conflicts.is_empty() {
            format!("Review ({waiting})")
        } else {
            let plural = if queue.conflicts.len() == 1 { "" } else { "s" };
            format!("Review ({waiting}, {} conflict{plural})", queue.conflicts.len())
        };
        if ui.button(review).on_hover_text("Drafts, translations to re-check and conflicts").clicked() {
            actions.push(team(TeamAction::ToggleReview));
        }
        if ui.button("Subscribe…").on_hover_text("Follow a team folder or collection file").clicked() {
            actions.push(team(TeamAction::ToggleSubscribe));
        }
    });
    actions
}

/// The detail pane's team lines for the selected phrase: its collection, and whether it waits for
/// review (a translation changed) or has a conflict.
pub fn detail_section(state: &AppState, phrase: &Phrase, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    let muted = theme::muted(ui.visuals());
    ui.label(egui::RichText::new(format!("Collection: {}", phrase.collection)).small().color(muted));
    let queue = &state.team.queue;
    if queue.needs_review.iter().any(|waiting| waiting.id == phrase.id) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new("Needs review: a translation changed").color(ui.visuals().warn_fg_color));
            if ui.small_button("Vet").on_hover_text("Approve it, in your name from Settings").clicked() {
                actions.push(team(TeamAction::Vet(phrase.id.clone())));
            }
        });
    }
    if queue.conflicts.iter().any(|conflict| conflict.ours.id == phrase.id) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new("Conflict with the team's version").color(ui.visuals().warn_fg_color));
            if ui.small_button("Review").clicked() {
                actions.push(team(TeamAction::ToggleReview));
            }
        });
    }
    actions
}

fn phrase_line(ui: &mut egui::Ui, phrase: &Phrase) {
    ui.label(egui::RichText::new(theme::language_name(phrase.content.lang.as_str())).strong());
    ui.add(egui::Label::new(&phrase.content.text).wrap());
}

/// The review view: drafts, translations to re-check, conflicts.
pub fn review(state: &AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let queue = &state.team.queue;
    let modal = egui::Modal::new(egui::Id::unique("review")).show(context, |ui| {
        ui.set_width((context.content_rect().width() * 0.8).min(820.0));
        ui.heading("Review");
        let muted = theme::muted(ui.visuals());
        if queue.is_empty() {
            ui.label("Nothing waits for review.");
        }
        egui::ScrollArea::vertical().max_height(context.content_rect().height() * 0.65).show(ui, |ui| {
            if !queue.conflicts.is_empty() {
                ui.label(egui::RichText::new(format!("Conflicts ({})", queue.conflicts.len())).strong());
                for conflict in &queue.conflicts {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(conflict.ours.id.as_str()).small().color(muted));
                        ui.horizontal_wrapped(|ui| {
                            ui.label(egui::RichText::new("Yours:").strong());
                            ui.add(egui::Label::new(&conflict.ours.content.text).wrap());
                        });
                        ui.horizontal_wrapped(|ui| {
                            ui.label(egui::RichText::new("Incoming:").strong());
                            match &conflict.theirs {
                                Some(theirs) => ui.add(egui::Label::new(&theirs.text).wrap()),
                                None => ui.label(egui::RichText::new("removed upstream").italics()),
                            };
                        });
                        ui.horizontal(|ui| {
                            let id = conflict.ours.id.clone();
                            if ui.button("Keep mine").clicked() {
                                actions.push(team(TeamAction::Resolve(id.clone(), Resolution::Ours)));
                            }
                            let take = if conflict.theirs.is_some() { "Take theirs" } else { "Retire it" };
                            if ui.button(take).clicked() {
                                actions.push(team(TeamAction::Resolve(id, Resolution::Theirs)));
                            }
                        });
                    });
                }
                ui.add_space(8.0);
            }
            for (title, phrases) in [("Translations to re-check", &queue.needs_review), ("Drafts", &queue.drafts)] {
                if phrases.is_empty() {
                    continue;
                }
                ui.label(egui::RichText::new(format!("{title} ({})", phrases.len())).strong());
                for phrase in phrases.iter() {
                    ui.horizontal(|ui| {
                        if ui.button("Vet").on_hover_text("Approve it, in your name from Settings").clicked() {
                            actions.push(team(TeamAction::Vet(phrase.id.clone())));
                        }
                        phrase_line(ui, phrase);
                    });
                }
                ui.add_space(8.0);
            }
        });
        ui.separator();
        if ui.button("Close").clicked() {
            actions.push(team(TeamAction::ToggleReview));
        }
    });
    if modal.should_close() {
        actions.push(team(TeamAction::ToggleReview));
    }
    actions
}

/// The subscribe form.
pub fn subscribe(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let mut actions = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("subscribe")).show(context, |ui| {
        ui.set_width(480.0);
        ui.heading("Subscribe to a team folder");
        ui.label("A folder of collection files (.json, .csv, .yml) or one file. It is imported now, every time Tactful starts, and whenever it changes.");
        ui.add_space(6.0);
        let label = ui.label("Folder or file");
        let response = ui.add(
            egui::TextEdit::singleline(&mut state.team.subscribe_path)
                .hint_text("/mnt/team/tactful")
                .desired_width(f32::INFINITY),
        );
        let response = response.labelled_by(label.id);
        if std::mem::take(&mut state.team.subscribe_focus) {
            response.request_focus();
        }
        let entered = response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
        if let Some(error) = &state.team.subscribe_error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        ui.horizontal(|ui| {
            let ready = !state.team.subscribe_path.trim().is_empty();
            if ui.add_enabled(ready, egui::Button::new("Subscribe")).clicked() || (entered && ready) {
                actions.push(team(TeamAction::Subscribe));
            }
            if ui.button("Cancel").clicked() {
                actions.push(team(TeamAction::ToggleSubscribe));
            }
        });
    });
    if modal.should_close() {
        actions.push(team(TeamAction::ToggleSubscribe));
    }
    actions
}
