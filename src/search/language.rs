//! What search knows about the languages agents type in: words that carry little meaning
//! ("the", "de", "och", "и"), synonyms agents type for what a phrase says ("money back" for
//! "refund"), the words they use for each situation ("shouting", "bollad runt", "футболят"), and a
//! Snowball stemmer, for English, Dutch, Swedish and Russian. The lists are content, kept in
//! `data/search/<lang>.json` and embedded at build time; a language without a file simply has none
//! of them, and search behaves as it always did there.

use std::borrow::Cow;
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
    /// The stem of a folded word (the word itself when stemming leaves it as it is).
    pub fn stem(&self, word: &str) -> String {
        self.stem_of(word).into_owned()
    }

    /// Whether the folded `word` has the stem `stem`: what comparing [`Language::stem`] with it
    /// says, without running the stemmer on a word that is its own stem (`zip9021`; a query for
    /// it compares every word that starts like it) or allocating for one that is not.
    pub fn has_stem(&self, word: &str, stem: &str) -> bool {
        self.stem_of(word) == stem
    }

    fn stem_of<'w>(&self, word: &'w str) -> Cow<'w, str> {
        if is_own_stem(word) {
            return Cow::Borrowed(word);
        }
        // Folding turns "й" into "и"; Russian endings are written with "й", so give it back where
        // an ending needs it ("новыи" → "новый") before the stemmer reads the word.
        if self.code == "ru"
            && let Some(rest) = word.strip_suffix('и')
            && rest.ends_with(['ы', 'и', 'о', 'е', 'а', 'у', 'я', 'ю'])
        {
            return Cow::Owned(self.stemmer.stem(&format!("{rest}й")).into_owned());
        }
        self.stemmer.stem(word)
    }
}

/// Whether every stemmer here (en, nl, sv, ru) leaves the folded `word` as it is, so none need
/// run. True for a word ending in a digit, since every ending these languages take off is made of
/// letters — unless the digit follows a vowel: Dutch also halves a doubled vowel before a final
/// non-vowel, and a digit counts as one ("agree1" → "agre1"). A digit elsewhere proves nothing
/// ("covid19s" → "covid19" in English). Tested over the built-in phrasebook's words.
pub(super) fn is_own_stem(word: &str) -> bool {
    let mut characters = word.chars().rev();
    characters.next().is_some_and(|last| last.is_ascii_digit())
        && !characters.next().is_some_and(|before| matches!(before, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'))
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

    /// Every folded word of the built-in phrasebook and of these lists, each also with digits
    /// after it, and every short run of letters that Snowball endings are made of with a digit
    /// after it.
    fn words_to_stem() -> Vec<String> {
        let phrasebook = crate::builtin::phrasebook().expect("the built-in phrasebook loads");
        let mut texts: Vec<String> = Vec::new();
        for phrase in phrasebook.phrases {
            let content = phrase.content;
            texts.extend([content.text, content.title.unwrap_or_default(), content.note.unwrap_or_default()]);
            texts.extend(content.avoid.into_iter().chain(content.tags));
        }
        for language in languages() {
            texts.extend(language.keywords.values().flatten().cloned());
            texts.extend(language.synonyms.iter().flatten().flatten().cloned());
        }
        let mut words: HashSet<String> = texts.iter().flat_map(|text| words(text)).collect();
        let with_digits: Vec<String> =
            words.iter().flat_map(|word| ["1", "12", "2024"].map(|digits| format!("{word}{digits}"))).collect();
        words.extend(with_digits);
        let letters = ["a", "e", "i", "o", "u", "y", "s", "n", "t", "d", "j", "k", "l", "я", "и", "й", "ь", "о", "е"];
        for first in letters {
            for second in letters {
                for third in letters {
                    words.extend(["7", "07"].map(|digits| format!("{first}{second}{third}{digits}")));
                    words.extend(["7", "07"].map(|digits| format!("b{second}{third}{digits}")));
                }
            }
        }
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort();
        words
    }

    #[test]
    fn words_taken_as_their_own_stem_are_left_alone_by_every_stemmer() {
        let words = words_to_stem();
        let own = words.iter().filter(|word| is_own_stem(word)).count();
        assert!(own > 10_000, "only {own} of {} words are their own stem", words.len());
        for language in languages() {
            for word in words.iter().filter(|word| is_own_stem(word)) {
                assert_eq!(language.stemmer.stem(word), word.as_str(), "{} stems {word}", language.code);
            }
        }
    }

    #[test]
    fn a_digit_alone_does_not_make_a_word_its_own_stem() {
        // Why the rule looks at the last two characters rather than at any digit.
        let stem = |lang: &str, word: &str| language(lang).map(|language| language.stem(word));
        assert_eq!(stem("en", "covid19s").as_deref(), Some("covid19"));
        assert_eq!(stem("nl", "agree1").as_deref(), Some("agre1"));
        assert!(!is_own_stem("covid19s") && !is_own_stem("agree1"));
        assert!(is_own_stem("zip9021") && is_own_stem("9021") && !is_own_stem(""));
    }

    #[test]
    fn comparing_stems_gives_what_comparing_stemmed_words_gives() {
        let words = words_to_stem();
        for language in languages() {
            for word in words.iter().step_by(7) {
                for stem in [language.stem(word), word.clone(), format!("{word}x")] {
                    assert_eq!(language.has_stem(word, &stem), language.stem(word) == stem, "{word} {stem}");
                }
            }
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
