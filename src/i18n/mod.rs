//! The interface language: every word the window and the command line show a person goes
//! through [`text`] (or the [`tr!`](crate::tr) macro) and is looked up in Project Fluent message
//! files embedded from `assets/i18n/{en,nl,sv,ru}/*.ftl`.
//!
//! This is core: no egui here, so the command line and the window share one catalogue. The
//! interface language is independent of the phrasebook's language filter: a Dutch agent may
//! work in Dutch menus while searching English phrases.
//!
//! Which language a lookup uses: the one set on the current thread ([`set_language`], which the
//! window calls on its own thread and tests call on theirs, so parallel tests in different
//! languages never see each other's choice), else the process default ([`set_process_language`],
//! set once by `main` from the desktop locale), else English. A message missing from a
//! translation falls back to the English text, so a late translation never shows an id.

mod catalog;
mod explain;
mod locale;

use std::cell::Cell;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::{Deserialize, Serialize};

pub use catalog::{Message, messages, missing_ids};
pub use explain::Explain;
pub use locale::{from_environment, from_locale_value};

/// A language the interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English, the source language every other file is translated from.
    #[default]
    En,
    /// Dutch.
    Nl,
    /// Swedish.
    Sv,
    /// Russian.
    Ru,
}

impl Language {
    /// Every interface language, in the order Settings lists them.
    pub const ALL: [Language; 4] = [Language::En, Language::Nl, Language::Sv, Language::Ru];

    /// The language's code, as in its folder under `assets/i18n/` and in phrase language tags.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::Sv => "sv",
            Language::Ru => "ru",
        }
    }

    /// The language's name in itself, so an agent finds their language in a menu they cannot read.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Nl => "Nederlands",
            Language::Sv => "Svenska",
            Language::Ru => "Русский",
        }
    }

    /// The language for a code or tag (`ru`, `nl-BE`, `SV`); `None` when the interface has no
    /// translation for it.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Language::ALL.into_iter().find(|language| language.code() == primary)
    }

    fn index(self) -> u8 {
        match self {
            Language::En => 0,
            Language::Nl => 1,
            Language::Sv => 2,
            Language::Ru => 3,
        }
    }

    fn from_index(index: u8) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.index() == index)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.native_name())
    }
}

/// No language set on this thread: `u8::MAX`, since `Cell<Option<Language>>` would do as well
/// but the process default is an atomic and both read alike this way.
const UNSET: u8 = u8::MAX;

static PROCESS_LANGUAGE: AtomicU8 = AtomicU8::new(UNSET);

thread_local! {
    static THREAD_LANGUAGE: Cell<u8> = const { Cell::new(UNSET) };
}

/// Sets the interface language for lookups on the current thread (the window's thread, a test's).
pub fn set_language(language: Language) {
    THREAD_LANGUAGE.with(|cell| cell.set(language.index()));
}

/// Sets the language for every thread that has not chosen its own: `main` calls this once with
/// the desktop locale's language.
pub fn set_process_language(language: Language) {
    PROCESS_LANGUAGE.store(language.index(), Ordering::Relaxed);
}

/// The process default: the desktop's language once `main` has set it, else English.
pub fn process_language() -> Language {
    Language::from_index(PROCESS_LANGUAGE.load(Ordering::Relaxed)).unwrap_or_default()
}

/// The language lookups on this thread use now.
pub fn language() -> Language {
    let own = THREAD_LANGUAGE.with(Cell::get);
    Language::from_index(own)
        .or_else(|| Language::from_index(PROCESS_LANGUAGE.load(Ordering::Relaxed)))
        .unwrap_or_default()
}

/// A value given to a message: a number (chooses plural forms) or a piece of text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A count or amount; Fluent picks the plural form by the language's CLDR rules.
    Number(f64),
    /// Text placed as it is (a name, a file path, an error from the core).
    Text(String),
}

