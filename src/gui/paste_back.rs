//! The window's side of paste back (the desktop side is `crate::paste`): what Enter does with the
//! chosen phrase — copy, copy and hide, or paste into the app the agent came from — with
//! Shift+Enter doing the other of copy and paste; the settings for it; and the steps around the
//! copy (keep the agent's clipboard text, start the paste, get out of the way, or say why not).

use serde::{Deserialize, Serialize};

use crate::paste::{PasteError, PasteKeys};

use super::AppState;

/// What Enter does with the phrase (and the form's Enter with a filled-in template).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum EnterAction {
    /// Copy and stay: Tactful as a reference window beside the call.
    Copy,
    /// Copy and minimise Tactful, to paste by hand.
    CopyAndHide,
    /// Paste into the window Tactful was summoned from; copy when it was not summoned.
    #[default]
    Paste,
}

impl EnterAction {
    /// Every choice, in the order Settings lists them.
    pub const ALL: [EnterAction; 3] = [EnterAction::Copy, EnterAction::CopyAndHide, EnterAction::Paste];

    /// How Settings names it.
    pub fn label(self) -> String {
        tr!(match self {
            EnterAction::Copy => "paste-enter-copy",
            EnterAction::CopyAndHide => "paste-enter-copy-and-hide",
            EnterAction::Paste => "paste-enter-paste",
        })
    }

    /// What Shift+Enter (and the second button) does: the other of copy and paste, so both are
    /// always one key away.
    pub fn other(self) -> EnterAction {
        match self {
            EnterAction::Paste => EnterAction::Copy,
            EnterAction::Copy | EnterAction::CopyAndHide => EnterAction::Paste,
        }
    }

    /// The label of a button that does this.
    pub fn button(self) -> String {
        tr!(match self {
            EnterAction::Copy => "paste-button-copy",
            EnterAction::CopyAndHide => "paste-button-copy-and-hide",
            EnterAction::Paste => "paste-button-paste",
        })
    }
}

/// The paste settings, remembered with the other preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PastePrefs {
    /// What Enter does.
    pub enter: EnterAction,
    /// The keystroke that pastes in the target.
    pub keys: PasteKeys,
    /// Put the agent's earlier clipboard text back after a paste.
    pub restore_clipboard: bool,
}

impl Default for PastePrefs {
    fn default() -> Self {
        Self { enter: EnterAction::Paste, keys: PasteKeys::CtrlV, restore_clipboard: true }
    }
}

