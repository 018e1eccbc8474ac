//! UI preferences, persisted by eframe (never in the phrasebook database).

use serde::{Deserialize, Serialize};

use super::paste_back::PastePrefs;
use crate::i18n::Language;

/// Light, dark, or follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ThemeChoice {
    /// Follow the desktop.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// One line of the agent's own profile, filled into templates by placeholder name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// `{agent_name}`
    AgentName,
    /// `{company}`
    Company,
    /// `{team_phone}`
    TeamPhone,
    /// `{team_email}`
    TeamEmail,
    /// `{signature}`
    Signature,
}

impl Profile {
    /// Every profile line, in the order Settings shows them.
    pub const ALL: [Profile; 5] =
        [Profile::AgentName, Profile::Company, Profile::TeamPhone, Profile::TeamEmail, Profile::Signature];

    /// The placeholder it fills.
    pub fn placeholder(self) -> &'static str {
        match self {
            Profile::AgentName => "agent_name",
            Profile::Company => "company",
            Profile::TeamPhone => "team_phone",
            Profile::TeamEmail => "team_email",
            Profile::Signature => "signature",
        }
    }

    /// Its label in Settings.
    pub fn label(self) -> String {
        tr!(match self {
            Profile::AgentName => "profile-agent-name",
            Profile::Company => "profile-company",
            Profile::TeamPhone => "profile-team-phone",
            Profile::TeamEmail => "profile-team-email",
            Profile::Signature => "profile-signature",
        })
    }
}

/// What the window remembers between runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Language filter; `None` shows every language.
    pub lang: Option<String>,
    /// Show drafts as well as vetted phrases.
    pub show_drafts: bool,
    /// Search box and results only, for a narrow strip beside the call.
    pub compact: bool,
    /// Keep the window above others.
    pub always_on_top: bool,
    /// Colour theme.
    pub theme: ThemeChoice,
    /// Fills `{agent_name}`.
    pub agent_name: String,
    /// Fills `{company}`.
    pub company: String,
    /// Fills `{team_phone}`.
    pub team_phone: String,
    /// Fills `{team_email}`.
    pub team_email: String,
    /// Fills `{signature}` (several lines).
    pub signature: String,
    /// Show the side panel when the window has room for it.
    pub side_panel: bool,
    /// Show the detail pane when the window has room for it.
    pub detail_pane: bool,
    /// Text size multiplier.
    pub zoom: f32,
    /// The language new phrases start in; `None` follows the language filter.
    pub default_lang: Option<String>,
    /// A global shortcut that brings the window forward (`ctrl+alt+KeyT`); `None` is off.
    pub global_shortcut: Option<String>,
    /// The language of the window's own words, chosen in Settings; `None` follows the desktop
    /// locale. Independent of [`Prefs::lang`], which filters phrases.
    pub interface_language: Option<Language>,
    /// What Enter does, the paste keystroke, restoring the clipboard.
    pub paste: PastePrefs,
}

impl Prefs {
    /// The agent's value for a profile line.
    pub fn profile(&self, line: Profile) -> &str {
        match line {
            Profile::AgentName => &self.agent_name,
            Profile::Company => &self.company,
            Profile::TeamPhone => &self.team_phone,
            Profile::TeamEmail => &self.team_email,
            Profile::Signature => &self.signature,
        }
    }

    /// Sets a profile line.
    pub fn set_profile(&mut self, line: Profile, value: String) {
        match line {
            Profile::AgentName => self.agent_name = value,
            Profile::Company => self.company = value,
            Profile::TeamPhone => self.team_phone = value,
            Profile::TeamEmail => self.team_email = value,
            Profile::Signature => self.signature = value,
        }
    }

    /// The profile value a placeholder takes, if it is a profile placeholder and filled in.
    pub fn profile_value(&self, placeholder: &str) -> Option<&str> {
        Profile::ALL
            .into_iter()
            .find(|line| line.placeholder() == placeholder)
            .map(|line| self.profile(line))
            .filter(|value| !value.trim().is_empty())
    }
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            lang: locale_language(),
            show_drafts: true,
            compact: false,
            always_on_top: false,
            theme: ThemeChoice::System,
            agent_name: String::new(),
            company: String::new(),
            team_phone: String::new(),
            team_email: String::new(),
            signature: String::new(),
            side_panel: true,
            detail_pane: true,
            zoom: 1.0,
            default_lang: None,
            global_shortcut: None,
            interface_language: None,
            paste: PastePrefs::default(),
        }
    }
}

/// The desktop's language (`nl` from `LANG=nl_NL.UTF-8`), as the first-run language filter, so an
/// agent sees phrases in their own language first; `None` (all languages) for C/POSIX or unset.
fn locale_language() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| value.split(['_', '.', '@']).next().map(str::to_lowercase))
        .filter(|code| {
            code.len() >= 2 && code.len() <= 3 && code.chars().all(|c| c.is_ascii_lowercase()) && code != "c"
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferences_saved_before_a_setting_existed_still_load() {
        let old: Prefs = serde_json::from_str(r#"{"lang":"nl","zoom":1.3,"theme":"Dark"}"#).expect("loads");
        assert_eq!(old.default_lang, None);
        assert_eq!(old.theme, ThemeChoice::Dark);
        let prefs = Prefs { default_lang: Some("sv".into()), ..old };
        let round_trip: Prefs = serde_json::from_str(&serde_json::to_string(&prefs).expect("saves")).expect("loads");
        assert_eq!(round_trip, prefs);
    }
}
