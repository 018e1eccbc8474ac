//! Guessing a draft's language from the phrasebook's own words.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::words::{Word, tokens};
use crate::search::SearchIndex;

/// The phrasebook language whose vocabulary covers most of the draft's words; English when nothing
/// matches at all.
pub(super) fn detect_language(index: &SearchIndex, draft: &[(Word, Range<usize>)]) -> String {
    let mut vocabulary: HashMap<&str, HashSet<String>> = HashMap::new();
    for phrase in index.phrases() {
        let words = vocabulary.entry(phrase.content.lang.primary()).or_default();
        for text in std::iter::once(&phrase.content.text).chain(&phrase.content.avoid) {
            words.extend(tokens(text).into_iter().map(|(word, _)| word.text));
        }
    }
    let mut best = ("en", 0usize);
    let mut languages: Vec<&&str> = vocabulary.keys().collect();
    languages.sort();
    for lang in languages {
        let known = &vocabulary[*lang];
        let hits = draft.iter().filter(|(word, _)| known.contains(&word.text)).count();
        if hits > best.1 {
            best = (lang, hits);
        }
    }
    best.0.to_owned()
}
