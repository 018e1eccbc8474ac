//! One table of everything the window can be told to do by name: each [`Command`] carries its
//! keyboard shortcut, its label and its tooltip. Key handling, the menus (which show Cmd on macOS
//! through [`egui::Context::format_shortcut`]), the help overlay and the README test all read this
//! table, so a shortcut is written down once.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A named thing the window can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Command {
    /// Copy the selected result (phrases with blanks open the fill-in form).
    CopySelected,
    /// Do the other of copy and paste with the selected result (or the open form).
    CopyOther,
    /// Copy result `n` (0-based) of the list.
    CopyRow(usize),
    /// Select the next result.
    SelectNext,
    /// Select the previous result.
    SelectPrevious,
    /// Clear the search; on an empty search, minimise.
    Escape,
    /// Put the cursor in the search box with its text selected.
    FocusSearch,
    /// Mark or unmark the selected phrase as a favourite.
    ToggleFavourite,
    /// Show matches in every language after the chosen one found few.
    OtherLanguages,
    /// Open the editor on a new phrase.
    NewPhrase,
    /// Edit the selected phrase.
    EditPhrase,
    /// Start a new phrase from a copy of the selected one.
    DuplicatePhrase,
    /// Move the selected phrase to the trash.
    DeletePhrase,
    /// Bring back what the last deletes removed.
    Undo,
    /// The selected phrase in large type.
    LargeType,
    /// Search box and results only.
    Compact,
    /// Show or hide the side panel.
    SidePanel,
    /// Show or hide the detail pane.
    DetailPane,
    /// Keep the window above others.
    AlwaysOnTop,
    /// Preferences.
    Settings,
    /// The "Check a draft" view.
    CheckDraft,
    /// This list of shortcuts.
    Help,
    /// The version, licence and where the phrasebook lives.
    About,
    /// In Check a draft: the next finding.
    NextFinding,
    /// In Check a draft: the previous finding.
    PreviousFinding,
    /// In Check a draft: put alternative `n` (0-based) of the selected finding in place.
    PickAlternative(usize),
    /// In Check a draft: replace the draft with the clipboard and check it.
    PasteAndCheck,
    /// In Check a draft: copy the revised draft.
    CopyRevised,
    /// In a fill-in form: copy although a blank is still empty.
    CopyAnyway,
    /// In the editor: save the phrase.
    SavePhrase,
    /// All phrases (leaves favourites, recent, the trash).
    AllPhrases,
    /// The trash.
    Trash,
    /// Drafts, translations to re-check and conflicts.
    Review,
    /// Import a collection file.
    Import,
    /// Export phrases to a file.
    Export,
    /// Follow a team folder or file.
    Subscribe,
    /// Close the window.
    Quit,
}

const DIGITS: [Key; 9] =
    [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5, Key::Num6, Key::Num7, Key::Num8, Key::Num9];

impl Command {
    /// Every command with a fixed meaning, in the order the help overlay lists them. Row and
    /// alternative numbers are listed once each, as their first member.
    pub const ALL: [Command; 37] = [
        Command::CopySelected,
        Command::CopyOther,
        Command::CopyRow(0),
        Command::SelectNext,
        Command::SelectPrevious,
        Command::Escape,
        Command::FocusSearch,
        Command::OtherLanguages,
        Command::ToggleFavourite,
        Command::NewPhrase,
        Command::EditPhrase,
        Command::DuplicatePhrase,
        Command::DeletePhrase,
        Command::Undo,
        Command::LargeType,
        Command::Compact,
        Command::SidePanel,
        Command::DetailPane,
        Command::AlwaysOnTop,
        Command::Settings,
        Command::CheckDraft,
        Command::Help,
        Command::About,
        Command::PasteAndCheck,
        Command::NextFinding,
        Command::PreviousFinding,
        Command::PickAlternative(0),
        Command::CopyRevised,
        Command::CopyAnyway,
        Command::SavePhrase,
        Command::AllPhrases,
        Command::Trash,
        Command::Review,
        Command::Import,
        Command::Export,
        Command::Subscribe,
        Command::Quit,
    ];