/// The paste row of the settings grid ("Enter" and its choices); returns the changed settings.
pub fn settings_row(ui: &mut egui::Ui, prefs: &PastePrefs, why_not: Option<&str>) -> Option<PastePrefs> {
    let mut changed = prefs.clone();
    ui.label(tr!("paste-enter"));
    ui.vertical(|ui| {
        for action in EnterAction::ALL {
            ui.radio_value(&mut changed.enter, action, action.label());
        }
        ui.weak(tr!("paste-shift-enter", action = changed.enter.other().label().to_lowercase()));
        // Plain words: a label shows backticks as they are.
        ui.weak(why_not.map_or_else(|| tr!("paste-how"), str::to_owned));
        // Wrapped, so in a narrow window the list goes under its label instead of off the edge.
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(tr!("paste-keystroke"));
            egui::ComboBox::from_id_salt("paste-keys")
                .selected_text(changed.keys.label())
                .show_ui(ui, |ui| {
                    for keys in PasteKeys::ALL {
                        ui.selectable_value(&mut changed.keys, keys, keys.label());
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.checkbox(&mut changed.restore_clipboard, tr!("paste-restore-clipboard"));
    });
    ui.end_row();
    (changed != *prefs).then_some(changed)
}

/// The two buttons of a copy: what Enter does and what Shift+Enter does; returns the clicked one.
pub fn delivery_buttons(ui: &mut egui::Ui, enter: EnterAction) -> Option<EnterAction> {
    let mut chosen = None;
    for (action, keys) in [(enter, "Enter"), (enter.other(), "Shift+Enter")] {
        if ui.button(tr!("paste-button-keys", action = action.button(), keys = keys)).clicked() {
            chosen = Some(action);
        }
    }
    chosen
}

impl AppState {
    /// Tactful was summoned from another window: remember that window to paste into.
    pub fn summoned(&mut self) {
        self.paste.summoned();
        self.focus_search();
    }

    /// A summon (a second launch or the global shortcut) asks the window to come forward: remember
    /// where the agent was, then un-minimise, raise and focus the window, and draw a frame at once
    /// so the search box, its old query selected, is ready for typing. Runs in eframe's `logic`,
    /// which is called even while the window is minimised.
    pub fn come_forward(&mut self, context: &egui::Context) {
        // Before the window comes forward, while the agent's app still has the focus.
        self.summoned();
        context.send_viewport_cmd(egui::ViewportCommand::Visible(true));
        context.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
        context.send_viewport_cmd(egui::ViewportCommand::Focus);
        self.paste.bring_forward();
        context.request_repaint();
    }

    /// What the copy being made will do: the key's choice, else plain copy (a Copy button).
    pub(super) fn delivery(&self) -> EnterAction {
        self.delivery.unwrap_or(EnterAction::Copy)
    }

    /// Before the copy: the agent's clipboard text, when a paste will want to put it back.
    pub(super) fn clipboard_before_copy(&mut self) -> Option<String> {
        let pasting = self.delivery() == EnterAction::Paste && self.paste.target().is_some();
        (pasting && self.prefs.paste.restore_clipboard).then(|| self.paste.clipboard_text()).flatten()
    }

    /// After a successful copy of `plain`: hide, or start the paste. `copied` is what the copy
    /// itself has to say ("Copied", or a warning); returns the message for the status line.
    pub(super) fn after_copy(
        &mut self,
        plain: &str,
        previous: Option<String>,
        copied: String,
        context: &egui::Context,
    ) -> String {
        let extra = match self.delivery.take().unwrap_or(EnterAction::Copy) {
            EnterAction::Copy => None,
            EnterAction::CopyAndHide => {
                self.hide(context);
                None
            }
            EnterAction::Paste if self.paste.why_not().is_some() => {
                // Said once per run, in words; after that the copy speaks for itself.
                self.paste.explain_once()
            }
            EnterAction::Paste if self.paste.target().is_none() => None,
            EnterAction::Paste => {
                let waker = context.clone();
                let keys = self.prefs.paste.keys;
                match self.paste.start(keys, plain, previous, move || waker.request_repaint()) {
                    // The outcome arrives in a later frame (see `poll_paste`).
                    Ok(()) => return tr!("toast-pasting"),
                    Err(error) => Some(not_pasted(&error)),
                }
            }
        };
        match extra {
            None => copied,
            Some(extra) if copied == tr!("toast-copied") => extra,
            Some(extra) => tr!("toast-copied-and-more", copied = copied, more = extra),
        }
    }

    /// Shows how the paste under way ended: out of the way when it worked, back with the reason
    /// when it did not. Called every frame.
    pub fn poll_paste(&mut self, context: &egui::Context) {
        let Some(report) = self.paste.poll() else {
            if self.paste.busy() {
                context.request_repaint_after(std::time::Duration::from_millis(50));
            }
            return;
        };
        match report {
            Ok(title) => {
                self.say(tr!("toast-pasted-into", window = title), context);
                self.hide(context);
            }
            Err(error) => {
                context.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
                context.send_viewport_cmd(egui::ViewportCommand::Focus);
                self.say(not_pasted(&error), context);
            }
        }
    }

    /// Minimises the window; the agent is back in their app, so the remembered window is forgotten.
    fn hide(&mut self, context: &egui::Context) {
        self.paste.forget();
        context.send_viewport_cmd(egui::ViewportCommand::Minimized(true));
    }
}

fn not_pasted(error: &PasteError) -> String {
    let reason = error.to_string();
    tr!("toast-not-pasted", reason = reason.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_enter_does_the_other_of_copy_and_paste() {
        assert_eq!(EnterAction::Paste.other(), EnterAction::Copy);
        assert_eq!(EnterAction::Copy.other(), EnterAction::Paste);
        assert_eq!(EnterAction::CopyAndHide.other(), EnterAction::Paste);
    }

    #[test]
    fn a_fresh_install_pastes_and_restores_the_clipboard() {
        let prefs: PastePrefs = serde_json::from_str("{}").expect("loads");
        assert_eq!(prefs, PastePrefs { enter: EnterAction::Paste, keys: PasteKeys::CtrlV, restore_clipboard: true });
    }

    #[test]
    fn the_reason_reads_as_a_sentence() {
        let message = not_pasted(&PasteError::WindowGone("Chat".into()));
        assert_eq!(message, "Not pasted: the window you came from (Chat) is gone. The phrase is on the clipboard.");
    }
}