macro_rules! number_arg {
    ($($kind:ty),*) => {$(
        impl From<$kind> for Arg {
            fn from(value: $kind) -> Self {
                // Counts shown in the interface are far below 2^53, where f64 stops being exact.
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(value: &std::path::Path) -> Self {
        Arg::Text(value.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(value: &std::path::PathBuf) -> Self {
        Arg::Text(value.display().to_string())
    }
}

/// The text of message `id` in the current language (see the module docs for the fallbacks).
pub fn text(id: &str) -> String {
    text_with(id, &[])
}

/// The text of message `id` with values for its variables: `text_with("matches", &[("count",
/// 5.into())])` gives "5 matches", «5 совпадений».
pub fn text_with(id: &str, args: &[(&str, Arg)]) -> String {
    catalog::format(language(), id, args)
}

/// The text of message `id` in `language`, whatever the current thread uses.
pub fn text_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    catalog::format(language, id, args)
}

/// A date as the interface language writes it ("30 November 2026", «30 ноября 2026 г.»).
pub fn date(date: chrono::NaiveDate) -> String {
    crate::template::format_date(date, language().code())
}

/// A decimal number with the interface language's decimal mark ("1.5", "1,5").
pub fn decimal(value: f64, digits: usize) -> String {
    let written = format!("{value:.digits$}");
    match language() {
        Language::En => written,
        Language::Nl | Language::Sv | Language::Ru => written.replace('.', ","),
    }
}

/// Looks a message up in the current interface language: `tr!("quit")`, or with variables
/// `tr!("matches", count = hits.len())`, `tr!("saved-to", path = &path)`.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const MATCHES_EN: &str = "matches = { $count ->\n    [one] { $count } match\n   *[other] { $count } matches\n}\n";
    const MATCHES_RU: &str = "matches = { $count ->\n    [one] { $count } совпадение\n    [few] { $count } совпадения\n   *[many] { $count } совпадений\n}\n";

    #[test]
    fn russian_counts_follow_russian_plural_rules() {
        let count = |n: u64| catalog::format_from(Language::Ru, MATCHES_RU, "matches", &[("count", n.into())]);
        assert_eq!(count(1), "1 совпадение");
        assert_eq!(count(2), "2 совпадения");
        assert_eq!(count(5), "5 совпадений");
        assert_eq!(count(21), "21 совпадение");
        assert_eq!(count(12), "12 совпадений");
        assert_eq!(count(24), "24 совпадения");
    }

    #[test]
    fn english_counts_have_one_and_other() {
        let count = |n: u64| catalog::format_from(Language::En, MATCHES_EN, "matches", &[("count", n.into())]);
        assert_eq!(count(1), "1 match");
        assert_eq!(count(0), "0 matches");
    }

    #[test]
    fn the_thread_language_is_the_threads_own() {
        set_language(Language::Nl);
        let other = std::thread::spawn(language).join().expect("thread");
        assert_eq!(language(), Language::Nl);
        assert_ne!(other, Language::Nl, "another thread does not see this thread's choice");
        set_language(Language::En);
    }

    #[test]
    fn a_missing_translation_falls_back_to_english_and_an_unknown_id_shows_itself() {
        assert_eq!(
            catalog::format_from(Language::Ru, "only-english = Only English\n", "only-english", &[]),
            "Only English"
        );
        assert_eq!(text_in(Language::Ru, "no-such-message-anywhere", &[]), "no-such-message-anywhere");
    }

    #[test]
    fn variables_are_placed_without_isolation_marks() {
        let written = text_in(Language::En, "detail-copy-language", &[("language", "Dutch".into())]);
        assert_eq!(written, "Copy Dutch");
    }

    #[test]
    fn decimals_use_the_languages_mark() {
        set_language(Language::Sv);
        assert_eq!(decimal(1.5, 1), "1,5");
        set_language(Language::En);
        assert_eq!(decimal(1.5, 1), "1.5");
    }

    #[test]
    fn codes_and_tags_name_a_language() {
        assert_eq!(Language::from_code("ru"), Some(Language::Ru));
        assert_eq!(Language::from_code("nl-BE"), Some(Language::Nl));
        assert_eq!(Language::from_code("SV"), Some(Language::Sv));
        assert_eq!(Language::from_code("de"), None);
    }
}
