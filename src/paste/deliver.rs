//! The paste itself, the same on every platform: focus back, check, keys. Written against the
//! [`Desktop`] trait with the pauses passed in, so the checks that keep keys out of the wrong window
//! are tested without a display.

use std::time::Duration;

use super::{Desktop, Focused, PasteError, PasteKeys};

/// How long paste-back waits for each step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// Longest wait for the target to report the focus after it was asked to take it. Window
    /// managers answer within a frame or two; a busy machine may take a few hundred milliseconds.
    pub focus_wait: Duration,
    /// Longest wait for Shift, Ctrl or Alt to be let go (Shift+Enter is still held when the paste
    /// starts, and would turn Ctrl+V into Ctrl+Shift+V).
    pub modifier_wait: Duration,
    /// Time between two looks at the focus or the modifiers.
    pub poll: Duration,
    /// Time the target gets to read the clipboard before the agent's earlier text goes back.
    pub restore_after: Duration,
}

impl Default for Timing {
    fn default() -> Self {
        Self {
            focus_wait: Duration::from_millis(1500),
            modifier_wait: Duration::from_millis(2000),
            poll: Duration::from_millis(20),
            restore_after: Duration::from_millis(1000),
        }
    }
}

impl Timing {
    /// No waiting at all: for a fake desktop that answers at once.
    pub fn immediate() -> Self {
        Self {
            focus_wait: Duration::ZERO,
            modifier_wait: Duration::ZERO,
            poll: Duration::ZERO,
            restore_after: Duration::ZERO,
        }
    }

    /// How many looks fit in `wait` (at least one).
    fn looks(self, wait: Duration) -> u32 {
        if self.poll.is_zero() { 1 } else { (wait.as_millis() / self.poll.as_millis()).max(1) as u32 }
    }
}

/// Gives `target` the focus back and sends `keys` to it. Keys are sent only once the desktop says
/// `target` has the focus and no modifier is held; otherwise nothing is typed anywhere.
pub fn deliver(
    desktop: &mut dyn Desktop,
    target: &Focused,
    keys: PasteKeys,
    timing: Timing,
    pause: &mut dyn FnMut(Duration),
) -> Result<(), PasteError> {
    if !desktop.exists(target.window)? {
        return Err(PasteError::WindowGone(target.title.clone()));
    }
    desktop.activate(target.window)?;
    let mut focused = false;
    for _ in 0..timing.looks(timing.focus_wait) {
        if has_focus(desktop, target)? {
            focused = true;
            break;
        }
        pause(timing.poll);
    }
    if !focused {
        return Err(if desktop.exists(target.window)? {
            PasteError::FocusRefused(target.title.clone())
        } else {
            PasteError::WindowGone(target.title.clone())
        });
    }
    let mut released = false;
    for _ in 0..timing.looks(timing.modifier_wait) {
        if !desktop.modifiers_held()? {
            released = true;
            break;
        }
        pause(timing.poll);
    }
    if !released {
        return Err(PasteError::ModifierHeld);
    }
    // The agent may have clicked elsewhere while the keys were held: look once more.
    if !has_focus(desktop, target)? {
        return Err(PasteError::FocusRefused(target.title.clone()));
    }
    desktop.send(keys)
}

fn has_focus(desktop: &mut dyn Desktop, target: &Focused) -> Result<bool, PasteError> {
    Ok(desktop.focused()?.is_some_and(|focused| focused.window == target.window))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paste::{FakeDesktop, WindowId};

    fn chat() -> Focused {
        Focused { window: WindowId(1), title: "Chat".into(), ours: false }
    }

    fn timing() -> Timing {
        let wait = Duration::from_millis(50);
        Timing { poll: Duration::from_millis(10), focus_wait: wait, modifier_wait: wait, ..Timing::immediate() }
    }

    fn run(desktop: &mut FakeDesktop, keys: PasteKeys) -> Result<(), PasteError> {
        deliver(desktop, &chat(), keys, timing(), &mut |_| {})
    }

    #[test]
    fn keys_go_to_the_window_once_it_has_the_focus_back() {
        let mut desktop = FakeDesktop::with_windows(&[(1, "Chat"), (2, "Tactful")], 2);
        desktop.state().lock().expect("fake").focus = Some(WindowId(2));
        assert_eq!(run(&mut desktop, PasteKeys::ShiftInsert), Ok(()));
        assert_eq!(desktop.state().lock().expect("fake").sent, vec![(WindowId(1), PasteKeys::ShiftInsert)]);
    }

    #[test]
    fn a_closed_window_gets_no_keys() {
        let mut desktop = FakeDesktop::with_windows(&[(2, "Tactful")], 2);
        assert_eq!(run(&mut desktop, PasteKeys::CtrlV), Err(PasteError::WindowGone("Chat".into())));
        assert!(desktop.state().lock().expect("fake").sent.is_empty());
    }

    #[test]
    fn a_window_that_refuses_the_focus_gets_no_keys_and_neither_does_any_other() {
        let mut desktop = FakeDesktop::with_windows(&[(1, "Chat"), (2, "Tactful")], 2);
        let state = desktop.state();
        state.lock().expect("fake").focus = Some(WindowId(2));
        state.lock().expect("fake").refuses_focus.push(WindowId(1));
        assert_eq!(run(&mut desktop, PasteKeys::CtrlV), Err(PasteError::FocusRefused("Chat".into())));
        assert!(state.lock().expect("fake").sent.is_empty());
    }

    #[test]
    fn focus_that_arrives_late_is_waited_for() {
        let mut desktop = FakeDesktop::with_windows(&[(1, "Chat")], 2);
        desktop.state().lock().expect("fake").focus_delay = 3;
        assert_eq!(run(&mut desktop, PasteKeys::CtrlV), Ok(()));
        assert_eq!(desktop.state().lock().expect("fake").sent.len(), 1);
    }

    #[test]
    fn keys_wait_for_shift_to_be_let_go() {
        let mut desktop = FakeDesktop::with_windows(&[(1, "Chat")], 2);
        desktop.state().lock().expect("fake").modifiers_held_for = 2;
        assert_eq!(run(&mut desktop, PasteKeys::CtrlV), Ok(()));
        let mut held = FakeDesktop::with_windows(&[(1, "Chat")], 2);
        held.state().lock().expect("fake").modifiers_held_for = 1000;
        assert_eq!(run(&mut held, PasteKeys::CtrlV), Err(PasteError::ModifierHeld));
        assert!(held.state().lock().expect("fake").sent.is_empty());
    }

    #[test]
    fn focus_taken_away_while_waiting_for_the_modifiers_stops_the_paste() {
        let mut desktop = FakeDesktop::with_windows(&[(1, "Chat"), (3, "Browser")], 2);
        let state = desktop.state();
        state.lock().expect("fake").modifiers_held_for = 2;
        state.lock().expect("fake").steal_focus_to = Some(WindowId(3));
        assert_eq!(run(&mut desktop, PasteKeys::CtrlV), Err(PasteError::FocusRefused("Chat".into())));
        assert!(state.lock().expect("fake").sent.is_empty());
    }
}
