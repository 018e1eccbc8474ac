//! What search knows about the languages agents type in: words that carry little meaning
//! ("the", "de", "och", "и"), synonyms agents type for what a phrase says ("money back" for
//! "refund"), the words they use for each situation ("shouting", "bollad runt", "футболят"), and a
//! Snowball stemmer, for English, Dutch, Swedish and Russian. The lists are content, kept in
//! `data/search/<lang>.json` and embedded at build time; a language without a file simply has none
//! of them, and search behaves as it always did there.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

use super::fold::fold;

/// The files, by language (a stored index records which lists built it).
pub(super) const FILES: [(&str, &str); 4] = [
    ("en", include_str!("../../data/search/en.json")),
    ("nl", include_str!("../../data/search/nl.json")),
    ("sv", include_str!("../../data/search/sv.json")),
    ("ru", include_str!("../../data/search/ru.json")),
];

#[derive(Deserialize)]
struct File {
    lang: String,
    #[serde(default)]
    function_words: Vec<String>,
    #[serde(default)]
    synonyms: Vec<Vec<String>>,
    #[serde(default)]
    keywords: HashMap<String, Vec<String>>,
}

/// One language's lists, folded as search compares them.
pub(super) struct Language {
    pub code: &'static str,
    pub function_words: HashSet<String>,
    /// Groups of expressions that mean the same to an agent; each expression is its words.
    pub synonyms: Vec<Vec<Vec<String>>>,
    /// Per group, per expression: the stem of a one-word expression (`None` for longer ones),
    /// worked out once here rather than on every keystroke that compares a term with it.
    pub synonym_stems: Vec<Vec<Option<String>>>,
    /// Situation key → the words agents use for it, as written (indexed like any text).
    pub keywords: HashMap<String, Vec<String>>,
    stemmer: Stemmer,
}

impl Language {
    /// The stem of a folded word, or `None` when stemming leaves it as it is.
    pub fn stem(&self, word: &str) -> String {
        // Folding turns "й" into "и"; Russian endings are written with "й", so give it back where
        // an ending needs it ("новыи" → "новый") before the stemmer reads the word.
        if self.code == "ru"
            && let Some(rest) = word.strip_suffix('и')
            && rest.ends_with(['ы', 'и', 'о', 'е', 'а', 'у', 'я', 'ю'])
        {
            return self.stemmer.stem(&format!("{rest}й")).into_owned();
        }
        self.stemmer.stem(word).into_owned()
    }
}

fn words(expression: &str) -> Vec<String> {
    fold(expression).split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).map(str::to_owned).collect()
}

fn load(code: &'static str, text: &str) -> Option<Language> {
    let file: File = serde_json::from_str(text).ok()?;
    let algorithm = match file.lang.as_str() {
        "en" => Algorithm::English,
        "nl" => Algorithm::Dutch,
        "sv" => Algorithm::Swedish,
        "ru" => Algorithm::Russian,
        _ => return None,
    };
    let synonyms: Vec<Vec<Vec<String>>> = file
        .synonyms
        .iter()
        .map(|group| group.iter().map(|expression| words(expression)).filter(|words| !words.is_empty()).collect())
        .collect();
    let mut language = Language {
        code,
        function_words: file.function_words.iter().map(|word| fold(word)).collect(),
        synonyms,
        synonym_stems: Vec::new(),
        keywords: file.keywords,
        stemmer: Stemmer::create(algorithm),
    };
    language.synonym_stems = language
        .synonyms
        .iter()
        .map(|group| {
            group
                .iter()
                .map(|expression| match expression.as_slice() {
                    [word] => Some(language.stem(word)),
                    _ => None,
                })
                .collect()
        })
        .collect();
    Some(language)
}

/// Every language search has lists for. A file that fails to parse counts as absent (a test
/// proves each one parses), so bad content can never stop search.
pub(super) fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| FILES.iter().filter_map(|(code, text)| load(code, text)).collect())
}

/// The lists of one primary language (`en` for `en-US`).
pub(super) fn language(code: &str) -> Option<&'static Language> {
    let primary = code.split('-').next().unwrap_or(code);
    languages().iter().find(|language| language.code.eq_ignore_ascii_case(primary))
}

/// Whether a folded word carries little meaning in any language (or in `only`, when given).
pub(super) fn is_function_word(word: &str, only: Option<&Language>) -> bool {
    match only {
        Some(language) => language.function_words.contains(word),
        None => languages().iter().any(|language| language.function_words.contains(word)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_and_has_all_three_lists() {
        assert_eq!(languages().len(), FILES.len());
        for language in languages() {
            assert!(!language.function_words.is_empty(), "{}", language.code);
            assert!(!language.synonyms.is_empty(), "{}", language.code);
            assert!(
                language.keywords.len() >= 30,
                "{} has keywords for {} situations",
                language.code,
                language.keywords.len()
            );
        }
    }

    #[test]
    fn inflected_forms_share_a_stem() {
        let stem = |lang: &str, word: &str| language(lang).map(|language| language.stem(&fold(word)));
        assert_eq!(stem("en", "declined"), stem("en", "decline"));
        assert_eq!(stem("nl", "terugbetaling"), stem("nl", "terugbetalen"));
        assert_eq!(stem("sv", "återbetalningen"), stem("sv", "återbetalning"));
        assert_eq!(stem("ru", "возврата"), stem("ru", "возврат"));
        assert_eq!(stem("ru", "новый"), stem("ru", "новая"));
        assert_eq!(stem("en-US", "delayed"), stem("en", "delay"));
    }
}