    /// The keys, if the command has any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let none = Modifiers::NONE;
        let command = Modifiers::COMMAND;
        let (modifiers, key) = match self {
            Command::CopySelected => (none, Key::Enter),
            Command::CopyOther => (Modifiers::SHIFT, Key::Enter),
            Command::CopyRow(row) => (command, *DIGITS.get(row)?),
            Command::SelectNext => (none, Key::ArrowDown),
            Command::SelectPrevious => (none, Key::ArrowUp),
            Command::Escape => (none, Key::Escape),
            Command::FocusSearch => (command, Key::F),
            Command::ToggleFavourite => (command, Key::D),
            Command::OtherLanguages => (Modifiers::ALT, Key::L),
            Command::NewPhrase => (command, Key::N),
            Command::EditPhrase => (command, Key::E),
            Command::DeletePhrase => (none, Key::Delete),
            Command::Undo => (command, Key::Z),
            Command::LargeType => (command, Key::L),
            Command::Compact => (command, Key::K),
            Command::SidePanel => (command, Key::B),
            Command::DetailPane => (command, Key::I),
            Command::AlwaysOnTop => (command, Key::T),
            Command::Settings => (command, Key::Comma),
            Command::CheckDraft => (command.plus(Modifiers::SHIFT), Key::D),
            Command::Help => (none, Key::F1),
            Command::NextFinding => (none, Key::F6),
            Command::PreviousFinding => (Modifiers::SHIFT, Key::F6),
            Command::PickAlternative(number) => (Modifiers::ALT, *DIGITS.get(number)?),
            Command::PasteAndCheck => (command.plus(Modifiers::SHIFT), Key::V),
            Command::CopyRevised => (command, Key::Enter),
            Command::CopyAnyway => (command, Key::Enter),
            Command::SavePhrase => (command, Key::S),
            Command::Quit => (command, Key::Q),
            Command::DuplicatePhrase
            | Command::About
            | Command::AllPhrases
            | Command::Trash
            | Command::Review
            | Command::Import
            | Command::Export
            | Command::Subscribe => return None,
        };
        Some(KeyboardShortcut::new(modifiers, key))
    }

    /// Other keys that do the same, as the help overlay writes them.
    pub fn also(self) -> Option<&'static str> {
        match self {
            Command::FocusSearch => Some("/"),
            Command::Help => Some("?"),
            Command::NextFinding => Some("Alt+↓"),
            Command::PreviousFinding => Some("Alt+↑"),
            _ => None,
        }
    }

    /// The name in menus and the help overlay.
    /// The message id of the name in menus and the help overlay.
    fn message_id(self) -> &'static str {
        match self {
            Command::CopySelected => "command-copy-selected",
            Command::CopyOther => "command-copy-other",
            Command::CopyRow(_) => "command-copy-row",
            Command::SelectNext => "command-select-next",
            Command::SelectPrevious => "command-select-previous",
            Command::Escape => "command-escape",
            Command::FocusSearch => "command-focus-search",
            Command::ToggleFavourite => "command-toggle-favourite",
            Command::OtherLanguages => "command-other-languages",
            Command::NewPhrase => "command-new-phrase",
            Command::EditPhrase => "command-edit-phrase",
            Command::DuplicatePhrase => "command-duplicate-phrase",
            Command::DeletePhrase => "command-delete-phrase",
            Command::Undo => "command-undo",
            Command::LargeType => "command-large-type",
            Command::Compact => "command-compact",
            Command::SidePanel => "command-side-panel",
            Command::DetailPane => "command-detail-pane",
            Command::AlwaysOnTop => "command-always-on-top",
            Command::Settings => "command-settings",
            Command::CheckDraft => "command-check-draft",
            Command::Help => "command-help",
            Command::About => "command-about",
            Command::NextFinding => "command-next-finding",
            Command::PreviousFinding => "command-previous-finding",
            Command::PickAlternative(_) => "command-pick-alternative",
            Command::PasteAndCheck => "command-paste-and-check",
            Command::CopyRevised => "command-copy-revised",
            Command::CopyAnyway => "command-copy-anyway",
            Command::SavePhrase => "command-save-phrase",
            Command::AllPhrases => "command-all-phrases",
            Command::Trash => "command-trash",
            Command::Review => "command-review",
            Command::Import => "command-import",
            Command::Export => "command-export",
            Command::Subscribe => "command-subscribe",
            Command::Quit => "command-quit",
        }
    }

    /// The name in menus and the help overlay, in the interface language.
    pub fn label(self) -> String {
        crate::i18n::text(self.message_id())
    }

    /// One line on what the command does, for tooltips.
    pub fn tooltip(self) -> String {
        match self {
            Command::CopySelected
            | Command::CopyRow(_)
            | Command::OtherLanguages
            | Command::DeletePhrase
            | Command::Undo
            | Command::Compact
            | Command::SidePanel
            | Command::DetailPane
            | Command::CheckDraft
            | Command::PasteAndCheck
            | Command::CopyAnyway => crate::i18n::text(&format!("{}-tooltip", self.message_id())),
            _ => self.label(),
        }
    }

    /// The shortcut as text for this platform (Cmd on macOS), or an empty string.
    pub fn shortcut_text(self, context: &egui::Context) -> String {
        let Some(shortcut) = self.shortcut() else { return String::new() };
        match self {
            Command::CopyRow(_) => format!("{} … 9", context.format_shortcut(&shortcut)),
            Command::PickAlternative(_) => format!("{} … 9", context.format_shortcut(&shortcut)),
            _ => context.format_shortcut(&shortcut),
        }
    }

    /// The shortcut as the README writes it (Ctrl, as on Linux and Windows).
    pub fn documented_shortcut(self) -> Option<String> {
        let shortcut = self.shortcut()?;
        Some(shortcut.format(&egui::ModifierNames::NAMES, false))
    }

    /// Whether its keys were pressed this frame; consumes them so no text field also sees them.
    pub fn pressed(self, context: &egui::Context) -> bool {
        let Some(shortcut) = self.shortcut() else { return false };
        context.input_mut(|input| input.consume_shortcut(&shortcut))
    }

    /// A menu entry showing the platform's shortcut; returns whether it was clicked.
    pub fn menu_button(self, ui: &mut egui::Ui, enabled: bool) -> bool {
        let keys = self.shortcut_text(ui.ctx());
        let button = egui::Button::new(self.label());
        let button = if keys.is_empty() { button } else { button.shortcut_text(keys) };
        let response = ui.add_enabled(enabled, button);
        // A tooltip that only repeats the label would be noise (and a second node of that name).
        let response = if self.tooltip() == self.label() { response } else { response.on_hover_text(self.tooltip()) };
        response.clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_that_can_apply_at_once_share_keys() {
        // The fill-in form's "copy anyway" and the draft's "copy revised" never apply together.
        let mut seen: Vec<(KeyboardShortcut, Command)> = Vec::new();
        for command in Command::ALL.into_iter().filter(|command| *command != Command::CopyAnyway) {
            let Some(shortcut) = command.shortcut() else { continue };
            let clash = seen.iter().find(|(other, _)| *other == shortcut);
            assert!(clash.is_none(), "{command:?} and {clash:?} share {shortcut:?}");
            seen.push((shortcut, command));
        }
    }

    #[test]
    fn the_readme_lists_every_shortcut() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
        let readme = std::fs::read_to_string(path).expect("README.md is readable");
        for command in Command::ALL {
            if let Some(keys) = command.documented_shortcut() {
                assert!(readme.contains(&keys), "README.md does not list {keys} ({})", command.label());
            }
        }
    }

    #[test]
    fn menus_say_cmd_on_a_mac() {
        let context = egui::Context::default();
        // Fonts (which decide between ⌘ and "Cmd") exist after the first frame.
        let mut output = context.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        context.set_os(egui::os::OperatingSystem::Mac);
        assert!(!Command::NewPhrase.shortcut_text(&context).contains("Ctrl"));
        context.set_os(egui::os::OperatingSystem::Nix);
        assert_eq!(Command::NewPhrase.shortcut_text(&context), "Ctrl+N");
    }
}
