//! Words of a draft or a blunt line, folded, with their character ranges in the original text.

use std::ops::Range;

use crate::search::fold::fold_with_map;

/// A folded word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Word {
    pub text: String,
    /// A sentence ends right after it (., !, ?, or the end of the text).
    pub sentence_end_after: bool,
}

/// Short words every sentence has: they count for less, so "not my" alone is no finding.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "is", "it", "its", "i", "im", "you", "your", "youre", "we", "to", "of", "and", "or", "that",
    "thats", "this", "my", "me", "be", "do", "so", "at", "in", "on", "for", "de", "het", "een", "is", "ik", "u", "je",
    "dat", "niet", "en", "van", "te", "det", "ar", "jag", "du", "inte", "att", "och", "en", "ett", "som", "я", "вы",
    "не", "это", "и", "в", "на", "что", "с", "по", "мы", "вам", "вас",
];

/// Words that turn a statement around: "Dat kan" is not "Dat kan niet", "You didn't misread" is not
/// "You misread it". A negation in a blunt line must be in the passage, and the reverse.
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "dont",
    "didnt",
    "cant",
    "cannot",
    "wont",
    "isnt",
    "arent",
    "wasnt",
    "doesnt",
    "niet",
    "geen",
    "nooit",
    "inte",
    "aldrig",
    "ingen",
    "inget",
    "не",
    "нет",
    "никогда",
    "ни",
];

impl Word {
    /// Whether it negates what follows.
    pub fn is_negation(&self) -> bool {
        NEGATIONS.contains(&self.text.as_str())
    }

    /// How much the word contributes to a match: function words little, long words more.
    pub fn weight(&self) -> f32 {
        if self.is_content() { 1.0 + (self.text.chars().count().min(10) as f32) / 10.0 } else { 0.5 }
    }

    /// Whether it carries meaning (not a function word).
    pub fn is_content(&self) -> bool {
        !FUNCTION_WORDS.contains(&self.text.as_str())
    }
}

/// Splits `text` into folded words with the character range each covers in `text`.
pub(super) fn tokens(text: &str) -> Vec<(Word, Range<usize>)> {
    let folded = fold_with_map(text);
    let characters: Vec<char> = folded.text.chars().collect();
    let mut words = Vec::new();
    let mut index = 0;
    while index < characters.len() {
        if !characters[index].is_alphanumeric() {
            index += 1;
            continue;
        }
        let start = index;
        while index < characters.len() && characters[index].is_alphanumeric() {
            index += 1;
        }
        let rest = characters[index..].iter().find(|c| !c.is_whitespace() && !matches!(c, '"' | ')' | '»'));
        let sentence_end_after = rest.is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n'));
        let Some(range) = folded.original_range(start..index) else { continue };
        words.push((Word { text: characters[start..index].iter().collect(), sentence_end_after }, range));
    }
    words
}

/// Whether a blunt line's word and a draft word are the same word: equal, the same stem (one a
/// prefix of the other, sharing at least four letters — "order"/"ordered", "thats"/"that"), or one
/// typo apart in words of five letters or more.
pub(super) fn words_match(pattern: &Word, draft: &Word) -> bool {
    let (left, right) = (pattern.text.as_str(), draft.text.as_str());
    if left == right {
        return true;
    }
    let (left_chars, right_chars): (Vec<char>, Vec<char>) = (left.chars().collect(), right.chars().collect());
    let shorter = left_chars.len().min(right_chars.len());
    if shorter >= 4 {
        let common = left_chars.iter().zip(&right_chars).take_while(|(a, b)| a == b).count();
        let longer = left_chars.len().max(right_chars.len());
        if common == shorter && longer - shorter <= 3 {
            return true;
        }
        // Inflected endings: the same stem with a different ending of up to three letters.
        if common >= 5 && longer - common <= 3 && shorter - common <= 2 {
            return true;
        }
    }
    shorter >= 5 && crate::search::within_one_edit(&left_chars, &right_chars)
}
