//! The desktop's interface language, read from the POSIX locale variables.

use super::Language;

/// The interface language the desktop asks for, by the POSIX rules for messages: `LC_ALL`, else
/// `LC_MESSAGES`, else `LANG` (the first one set and non-empty wins); GNU's `LANGUAGE` priority
/// list (`nl:de:en`) refines it unless that locale is C/POSIX. `None` when nothing set names one
/// of the four languages, and the caller falls back to English.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Option<Language> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().filter_map(&var).find(|value| !value.is_empty())?;
    if is_c_locale(&locale) {
        return None;
    }
    let listed = var("LANGUAGE").unwrap_or_default();
    listed.split(':').find_map(from_locale_value).or_else(|| from_locale_value(&locale))
}

/// The language of one locale value: `ru_RU.UTF-8` → Russian, `sv_SE@euro` → Swedish, `nl` → Dutch.
pub fn from_locale_value(value: &str) -> Option<Language> {
    let code = value.split(['_', '.', '@', '-']).next()?;
    if is_c_locale(code) {
        return None;
    }
    Language::from_code(code)
}

fn is_c_locale(value: &str) -> bool {
    let name = value.split('.').next().unwrap_or_default();
    name.is_empty() || name == "C" || name == "POSIX"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn environment(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        move |name| pairs.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone())
    }

    #[test]
    fn lc_all_wins_over_lang() {
        let env = environment(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")]);
        assert_eq!(from_environment(env), Some(Language::Ru));
    }

    #[test]
    fn lc_messages_wins_over_lang() {
        let env = environment(&[("LANG", "sv_SE.UTF-8"), ("LC_MESSAGES", "nl_NL.UTF-8")]);
        assert_eq!(from_environment(env), Some(Language::Nl));
    }

    #[test]
    fn an_empty_variable_is_skipped() {
        let env = environment(&[("LC_ALL", ""), ("LANG", "sv_SE@euro")]);
        assert_eq!(from_environment(env), Some(Language::Sv));
    }

    #[test]
    fn the_language_list_refines_the_locale() {
        let env = environment(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "de:nl:en")]);
        assert_eq!(from_environment(env), Some(Language::Nl));
    }

    #[test]
    fn c_posix_unset_and_unknown_languages_name_none() {
        assert_eq!(from_environment(environment(&[("LANG", "C.UTF-8"), ("LANGUAGE", "ru")])), None);
        assert_eq!(from_environment(environment(&[("LC_ALL", "POSIX")])), None);
        assert_eq!(from_environment(environment(&[])), None);
        assert_eq!(from_environment(environment(&[("LANG", "de_DE.UTF-8")])), None);
    }
}
