//! UI preferences, persisted by eframe (never in the phrasebook database).

use serde::{Deserialize, Serialize};

use super::paste_back::PastePrefs;

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
    /// Text size multiplier.
    pub zoom: f32,
    /// The language new phrases start in; `None` follows the language filter.
    pub default_lang: Option<String>,
    /// A global shortcut that brings the window forward (`ctrl+alt+KeyT`); `None` is off.
    pub global_shortcut: Option<String>,
    /// What Enter does, the paste keystroke, restoring the clipboard.
    pub paste: PastePrefs,
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
            zoom: 1.0,
            default_lang: None,
            global_shortcut: None,
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
