//! Team curation in the window: the collection filter and buttons in the side panel, the review
//! view (drafts, translations to re-check, conflicts with both versions) and the subscribe form.

use crate::gui::action::Action;
use crate::gui::app::AppState;
use crate::gui::team::TeamAction;
use crate::gui::theme;
use crate::model::{Phrase, Status};
use crate::store::{Resolution, Vetting};

fn team(action: TeamAction) -> Action {
    Action::Team(action)
}

/// The side panel's team section: collection filter, review and subscribe buttons.
pub fn sidebar_section(state: &AppState, ui: &mut egui::Ui) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        let label = ui.label(tr!("team-collection"));
        egui::ComboBox::from_id_salt("collection")
            .selected_text(state.team.collection.clone().unwrap_or_else(|| tr!("team-all-collections")))
            .truncate()
            .show_ui(ui, |ui| {
                if ui.selectable_label(state.team.collection.is_none(), tr!("team-all-collections")).clicked() {
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
            tr!("team-review-waiting", waiting = waiting)
        } else {
            tr!("team-review-conflicts", waiting = waiting, conflicts = queue.conflicts.len())
        };
        if ui.button(review).on_hover_text(tr!("command-review-tooltip")).clicked() {
            actions.push(team(TeamAction::ToggleReview));
        }
        if ui.button(tr!("team-subscribe")).on_hover_text(tr!("team-subscribe-tooltip")).clicked() {
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
    ui.label(egui::RichText::new(tr!("team-phrase-collection", collection = &phrase.collection)).small().color(muted));
    if let Some((id, Some(vetting))) = &state.vetting
        && id == &phrase.id
    {
        for line in vetting_lines(vetting, phrase.content.status) {
            ui.label(egui::RichText::new(line).small().color(muted));
        }
    }
    let queue = &state.team.queue;
    if queue.needs_review.iter().any(|waiting| waiting.id == phrase.id) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(tr!("team-needs-review")).color(ui.visuals().warn_fg_color));
            if ui.small_button(tr!("team-vet")).on_hover_text(tr!("team-vet-tooltip")).clicked() {
                actions.push(team(TeamAction::Vet(phrase.id.clone())));
            }
        });
    }
    if queue.conflicts.iter().any(|conflict| conflict.ours.id == phrase.id) {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(tr!("team-conflict")).color(ui.visuals().warn_fg_color));
            if ui.small_button(tr!("team-review")).clicked() {
                actions.push(team(TeamAction::ToggleReview));
            }
        });
    }
    actions
}

/// Who vetted a phrase and when, and the key that signed it: what a lead checks before trusting
/// a line that came from elsewhere.
fn vetting_lines(vetting: &Vetting, status: Status) -> Vec<String> {
    let mut lines = Vec::new();
    if status == Status::Vetted {
        let date = vetting.at.map(|at| crate::i18n::date(at.with_timezone(&chrono::Local).date_naive()));
        match (vetting.by.as_deref().filter(|name| !name.trim().is_empty()), date) {
            (Some(name), Some(date)) => lines.push(tr!("team-vetted-by-on", name = name, date = date)),
            (Some(name), None) => lines.push(tr!("team-vetted-by", name = name)),
            (None, Some(date)) => lines.push(tr!("team-vetted-on", date = date)),
            (None, None) => {}
        }
    }
    if let Some(key) = &vetting.signed_by {
        lines.push(tr!("team-signed-by", key = key.as_str()));
    }
    lines
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
        ui.heading(tr!("team-review"));
        let muted = theme::muted(ui.visuals());
        if queue.is_empty() {
            ui.label(tr!("team-nothing-waits"));
        }
        egui::ScrollArea::vertical().max_height(context.content_rect().height() * 0.65).show(ui, |ui| {
            if !queue.conflicts.is_empty() {
                ui.label(egui::RichText::new(tr!("team-conflicts-heading", count = queue.conflicts.len())).strong());
                for conflict in &queue.conflicts {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(egui::RichText::new(conflict.ours.id.as_str()).small().color(muted));
                        ui.horizontal_wrapped(|ui| {
                            ui.label(egui::RichText::new(tr!("team-yours")).strong());
                            ui.add(egui::Label::new(&conflict.ours.content.text).wrap());
                        });
                        ui.horizontal_wrapped(|ui| {
                            ui.label(egui::RichText::new(tr!("team-incoming")).strong());
                            match &conflict.theirs {
                                Some(theirs) => ui.add(egui::Label::new(&theirs.text).wrap()),
                                None => ui.label(egui::RichText::new(tr!("team-removed-upstream")).italics()),
                            };
                        });
                        ui.horizontal(|ui| {
                            let id = conflict.ours.id.clone();
                            if ui.button(tr!("team-keep-mine")).clicked() {
                                actions.push(team(TeamAction::Resolve(id.clone(), Resolution::Ours)));
                            }
                            let take =
                                if conflict.theirs.is_some() { tr!("team-take-theirs") } else { tr!("team-retire-it") };
                            if ui.button(take).clicked() {
                                actions.push(team(TeamAction::Resolve(id, Resolution::Theirs)));
                            }
                        });
                    });
                }
                ui.add_space(8.0);
            }
            for (title, phrases) in
                [("team-recheck-heading", &queue.needs_review), ("team-drafts-heading", &queue.drafts)]
            {
                if phrases.is_empty() {
                    continue;
                }
                ui.label(egui::RichText::new(tr!(title, count = phrases.len())).strong());
                for phrase in phrases.iter() {
                    ui.horizontal(|ui| {
                        if ui.button(tr!("team-vet")).on_hover_text(tr!("team-vet-tooltip")).clicked() {
                            actions.push(team(TeamAction::Vet(phrase.id.clone())));
                        }
                        phrase_line(ui, phrase);
                    });
                }
                ui.add_space(8.0);
            }
        });
        ui.separator();
        if ui.button(tr!("about-close")).clicked() {
            actions.push(team(TeamAction::ToggleReview));
        }
    });
    if modal.should_close() {
        actions.push(team(TeamAction::ToggleReview));
    }
    actions
}

