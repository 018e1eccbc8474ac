//! Guessing a draft's language from the phrasebook's own words.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::words::{Word, tokens};
use crate::search::SearchIndex;

/// The words each phrasebook language uses, collected once per checker.
#[derive(Debug, Clone, Default)]
pub(super) struct Vocabulary {
    /// Languages in order, each with its words.
    languages: Vec<(String, HashSet<String>)>,
}

impl Vocabulary {
    /// Collects the folded words of every phrase's text and blunt lines, by primary language.
    pub fn new(index: &SearchIndex) -> Self {
        let mut words: HashMap<String, HashSet<String>> = HashMap::new();
        for phrase in index.phrases() {
            let known = words.entry(phrase.content.lang.primary().to_owned()).or_default();
            for text in std::iter::once(&phrase.content.text).chain(&phrase.content.avoid) {
                known.extend(tokens(text).into_iter().map(|(word, _)| word.text));
            }
        }
        let mut languages: Vec<(String, HashSet<String>)> = words.into_iter().collect();
        languages.sort_by(|left, right| left.0.cmp(&right.0));
        Self { languages }
    }

    /// The language whose vocabulary covers most of the draft's words; English when nothing
    /// matches at all.
    pub fn detect(&self, draft: &[(Word, Range<usize>)]) -> String {
        let mut best = ("en", 0usize);
        for (lang, known) in &self.languages {
            let hits = draft.iter().filter(|(word, _)| known.contains(&word.text)).count();
            if hits > best.1 {
                best = (lang, hits);
            }
        }
        best.0.to_owned()
    }
}