/// The subscribe form: what to follow, the keys it must be signed by, and how each followed
/// source fared last time.
pub fn subscribe(state: &mut AppState, context: &egui::Context) -> Vec<Action> {
    let busy = state.team.subscribing.is_some();
    // The body (scrolling in a small window) tells the footer's buttons what was typed.
    let entered = std::cell::Cell::new(false);
    let ready = std::cell::Cell::new(false);
    let (mut subscribe, mut cancel) = (false, false);
    let form = &mut state.team;
    let response = super::dialogs::fitted_with_footer(
        "subscribe",
        context,
        |ui| {
            ui.heading(tr!("subscribe-heading"));
            ui.label(tr!("subscribe-body"));
            ui.add_space(6.0);
            let label = ui.label(tr!("subscribe-path"));
            let response = ui.add(
                egui::TextEdit::singleline(&mut form.subscribe_path)
                    .hint_text(tr!("subscribe-path-hint"))
                    .desired_width(f32::INFINITY),
            );
            let response = response.labelled_by(label.id);
            if std::mem::take(&mut form.subscribe_focus) {
                response.request_focus();
                // In a small window the field sits below the explanation: bring it into view.
                response.scroll_to_me_animation(None, egui::style::ScrollAnimation::none());
            }
            entered.set(response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)));
            ready.set(!form.subscribe_path.trim().is_empty() && !busy);
            ui.add_space(4.0);
            let keys_label = ui.label(tr!("subscribe-keys"));
            ui.add(
                egui::TextEdit::multiline(&mut form.subscribe_keys)
                    .hint_text(tr!("subscribe-keys-hint"))
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(keys_label.id);
            ui.label(tr!("subscribe-keys-explained"));
            if let Some(error) = &form.subscribe_error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            if !form.subscriptions.is_empty() {
                ui.separator();
                ui.strong(tr!("subscribe-followed"));
                for subscription in &form.subscriptions {
                    followed_row(ui, subscription);
                }
            }
        },
        |ui| {
            ui.horizontal_wrapped(|ui| {
                let clicked = ui.add_enabled(ready.get(), egui::Button::new(tr!("subscribe-button"))).clicked();
                subscribe = clicked || (entered.get() && ready.get());
                cancel = ui.button(tr!("dialog-cancel")).clicked();
                if busy {
                    ui.spinner();
                    ui.label(tr!("subscribe-working"));
                }
            });
        },
    );
    let mut actions = Vec::new();
    if subscribe {
        actions.push(team(TeamAction::Subscribe));
    }
    if cancel || response.should_close() {
        actions.push(team(TeamAction::ToggleSubscribe));
    }
    actions
}

/// One followed source: where, when it last synced (or why it failed), and who must sign it.
fn followed_row(ui: &mut egui::Ui, subscription: &crate::store::Subscription) {
    ui.label(subscription.path.display().to_string());
    let synced = match subscription.synced_at {
        Some(at) => {
            let local = at.with_timezone(&chrono::Local);
            let time = local.format("%H:%M").to_string();
            tr!("subscribe-last-synced", date = crate::i18n::date(local.date_naive()), time = time)
        }
        None => tr!("subscribe-not-synced"),
    };
    ui.weak(synced);
    if let Some(error) = &subscription.last_error {
        ui.colored_label(ui.visuals().warn_fg_color, tr!("subscribe-last-failed", error = error.as_str()));
    }
    if !subscription.trusted_keys.is_empty() {
        let ids: Vec<String> = subscription.trusted_keys.iter().map(|key| key.id().to_string()).collect();
        ui.weak(tr!("subscribe-signed-only", keys = ids.join(", ")));
    }
}
